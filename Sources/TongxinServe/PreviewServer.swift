import FlyingFox
import Foundation
import Tongxin

/// What `tongxin serve` builds and where it keeps the preview.
public struct PreviewOptions: Sendable {
    /// Every build uses these, in the preview mode and with `today` taken afresh.
    public var build: BuildOptions
    /// Quiet time after the last change before a rebuild starts.
    public var debounce: TimeInterval

    public init(_ build: BuildOptions, debounce: TimeInterval = 0.1) {
        self.build = build
        self.debounce = debounce
    }

    /// `outputFolder` is replaced as a whole by every good build, like `tongxin build --output`.
    public init(contentFolder: URL, themeFolder: URL, outputFolder: URL, debounce: TimeInterval = 0.1) {
        self.init(BuildOptions(contentFolder: contentFolder, themeFolder: themeFolder, outputFolder: outputFolder), debounce: debounce)
    }
}

/// One finished preview build, for the terminal.
public struct PreviewBuild: Sendable {
    /// The number pages poll at /__tongxin/version; 1 for the first build.
    public var version: Int
    public var report: BuildReport
    /// Files whose change caused the build; empty for the first one.
    public var changed: [String]
    /// From the start of the build until the new version was visible.
    public var seconds: Double
}

/// Builds the site into the preview folder, serves it on 127.0.0.1 and rebuilds on
/// every change under the content and theme folders. A failed build leaves the last
/// good site in place (the build writes atomically) and shows its errors on every page.
public final class PreviewServer: Sendable {
    /// The port actually bound: the one asked for, or a free one when asked for 0.
    public let port: UInt16
    /// The address listened on: 127.0.0.1 unless the editor was started for others.
    public let host: String
    public var url: URL { URL(string: "http://\(host == "0.0.0.0" ? "127.0.0.1" : host):\(port)/")! }
    /// The build version currently served.
    public var version: Int { state.version }

    private let server: HTTPServer
    private let state: PreviewState
    private let rebuilder: Rebuilder
    private let watcher: FileWatcher
    private let running: Task<Void, Never>

    private init(port: UInt16, host: String, server: HTTPServer, state: PreviewState, rebuilder: Rebuilder, watcher: FileWatcher, running: Task<Void, Never>) {
        self.port = port
        self.host = host
        self.server = server
        self.state = state
        self.rebuilder = rebuilder
        self.watcher = watcher
        self.running = running
    }

    /// Listens on 127.0.0.1:`port`, watches for changes and builds once; returns when
    /// the first build is served. `onBuild` is called after every build, from the
    /// build's queue. With `editor`, every page needs a signed-in person and the forms
    /// of `tongxin edit` are at /__edit/; only then may `host` be another address than
    /// the loopback one (the internal portal is never served to others without a login).
    public static func start(_ options: PreviewOptions, port: UInt16 = 8080, host: String = "127.0.0.1", editor: EditorOptions? = nil, onBuild: @escaping @Sendable (PreviewBuild) -> Void = { _ in }) async throws -> PreviewServer {
        try checkFolders(options.build)
        guard editor != nil || host == "127.0.0.1" || host == "localhost" else { throw PreviewError.needsAccounts(host) }
        let bindAddress = host == "localhost" ? "127.0.0.1" : host
        let state = PreviewState()
        // Parsed files and rendered Markdown survive between rebuilds: a save re-reads
        // and re-renders only what changed.
        let cache = options.build.cache ?? BuildCache()
        let folders = WatchedFolders(options.build)
        let rebuilder = Rebuilder { changed in
            let start = DispatchTime.now().uptimeNanoseconds
            var build = options.build
            build.today = .today()
            // The first build has no report to go by; later ones start from the watcher's.
            // The preview folder is ours alone: it is updated in place (BuildMode.preview).
            build.mode = .preview(cache: cache, changed: changed.isEmpty ? nil : folders.contentChanges(changed))
            var report = BuildPipeline.run(build)
            let afterReport = report.afterReport
            report.afterReport = nil
            let version = state.finished(report)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            onBuild(PreviewBuild(version: version, report: report, changed: changed, seconds: seconds))
            afterReport?()
        }
        // Bind first, so that a port in use is reported before a long build.
        let site = SiteHandler(root: options.build.outputFolder.standardizedFileURL, state: state, cache: cache)
        let origins = OriginList(editor?.origins ?? [])
        let handler: any HTTPHandler = try editor.map { try EditorHandler(site: site, options: $0, content: options.build.contentFolder, origins: origins) } ?? site
        let server = HTTPServer(
            address: try sockaddr_in.inet(ip4: bindAddress, port: port), timeout: 15, logger: .disabled,
            handler: handler)
        let failure = Failure()
        let running = Task {
            do { try await server.run() } catch { failure.set(error) }
        }
        let bound: UInt16
        let watcher: FileWatcher
        do {
            bound = try await waitForPort(server, failure: failure)
            origins.add(["http://127.0.0.1:\(bound)", "http://localhost:\(bound)", "http://\(bindAddress):\(bound)"])
            // Watch before building, so that nothing saved during the build is missed.
            watcher = try FileWatcher(roots: [options.build.contentFolder, options.build.themeFolder], debounce: options.debounce) { changed in
                rebuilder.request(changed)
            }
        } catch {
            await server.stop()
            running.cancel()
            await running.value
            throw error
        }
        await rebuilder.buildNow([])
        return PreviewServer(port: bound, host: bindAddress, server: server, state: state, rebuilder: rebuilder, watcher: watcher, running: running)
    }

