import Foundation
import Testing
@testable import Tongxin

/// Output folders know their audience and their owner; private folders are private
/// and do not outlive the process that made them.
@Suite struct FolderSafetyTests {
    /// A preview (in-place update) of the internal portal into a folder a public build
    /// made is refused, before and after a saved edit, and the folder keeps its bytes.
    @Test func aFolderBuiltForThePublicIsNeverUpdatedWithTheInternalPortal() throws {
        let site = try TestSite(["cases/open.md": "---\ntitle: 公开案例\n---\n公开的故事。\n"])
        defer { site.remove() }
        #expect(AudienceTests.publicBuild(site).wrote)
        let before = try site.snapshot()
        let cache = BuildCache()
        let preview = BuildPipeline.run(site.previewOptions(cache: cache))
        #expect(!preview.wrote)
        #expect(preview.errors.contains { $0.contains(L("output.otherAudience", site.output.path, L("audience.public"), L("audience.internal"))) }, "\(preview.errors)")
        try site.edit("records/2026/2026-03-12-li-si.md", "---\ndate: 2026-03-12\ncontactor: 张三\ncontactees: [李四]\nmethod: 走访看望\n---\n内部的记录。\n")
        #expect(!BuildPipeline.run(site.previewOptions(cache: cache, changed: ["records/2026/2026-03-12-li-si.md"])).wrote)
        #expect(!site.build().wrote, "an internal build is refused as well")
        #expect(try site.snapshot() == before)
    }

    @Test func andAnInternalFolderIsNeverReplacedByAPublicBuild() throws {
        let site = try TestSite()
        defer { site.remove() }
        #expect(site.build().wrote)
        let before = try site.snapshot()
        let report = AudienceTests.publicBuild(site)
        #expect(report.errors.contains { $0.contains(L("output.otherAudience", site.output.path, L("audience.internal"), L("audience.public"))) }, "\(report.errors)")
        #expect(try site.snapshot() == before)
    }

    @Test func privateFoldersAre0700AndLeftoversOfDeadProcessesGo() throws {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("tongxin-private-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: parent) }
        // A folder left by a process that no longer runs (pid far above pid_max).
        let stale = parent.appendingPathComponent("tongxin-publish-99999999-abcdef")
        try FileManager.default.createDirectory(at: stale.appendingPathComponent("internal"), withIntermediateDirectories: true)
        let made = try PrivateFolder.makeTemporary(prefix: "tongxin-publish", in: parent)
        #expect(!FileManager.default.fileExists(atPath: stale.path))
        var info = stat()
        #expect(stat(made.path, &info) == 0)
        #expect(info.st_mode & 0o777 == 0o700)
        ExitCleanup.shared.remove(made.path)
        #expect(!FileManager.default.fileExists(atPath: made.path))

        let shared = parent.appendingPathComponent("preview")
        try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        try PrivateFolder.ensure(shared)
        #expect(stat(shared.path, &info) == 0 && info.st_mode & 0o777 == 0o700, "our own folder is tightened")
        let link = parent.appendingPathComponent("link")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: shared)
        #expect(throws: OutputError.self) { try PrivateFolder.ensure(link) }
    }
}

@Suite struct ExternalProcessBoundsTests {
    /// Pagefind (or anything the build starts) past its time limit is stopped.
    @Test func aCommandPastItsTimeLimitIsStopped() {
        let start = Date()
        let result = SearchIndexer.run(SearchIndexer.diesWithParent(["sleep", "30"]), timeLimit: 0.5)
        #expect(result.timedOut)
        #expect(Date().timeIntervalSince(start) < 10)
    }

    /// Killed with -9, the parent takes Pagefind with it: `setpriv --pdeathsig KILL`.
    /// Async, waiting with Task.sleep: a test blocking a thread of the small cooperative
    /// pool for seconds starves the preview server tests.
    /// The child sleeps an hour, not a minute: while other suites block the pool's
    /// threads, one `Task.sleep` here was seen to resume 60 s late, after a minute's
    /// sleep had ended by itself (a loaded full run; the test then failed "the child runs").
    @Test func aChildDiesWithItsKilledParent() async throws {
        let child = SearchIndexer.diesWithParent(["sleep", "3600"]).map { "'\($0)'" }.joined(separator: " ")
        let parent = Process()
        parent.executableURL = URL(fileURLWithPath: "/bin/sh")
        // The shell starts the child in the background, says its pid and waits.
        parent.arguments = ["-c", "\(child) & echo $!; wait"]
        let pipe = Pipe()
        parent.standardOutput = pipe
        try parent.run()
        var line = ""
        while !line.hasSuffix("\n") {
            let data = pipe.fileHandleForReading.availableData
            if data.isEmpty { break }
            line += String(decoding: data, as: UTF8.self)
        }
        let pid = try #require(Int32(line.trimmingCharacters(in: .whitespacesAndNewlines)))
        // setpriv sets the signal and then becomes the command: wait until it has.
        let started = Date().addingTimeInterval(20)
        while (try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8))?.hasPrefix("sleep") != true && Date() < started {
            try await Task.sleep(nanoseconds: 10_000_000)
        }
        #expect(Self.isAlive(pid), "the child runs")
        kill(parent.processIdentifier, SIGKILL)
        let deadline = Date().addingTimeInterval(20)
        while Self.isAlive(pid) && Date() < deadline { try await Task.sleep(nanoseconds: 50_000_000) }
        #expect(!Self.isAlive(pid), "the child outlived its parent")
        if Self.isAlive(pid) { kill(pid, SIGKILL) }
        while parent.isRunning { try await Task.sleep(nanoseconds: 20_000_000) }
    }
}

