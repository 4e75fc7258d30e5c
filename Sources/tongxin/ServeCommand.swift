import ArgumentParser
import Foundation
import Tongxin
import TongxinServe

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the portal on http://127.0.0.1:<port>/ and rebuild it on every change.",
        discussion: """
            Builds the site into a preview folder, serves it on 127.0.0.1 only, and watches the \
            content and theme folders: a saved change rebuilds the site and reloads the open \
            pages. When a build fails, the last good site stays in place and every page shows \
            the errors (path:line:column: error: message) at its top; they are printed here \
            too. The reload script and the error list exist only in the preview, never in \
            built files. The search index is built only with --require-search, since \
            Pagefind adds seconds to every rebuild. Ctrl-C stops the server.
            """)

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: ArgumentHelp("The port on 127.0.0.1 to serve on; 0 picks a free one.", valueName: "port"))
    var port: UInt16 = 8080

    @Option(name: .long, help: ArgumentHelp("Where the preview is built; replaced as a whole by every good build. Default: a folder for this content folder in memory ($XDG_RUNTIME_DIR or /dev/shm) or else under the system's temporary folder; never public/.", valueName: "folder"))
    var output: String?

    func run() throws {
        let console = Console(quiet: site.quiet, verbose: site.verbose)
        let contentFolder = site.content
        RenderWatchdog.shared.install { diagnostic in
            console.stop(diagnostic, contentFolder: contentFolder)
        }
        let outputFolder = try output ?? PreviewOptions.defaultOutputFolder(for: URL(fileURLWithPath: site.content)).path
        var build = site.buildOptions(output: outputFolder, write: true)
        // Pagefind takes seconds per build; the preview indexes only when asked to.
        build.search = site.requireSearch ? .require : .off
        let options = PreviewOptions(build)
        let outcome = ServeOutcome()
        let port = self.port
        Task {
            do {
                let preview = try await PreviewServer.start(options, port: port) { build in
                    console.preview(build, contentFolder: contentFolder)
                }
                if !console.quiet {
                    Console.say("serving \(preview.url) from \(outputFolder); watching \(options.build.contentFolder.path) and \(options.build.themeFolder.path). Ctrl-C stops.")
                }
                // Stop cleanly on Ctrl-C: a running build finishes, the socket closes.
                let interrupts = [SIGINT, SIGTERM].map { signalNumber in
                    signal(signalNumber, SIG_IGN)
                    let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
                    source.setEventHandler { Task { await preview.stop() } }
                    source.resume()
                    return source
                }
                await preview.wait()
                interrupts.forEach { $0.cancel() }
            } catch {
                outcome.fail(error)
            }
            outcome.finish()
        }
        if let error = outcome.wait() {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode(1)
        }
    }
}

/// Lets the synchronous command wait for the server's task.
private final class ServeOutcome: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var error: (any Error)?

    func fail(_ error: any Error) { lock.withLock { self.error = error } }
    func finish() { done.signal() }

    func wait() -> (any Error)? {
        done.wait()
        return lock.withLock { error }
    }
}

extension Console {
    /// Unbuffered, so lines show up at once also when stdout is a file or a pipe.
    static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    /// One line per build; on failure every diagnostic, as `check` prints them.
    func preview(_ build: PreviewBuild, contentFolder: String) {
        let report = build.report
        for diagnostic in report.diagnostics.sorted {
            FileHandle.standardError.write(Data("\(Self.shown(diagnostic, contentFolder: contentFolder))\n".utf8))
        }
        if verbose {
            for stage in report.stages {
                let line = "  " + stage.name.padding(toLength: 9, withPad: " ", startingAt: 0) + String(format: "%7.3f s\n", stage.seconds)
                FileHandle.standardError.write(Data(line.utf8))
            }
        }
        let trigger = build.changed.isEmpty ? "" : " after a change to " + build.changed.prefix(3).map { URL(fileURLWithPath: $0).lastPathComponent }.joined(separator: ", ") + (build.changed.count > 3 ? ", …" : "")
        if !report.succeeded {
            let errors = report.diagnostics.errorCount
            FileHandle.standardError.write(Data("build failed\(trigger): \(errors) error\(errors == 1 ? "" : "s"); still serving the last good site, with the errors on every page.\n".utf8))
        } else if !quiet {
            Self.say(String(format: "built %d pages in %.2f s%@ (version %d)", report.pageCount, build.seconds, trigger, build.version))
        }
    }
}