    /// Stops watching, waits for a running build, closes the server. Idempotent.
    public func stop() async {
        watcher.stop()
        await rebuilder.stop()
        await server.stop(timeout: 0.2)
        running.cancel()
        await running.value
    }

    /// Returns when the server has stopped (after `stop()`, or when it failed).
    public func wait() async {
        await running.value
    }

    /// The output is replaced by every build: it must not hold, or lie in, a watched
    /// folder (that would delete the content, or rebuild forever).
    private static func checkFolders(_ build: BuildOptions) throws {
        let output = build.outputFolder.standardizedFileURL.resolvingSymlinksInPath().path
        for watched in [build.contentFolder, build.themeFolder] {
            let folder = watched.standardizedFileURL.resolvingSymlinksInPath().path
            if output == folder || output.hasPrefix(folder + "/") || folder.hasPrefix(output + "/") {
                throw PreviewError.outputOverlaps(output, folder)
            }
        }
    }

    /// A port in use fails at once (failure.error); the deadline is for a server that
    /// never comes up. It is generous because on a busy 2-core machine (a test run, a
    /// build next door) the listening task can wait seconds for a thread.
    private static func waitForPort(_ server: HTTPServer, failure: Failure, timeout: TimeInterval = 30) async throws -> UInt16 {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let error = failure.error { throw PreviewError.cannotListen("\(error)") }
            if case .ip4(_, let port)? = await server.listeningAddress { return port }
            try await Task.sleep(nanoseconds: 10_000_000)
        }
        throw PreviewError.cannotListen(L("serve.notListening", Int(timeout)))
    }
}

/// Turns the watcher's paths into what the build's load can use.
struct WatchedFolders: Sendable {
    let content: String
    let theme: String

    init(_ build: BuildOptions) {
        content = build.contentFolder.standardizedFileURL.path
        theme = build.themeFolder.standardizedFileURL.path
    }

    /// The changed content files relative to the content folder; nil when a path is
    /// neither content nor theme (the watcher's "(overflow)" when it lost events).
    /// Theme files are always read afresh, so they are left out.
    func contentChanges(_ changed: [String]) -> Set<String>? {
        var relative = Set<String>()
        for path in changed {
            if path.hasPrefix(content + "/") {
                relative.insert(String(path.dropFirst(content.count + 1)))
            } else if path != theme && !path.hasPrefix(theme + "/") {
                return nil
            }
        }
        return relative
    }
}

public enum PreviewError: Error, CustomStringConvertible {
    case cannotListen(String)
    case outputOverlaps(String, String)
    case needsAccounts(String)

    public var description: String {
        switch self {
        case .needsAccounts(let host): L("edit.serve.needsAccounts", host)
        case .cannotListen(let reason): L("serve.cannotListen", reason)
        case .outputOverlaps(let output, let folder): L("serve.outputOverlaps", output, folder)
        }
    }
}

/// The error that ended the server task, if any.
private final class Failure: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (any Error)?

    var error: (any Error)? { lock.withLock { stored } }
    func set(_ error: any Error) { lock.withLock { stored = error } }
}