extension ExternalProcessBoundsTests {
    /// Running, not a zombie waiting to be reaped (an orphan's new parent may be slow to).
    static func isAlive(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        let state = stat[stat.index(close, offsetBy: 2)]
        return state != "Z" && state != "X"
    }
}

@Suite struct PublishCleanupTests {
    /// `publish` stopped with SIGTERM while it builds leaves no staging folder behind.
    @Test func aStoppedPublishRemovesItsStagingFolder() async throws {
        let repository = try TestSite()
        defer { repository.remove() }
        for arguments in [["init", "-q", "-b", "main"], ["add", "-A"], ["-c", "user.name=测试", "-c", "user.email=t@example.org", "commit", "-q", "-m", "内容"]] {
            #expect(SearchIndexer.run(["git", "-C", repository.folder.path] + arguments).status == 0)
        }
        let temporary = repository.folder.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = TestSite.repository.appendingPathComponent(".build/debug/tongxin")
        process.arguments = ["publish", "--quiet", "--content", repository.content.path, "--theme", TestSite.theme.path]
        // A search indexer that answers --version and then takes its time.
        let indexer = repository.folder.appendingPathComponent("slow-pagefind")
        try "#!/bin/sh\n[ \"$1\" = --version ] && exit 0\nsleep 120\n".write(to: indexer, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: indexer.path)
        process.environment = ProcessInfo.processInfo.environment.merging(["TMPDIR": temporary.path, "TONGXIN_PAGEFIND": indexer.path]) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // The search index step keeps it busy.
        // Until the staging folder holds a site being indexed.
        var staging: [String] = []
        let deadline = Date().addingTimeInterval(90)
        while process.isRunning && Date() < deadline {
            staging = ((try? FileManager.default.contentsOfDirectory(atPath: temporary.path)) ?? []).filter { $0.hasPrefix("tongxin-publish-") }
            if let folder = staging.first, let inside = try? FileManager.default.contentsOfDirectory(atPath: temporary.appendingPathComponent(folder).path),
               inside.contains(where: { $0.contains(".staging-") }) { break }
            try await Task.sleep(nanoseconds: 25_000_000)
        }
        #expect(staging.count == 1)
        var info = stat()
        #expect(stat(temporary.appendingPathComponent(staging.first ?? "none").path, &info) == 0 && info.st_mode & 0o777 == 0o700)
        process.terminate()
        while process.isRunning { try await Task.sleep(nanoseconds: 20_000_000) }
        #expect(process.terminationStatus == 128 + SIGTERM, "stopped by the signal, not by an error of its own")
        let left = ((try? FileManager.default.contentsOfDirectory(atPath: temporary.path)) ?? []).filter { $0.hasPrefix("tongxin-publish-") }
        #expect(left.isEmpty, "\(left)")
    }
}

@Suite struct PreviewFolderCleanupTests {
    /// `serve` builds its default folder inside a 0700 folder of the user's and removes
    /// it when it is stopped.
    @Test func theDefaultPreviewFolderIsPrivateAndGoesWithThePreview() async throws {
        let site = try TestSite()
        defer { site.remove() }
        let runtime = site.folder.appendingPathComponent("runtime")
        try FileManager.default.createDirectory(at: runtime, withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = TestSite.repository.appendingPathComponent(".build/debug/tongxin")
        process.arguments = ["serve", "--quiet", "--port", "0", "--content", site.content.path, "--theme", TestSite.theme.path]
        process.environment = ProcessInfo.processInfo.environment.merging(["XDG_RUNTIME_DIR": runtime.path]) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let parent = runtime.appendingPathComponent("tongxin-preview-\(getuid())")
        var built: [String] = []
        let deadline = Date().addingTimeInterval(90)
        while process.isRunning && built.isEmpty && Date() < deadline {
            try await Task.sleep(nanoseconds: 50_000_000)
            built = ((try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []).filter { !$0.hasPrefix(".") }
                .filter { FileManager.default.fileExists(atPath: parent.appendingPathComponent($0).appendingPathComponent("index.html").path) }
        }
        #expect(built.count == 1, "the preview was built in \(parent.path)")
        var info = stat()
        #expect(stat(parent.path, &info) == 0 && info.st_mode & 0o777 == 0o700)
        process.terminate()
        while process.isRunning { try await Task.sleep(nanoseconds: 20_000_000) }
        let left = ((try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []).filter { !$0.hasPrefix(".") }
        #expect(left.isEmpty, "\(left)")
    }
}
