import ArgumentParser
import Foundation
import Tongxin

/// How `check` and `build` print their findings: lines for people and editors, or one
/// JSON document for scripts.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}

/// Everything the command line prints: diagnostics to stderr, progress and the
/// summary to stdout; with `--format json`, one JSON document on stdout instead.
struct Console {
    let quiet: Bool
    let verbose: Bool
    var format: OutputFormat = .text

    func progress(_ stage: String) {
        guard verbose, format == .text else { return }
        FileHandle.standardError.write(Data("… \(Self.stageName(stage))\n".utf8))
    }

    /// The diagnostic with its path relative to where the command was run, so editors
    /// can open it (paths in diagnostics are relative to the content folder).
    static func relocated(_ diagnostic: Diagnostic, contentFolder: String) -> Diagnostic {
        let prefix = contentFolder.hasSuffix("/") ? contentFolder : contentFolder + "/"
        var shown = diagnostic
        // "(search)" and "(theme) …" name no content file.
        if !shown.location.file.hasPrefix("/") && !shown.location.file.hasPrefix("(") { shown.location.file = prefix + shown.location.file }
        return shown
    }

    static func shown(_ diagnostic: Diagnostic, contentFolder: String) -> String {
        relocated(diagnostic, contentFolder: contentFolder).description
    }

    /// A render is stuck past its budget; cmark cannot be interrupted, so end the
    /// process, removing its private folders (a publish's staging). Nothing has been
    /// written yet: the live site stays as it was.
    func stop(_ diagnostic: Diagnostic, contentFolder: String) -> Never {
        ExitCleanup.shared.removeAll()
        FileHandle.standardError.write(Data("\(Self.shown(diagnostic, contentFolder: contentFolder))\n\(L("general.stopped"))\n".utf8))
        exit(1)
    }

    /// "3 个错误，1 个警告" / "3 errors, 1 warning".
    static func counts(errors: Int, warnings: Int) -> String {
        L(errors == 1 ? "cli.errors.one" : "cli.errors", errors) + L("cli.separator") + L(warnings == 1 ? "cli.warnings.one" : "cli.warnings", warnings)
    }

    func print(_ diagnostics: Diagnostics, stages: [(name: String, seconds: Double)] = [], contentFolder: String) {
        guard format == .text else { return }
        for diagnostic in diagnostics.sorted {
            FileHandle.standardError.write(Data("\(Self.shown(diagnostic, contentFolder: contentFolder))\n".utf8))
        }
        if verbose { Self.printStages(stages) }
        if diagnostics.errorCount > 0 {
            let line = L("cli.failed", Self.counts(errors: diagnostics.errorCount, warnings: diagnostics.warningCount))
            FileHandle.standardError.write(Data("\(line)\n".utf8))
        }
    }

    func print(_ report: BuildReport, contentFolder: String) {
        print(report.diagnostics, stages: report.stages, contentFolder: contentFolder)
    }

    func summary(_ report: BuildReport, output: String?) {
        guard !quiet, format == .text else { return }
        let seconds = report.stages.filter { !$0.name.hasPrefix(" ") }.reduce(0) { $0 + $1.seconds }
        let warnings = report.diagnostics.warningCount
        let warningText = warnings == 0 ? "" : L("cli.separator") + L(warnings == 1 ? "cli.warnings.one" : "cli.warnings", warnings)
        let time = String(format: "%.2f", seconds)
        if let output {
            let reused = report.pagesReused == 0 ? "" : L("cli.built.reused", report.pagesReused)
            Swift.print(L("cli.built", report.pageCount, report.fileCount, reused, output, time, warningText))
        } else {
            Swift.print(L("cli.checked", warningText, time))
        }
    }

    /// `--format json`: every diagnostic with its parts, the counts, and what was done.
    func json(_ diagnostics: Diagnostics, contentFolder: String, report: BuildReport?, output: String?) {
        guard format == .json else { return }
        let items: [[String: Any]] = diagnostics.sorted.map { diagnostic in
            let shown = Self.relocated(diagnostic, contentFolder: contentFolder)
            return ["file": shown.location.file, "line": shown.location.line, "column": shown.location.column,
                    "severity": shown.severity.rawValue, "message": shown.message]
        }
        var document: [String: Any] = ["diagnostics": items, "errors": diagnostics.errorCount, "warnings": diagnostics.warningCount,
                                       "succeeded": !diagnostics.hasErrors]
        if let report, report.succeeded {
            document["pages"] = report.pageCount
            if let output {
                document["files"] = report.fileCount
                document["output"] = output
            }
        }
        guard let data = try? JSONSerialization.data(withJSONObject: document, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]) else { return }
        FileHandle.standardOutput.write(data + Data("\n".utf8))
    }

    /// One line per stage with its time (--verbose), in the person's language; the
    /// parts of a stage indented under it.
    static func printStages(_ stages: [(name: String, seconds: Double)]) {
        for stage in stages {
            let indent = String(stage.name.prefix { $0 == " " })
            let name = indent + stageName(String(stage.name.dropFirst(indent.count)))
            // Chinese characters take two columns: pad by display width.
            let width = name.unicodeScalars.reduce(0) { $0 + ($1.value < 0x1100 ? 1 : 2) }
            let line = "  " + name + String(repeating: " ", count: max(1, 13 - width)) + String(format: "%7.3f s\n", stage.seconds)
            FileHandle.standardError.write(Data(line.utf8))
        }
    }

    /// The pipeline names its stages in English (they are keys of the timings); a person
    /// reads them in their language. An unknown name is shown as it is.
    static func stageName(_ stage: String) -> String {
        switch stage {
        case "load": L("stage.load")
        case "validate": L("stage.validate")
        case "theme": L("stage.theme")
        case "analyse": L("stage.analyse")
        case "render": L("stage.render")
        case "scan": L("stage.scan")
        case "write": L("stage.write")
        case "markdown": L("stage.markdown")
        case "analysis": L("stage.analysis")
        case "page list": L("stage.pageList")
        case "templates": L("stage.templates")
        case "checks": L("stage.checks")
        default: stage
        }
    }
}
