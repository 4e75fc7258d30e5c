import FlyingFox
import Foundation
import Testing
@testable import Tongxin
@testable import TongxinServe
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if canImport(Glibc)
import Glibc
#endif

/// `tongxin serve` on loopback: every test starts its own server on a free port for a
/// TestSite, stops it before returning, and bounds every wait.
@Suite(.serialized, .language(.en)) struct PreviewServerTests {
    struct Response {
        var status: Int
        var contentType: String
        var body: String
    }

    /// Starts a preview of `site` on 127.0.0.1 (port 0: a free one), runs `body`, and
    /// stops the server whatever happens.
    static func withPreview(_ site: TestSite, _ body: (PreviewServer) async throws -> Void) async throws {
        let options = PreviewOptions(contentFolder: site.content, themeFolder: TestSite.theme, outputFolder: site.folder.appendingPathComponent("preview"))
        let preview = try await PreviewServer.start(options, port: 0)
        do {
            try await body(preview)
        } catch {
            await preview.stop()
            throw error
        }
        await preview.stop()
    }

    static func get(_ preview: PreviewServer, _ path: String) async throws -> Response {
        let url = try #require(URL(string: "http://127.0.0.1:\(preview.port)\(path)"))
        let request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: 5)
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = try #require(response as? HTTPURLResponse)
        return Response(status: http.statusCode, contentType: http.value(forHTTPHeaderField: "Content-Type") ?? "", body: String(decoding: data, as: UTF8.self))
    }

    /// Polls `condition` every 50 ms for at most `seconds`; true as soon as it holds.
    static func eventually(within seconds: Double = 5, _ condition: () async throws -> Bool) async throws -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try await condition() { return true }
            try await Task.sleep(nanoseconds: 50_000_000)
        }
        return try await condition()
    }

    static func version(_ preview: PreviewServer) async throws -> String {
        try await get(preview, "/__tongxin/version").body
    }

    @Test func servesTheHomePageWithLiveReloadAndCharset() async throws {
        let site = try TestSite()
        defer { site.remove() }
        try await Self.withPreview(site) { preview in
            #expect(preview.port != 0)
            let home = try await Self.get(preview, "/")
            #expect(home.status == 200)
            #expect(home.contentType == "text/html; charset=utf-8")
            #expect(home.body.contains("测试政协"))
            #expect(home.body.contains("<script data-tongxin-live-reload>"))
            #expect(home.body.contains("/__tongxin/version"))
            #expect(home.body.range(of: "<script data-tongxin-live-reload>")!.lowerBound < home.body.range(of: "</body>")!.lowerBound)
            #expect(!home.body.contains("data-tongxin-errors"))
            // The script exists only when serving, never in the built files.
            let onDisk = try String(contentsOf: site.folder.appendingPathComponent("preview/index.html"), encoding: .utf8)
            #expect(!onDisk.contains("tongxin-live-reload"))

            let css = try await Self.get(preview, "/static/tongxin.css")
            #expect(css.status == 200)
            #expect(css.contentType == "text/css; charset=utf-8")
            // A folder without its slash is redirected, so relative links keep working.
            // (Raw request: URLSession on Linux loses the slash when it follows a
            // relative Location; browsers and curl do not.)
            let redirect = try Self.rawGet("/about", port: preview.port)
            #expect(redirect.hasPrefix("HTTP/1.1 301"))
            #expect(redirect.contains("\r\nLocation: /about/\r\n"))
            let about = try await Self.get(preview, "/about/")
            #expect(about.status == 200)
            #expect(about.body.contains("关于本平台。"))
            let missing = try await Self.get(preview, "/no-such-page/")
            #expect(missing.status == 404)
            #expect(missing.body.contains("data-tongxin-live-reload"))
            #expect(try await Self.version(preview) == "1")
        }
    }

    @Test func aChangedFileIsRebuiltAndTheVersionChanges() async throws {
        let site = try TestSite()
        defer { site.remove() }
        try await Self.withPreview(site) { preview in
            let before = try await Self.version(preview)
            #expect(!(try await Self.get(preview, "/about/").body.contains("新的标题")))
            let start = Date()
            try site.write("pages/about.md", "---\ntitle: 新的标题\n---\n关于本平台。\n")
            // The version is bumped right after the new site is swapped in.
            let rebuilt = try await Self.eventually {
                let page = try await Self.get(preview, "/about/").body
                let version = try await Self.version(preview)
                return page.contains("<title>新的标题") && version != before
            }
            #expect(rebuilt, "the page or the version did not change within 5 s")
            #expect(Date().timeIntervalSince(start) < 5)
        }
    }

    /// A save's Word files are drawn just after its pages are shown: a download asked
    /// for before that waits for the new file rather than get the last one.
    @Test func aWordFileAskedForBeforeItIsDrawnIsSentWhenItIs() async throws {
        let site = try TestSite(WordFileTests.files)
        defer { site.remove() }
        let cache = BuildCache()
        #expect(site.previewBuild(cache: cache).wrote)
        let record = "records/2026/2026-03-12-li-si.md"
        try site.edit(record, (WordFileTests.files[record]!)!.replacingOccurrences(of: "用工", with: "招工"))
        var report = BuildPipeline.run(site.previewOptions(cache: cache, changed: [record]))
        #expect(report.wrote && cache.isLater(WordFileTests.committeeReport))
        let handler = SiteHandler(root: site.output.standardizedFileURL, state: PreviewState(), cache: cache)
        let request = HTTPRequest(method: .GET, version: .http11, path: "/" + WordFileTests.committeeReport, query: [], headers: [:], body: HTTPBodySequence(data: Data()))
        let download = Task { try await handler.handleRequest(request).bodyData }
        try await Task.sleep(nanoseconds: 300_000_000)
        // The build's work after its report draws the file; only then is it sent.
        report.afterReport?()
        report.afterReport = nil
        let file = site.folder.appendingPathComponent("downloaded.docx")
        try await download.value.write(to: file)
        #expect(try OfficeClient.unzip(file)["word/document.xml"]?.contains("招工") == true)
    }

    @Test func aNewFolderIsWatchedToo() async throws {
        let site = try TestSite()
        defer { site.remove() }
        try await Self.withPreview(site) { preview in
            let record = "---\ndate: 2025-05-01\ncontactor: 张三\ncontactees: [李四]\nmethod: 走访看望\nplace: 会议室\nrecorder: 办公室\n---\n第一次。\n"
            try site.write("records/2025/2025-05-01-li-si.md", record)
            #expect(try await Self.eventually { try await Self.version(preview) != "1" })
            let after = try await Self.version(preview)
            // The folder appeared after the server started; a change inside it counts.
            try site.write("records/2025/2025-05-01-li-si.md", record.replacingOccurrences(of: "第一次。", with: "第二次。"))
            #expect(try await Self.eventually { try await Self.version(preview) != after })
        }
    }

    @Test func aContentErrorIsShownOnEveryPageOverTheLastGoodSite() async throws {
        let site = try TestSite()
        defer { site.remove() }
        try await Self.withPreview(site) { preview in
            try site.write("members/wang-wu.md", "---\nname: 王五\nparty: nobody\n---\n")
            try site.write("members/zhao-liu.md", "---\nname: 赵六\nparty: <b>\"x\"</b>\n---\n")
            let failed = try await Self.eventually {
                try await Self.get(preview, "/").body.contains("data-tongxin-errors")
            }
            #expect(failed, "no error banner within 5 s")
            let home = try await Self.get(preview, "/")
            #expect(home.status == 200)
            #expect(home.body.contains("测试政协"), "the last good site is still served")
            #expect(home.body.contains("members/wang-wu.md:3:8: error: unknown party &#39;nobody&#39;"))
            #expect(home.body.contains("&lt;b&gt;&quot;x&quot;&lt;/b&gt;"))
            #expect(!home.body.contains("<b>\"x\"</b>"))
            #expect(home.body.contains("data-tongxin-live-reload"))
            #expect(try await Self.get(preview, "/about/").body.contains("unknown party &#39;nobody&#39;"))
            #expect(try await Self.get(preview, "/missing/").body.contains("unknown party &#39;nobody&#39;"))
            // The banner is added when serving; the files on disk are the last good build.
            let onDisk = try String(contentsOf: site.folder.appendingPathComponent("preview/index.html"), encoding: .utf8)
            #expect(!onDisk.contains("data-tongxin-errors"))
            #expect(!site.folder.appendingPathComponent("preview/members/wang-wu").hasDirectory)

            try FileManager.default.removeItem(at: site.content.appendingPathComponent("members/wang-wu.md"))
            try FileManager.default.removeItem(at: site.content.appendingPathComponent("members/zhao-liu.md"))
            let fixed = try await Self.eventually {
                !(try await Self.get(preview, "/").body.contains("data-tongxin-errors"))
            }
            #expect(fixed, "the banner did not go away within 5 s")
        }
    }

    @Test func aSiteThatNeverBuiltShowsItsErrorsUntilFixed() async throws {
        let site = try TestSite(["members/wang-wu.md": "---\nname: 王五\nparty: nobody\n---\n"])
        defer { site.remove() }
        try await Self.withPreview(site) { preview in
            let first = try await Self.get(preview, "/")
            #expect(first.status == 404)
            #expect(first.body.contains("members/wang-wu.md:3:8: error: unknown party &#39;nobody&#39;"))
            #expect(first.body.contains("data-tongxin-live-reload"))
            try site.write("members/wang-wu.md", "---\nname: 王五\nparty: cndca\n---\n")
            #expect(try await Self.eventually { try await Self.get(preview, "/").status == 200 })
        }
    }

    @Test func pathsOutsideTheSiteAreRefused() async throws {
        let site = try TestSite()
        defer { site.remove() }
        try await Self.withPreview(site) { preview in
            // Raw requests: clients remove dot segments before sending; attackers do not.
            for path in ["/../etc/passwd", "/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/%2E%2E/", "/..%2f..%2fetc/passwd",
                         "/about/../../etc/passwd", "/%2e%2e%5c%2e%2e%5cetc/passwd", "/about%00/index.html", "//etc/passwd", "/.%2e/"] {
                let response = try Self.rawGet(path, port: preview.port)
                let status = response.split(separator: " ").dropFirst().first.map(String.init) ?? ""
                #expect(status == "400" || status == "404", "\(path): \(response.prefix(80))")
                #expect(!response.contains("root:"), "\(path) served a file outside the site")
            }
            #expect([400, 404].contains(try await Self.get(preview, "/%2e%2e/").status))
            // A symbolic link inside the output folder that points out of it is not followed.
            let link = site.folder.appendingPathComponent("preview/outside")
            try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "/etc")
            #expect(try await Self.get(preview, "/outside/passwd").status == 404)
            #expect(try await Self.get(preview, "/outside/").status == 404)
        }
    }

    @Test func aPortInUseIsReportedAtOnce() async throws {
        let site = try TestSite()
        defer { site.remove() }
        try await Self.withPreview(site) { preview in
            let options = PreviewOptions(contentFolder: site.content, themeFolder: TestSite.theme, outputFolder: site.folder.appendingPathComponent("second"))
            let start = Date()
            do {
                let second = try await PreviewServer.start(options, port: preview.port)
                await second.stop()
                Issue.record("a second server started on port \(preview.port)")
            } catch {
                #expect("\(error)".contains("in use"), "\(error)")
            }
            #expect(Date().timeIntervalSince(start) < 3)
            #expect(!FileManager.default.fileExists(atPath: site.folder.appendingPathComponent("second").path), "built although it could not serve")
        }
    }

    @Test func anOutputFolderInsideTheContentIsRefused() async throws {
        let site = try TestSite()
        defer { site.remove() }
        for output in [site.content.appendingPathComponent("preview"), site.content, site.folder] {
            let options = PreviewOptions(contentFolder: site.content, themeFolder: TestSite.theme, outputFolder: output)
            do {
                let preview = try await PreviewServer.start(options, port: 0)
                await preview.stop()
                Issue.record("served with the output in \(output.path)")
            } catch {
                #expect(error is PreviewError)
            }
        }
        #expect(FileManager.default.fileExists(atPath: site.content.appendingPathComponent("site.json").path))
    }

    @Test func requestPathsResolveInsideTheOutputFolderOnly() throws {
        let site = try TestSite()
        defer { site.remove() }
        site.build()
        let root = site.output
        let real = { (path: String) in URL(fileURLWithPath: path).resolvingSymlinksInPath().path }
        #expect(SitePath.resolve("/", in: root) == .file(URL(fileURLWithPath: real(root.path + "/index.html"))))
        #expect(SitePath.resolve("/about/", in: root) == .file(URL(fileURLWithPath: real(root.path + "/about/index.html"))))
        #expect(SitePath.resolve("/about", in: root) == .redirect("/about/"))
        #expect(SitePath.resolve("/%E5%85%B3/", in: root) == .notFound)
        #expect(SitePath.resolve("/index.html/", in: root) == .notFound)
        #expect(SitePath.resolve("/../etc/passwd", in: root) == .badRequest)
        #expect(SitePath.resolve("/%2e%2e/etc/passwd", in: root) == .badRequest)
        #expect(SitePath.resolve("/a%2f..%2f..%2fetc", in: root) == .badRequest)
        #expect(SitePath.resolve("etc/passwd", in: root) == .badRequest)
        #expect(SitePath.resolve("//etc/passwd", in: root) == .badRequest)
        #expect(SitePath.resolve("/.hidden", in: root) == .notFound)
    }

    @Test func theWatcherIgnoresSwapFilesAndHiddenFolders() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tongxin-watch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent(".git"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let seen = Seen()
        let watcher = try FileWatcher(roots: [folder], debounce: 0.05) { seen.add($0) }
        defer { watcher.stop() }
        for name in [".about.md.swp", "about.md~", ".#about.md", ".git/index", "4913"] {
            try Data("x".utf8).write(to: folder.appendingPathComponent(name))
        }
        try await Task.sleep(nanoseconds: 300_000_000)
        #expect(seen.paths.isEmpty, "\(seen.paths)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("new"), withIntermediateDirectories: true)
        #expect(try await Self.eventually { seen.paths.contains { $0.hasSuffix("/new") } })
        try Data("x".utf8).write(to: folder.appendingPathComponent("new/page.md"))
        #expect(try await Self.eventually { seen.paths.contains { $0.hasSuffix("/new/page.md") } })
    }

    @Test func theCommandServesUntilTerminated() async throws {
        let site = try TestSite()
        defer { site.remove() }
        let process = Process()
        process.executableURL = CommandLineTests.executable
        process.arguments = ["serve", "--content", "content", "--theme", TestSite.theme.path, "--output", "preview", "--port", "0"]
        process.environment = CommandLineTests.childEnvironment()
        process.currentDirectoryURL = site.folder
        let output = Seen()
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Read on a thread of its own until the end of the pipe. Not `readabilityHandler`:
        // its dispatch source crashed libdispatch's event loop (_dispatch_event_loop_drain,
        // 5 runs in 137) when the pipe closed while the source was still registered.
        let reader = Thread {
            let handle = pipe.fileHandleForReading
            while true {
                let data = handle.availableData
                if data.isEmpty { break }
                output.add([String(decoding: data, as: UTF8.self)])
            }
        }
        reader.start()
        defer {
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }
        let serving = try await Self.eventually(within: 20) { output.paths.joined().contains("serving http://127.0.0.1:") }
        try #require(serving, "no 'serving' line: \(output.paths.joined())")
        let text = output.paths.joined()
        let port = try #require(text.firstRange(of: /127\.0\.0\.1:(\d+)\//).flatMap { UInt16(text[$0].dropFirst(10).dropLast()) })
        let home = try Self.rawGet("/", port: port)
        #expect(home.hasPrefix("HTTP/1.1 200"))
        #expect(home.contains("data-tongxin-live-reload"))
        process.terminate()
        #expect(try await Self.eventually { !process.isRunning }, "serve did not stop on SIGTERM")
        #expect(process.terminationStatus == 0)
    }

    @Test func serveHelpExplainsEveryOption() throws {
        let run = try CommandLineTests.run(["serve", "--help"], in: FileManager.default.temporaryDirectory)
        #expect(run.status == 0)
        for option in ["--content", "--theme", "--port", "--output", "--quiet", "--verbose", "127.0.0.1"] {
            #expect(run.stdout.contains(option), "serve --help lacks \(option)")
        }
    }

    /// One HTTP/1.0 request with the path sent exactly as given.
    static func rawGet(_ path: String, port: UInt16) throws -> String {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        try #require(connected == 0)
        let request = Array("GET \(path) HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n".utf8)
        _ = request.withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, 0) }
        var response: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = recv(descriptor, &buffer, buffer.count, 0)
            if count <= 0 { break }
            response += buffer[0..<count]
        }
        return String(decoding: response, as: UTF8.self)
    }
}

private final class Seen: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []
    var paths: [String] { lock.withLock { stored } }
    func add(_ paths: [String]) { lock.withLock { stored += paths } }
}

private extension URL {
    var hasDirectory: Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
