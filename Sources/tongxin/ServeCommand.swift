import ArgumentParser
import Foundation
import Tongxin
import TongxinServe

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: L("cli.serve.abstract"),
        discussion: L("cli.serve.discussion"))

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: ArgumentHelp(L("cli.help.port"), valueName: L("usage.value.port")))
    var port: UInt16 = 8080

    @Option(name: .long, help: ArgumentHelp(L("cli.help.previewOutput"), valueName: L("usage.value.folder")))
    var output: String?

    func run() throws {
        try Self.preview(site: site, port: port, output: output)
    }

    /// The preview, and with `editor` the forms of `tongxin edit` on `host`.
    static func preview(site: SiteOptions, port: UInt16, output: String?, host: String = "127.0.0.1", editor: EditorOptions? = nil) throws {
        let console = Console(quiet: site.quiet, verbose: site.verbose)
        let contentFolder = site.content
        FreedMemory.keepBetweenSaves()
        RenderWatchdog.shared.install { diagnostic in
            console.stop(diagnostic, contentFolder: contentFolder)
        }
        let outputFolder = try output ?? PreviewOptions.defaultOutputFolder(for: URL(fileURLWithPath: site.content)).path
        // The default folder holds the whole internal portal: it goes when the preview
        // stops (Ctrl-C, SIGTERM, an error); a folder given with --output is the user's.
        defer { if output == nil { ExitCleanup.shared.remove(outputFolder) } }
        var build = site.buildOptions(output: outputFolder, write: true)
        // Pagefind takes seconds per build; the preview indexes only when asked to.
        build.search = site.requireSearch ? .require : .off
        let options = PreviewOptions(build)
        let outcome = ServeOutcome()
        Task {
            do {
                let preview = try await PreviewServer.start(options, port: port, host: host, editor: editor) { build in
                    console.preview(build, contentFolder: contentFolder)
                }
                if !console.quiet {
                    Console.say(L("cli.serving", preview.url, outputFolder, options.build.contentFolder.path, options.build.themeFolder.path))
                    if editor != nil { Console.say(L("cli.edit.serving", preview.url)) }
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
            FileHandle.standardError.write(Data((L("general.errorLine", "\(error)") + "\n").utf8))
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
        if verbose { Self.printStages(report.stages) }
        let names = build.changed.prefix(3).map { URL(fileURLWithPath: $0).lastPathComponent }.joined(separator: ", ") + (build.changed.count > 3 ? ", …" : "")
        let trigger = build.changed.isEmpty ? "" : L("cli.preview.trigger", names)
        if !report.succeeded {
            let errors = report.diagnostics.errorCount
            FileHandle.standardError.write(Data("\(L("cli.preview.failed", trigger, L(errors == 1 ? "cli.errors.one" : "cli.errors", errors)))\n".utf8))
        } else if !quiet {
            Self.say(L("cli.preview.built", report.pageCount, String(format: "%.2f", build.seconds), trigger, build.version))
        }
    }
}
