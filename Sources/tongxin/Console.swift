import Foundation
import Tongxin

/// Everything the command line prints: diagnostics to stderr, progress and the
/// summary to stdout.
struct Console {
    let quiet: Bool
    let verbose: Bool

    func progress(_ stage: String) {
        guard verbose else { return }
        FileHandle.standardError.write(Data("… \(stage)\n".utf8))
    }

    /// Paths in diagnostics are relative to the content folder; show them relative to
    /// where the command was run so editors can open them.
    static func shown(_ diagnostic: Diagnostic, contentFolder: String) -> String {
        let prefix = contentFolder.hasSuffix("/") ? contentFolder : contentFolder + "/"
        var shown = diagnostic
        // "(search)" and "(theme) …" name no content file.
        if !shown.location.file.hasPrefix("/") && !shown.location.file.hasPrefix("(") { shown.location.file = prefix + shown.location.file }
        return shown.description
    }

    /// A render is stuck past its budget; cmark cannot be interrupted, so end the
    /// process, removing its private folders (a publish's staging). Nothing has been
    /// written yet: the live site stays as it was.
    func stop(_ diagnostic: Diagnostic, contentFolder: String) -> Never {
        ExitCleanup.shared.removeAll()
        FileHandle.standardError.write(Data("\(Self.shown(diagnostic, contentFolder: contentFolder))\n\(L("general.stopped"))\n".utf8))
        exit(1)
    }

    func print(_ report: BuildReport, contentFolder: String) {
        for diagnostic in report.diagnostics.sorted {
            FileHandle.standardError.write(Data("\(Self.shown(diagnostic, contentFolder: contentFolder))\n".utf8))
        }
        if verbose {
            for stage in report.stages {
                let line = "  " + stage.name.padding(toLength: 13, withPad: " ", startingAt: 0) + String(format: "%7.3f s\n", stage.seconds)
                FileHandle.standardError.write(Data(line.utf8))
            }
        }
        let errors = report.diagnostics.errorCount, warnings = report.diagnostics.warningCount
        if errors > 0 {
            FileHandle.standardError.write(Data("\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s"); nothing was written.\n".utf8))
        }
    }

    func summary(_ report: BuildReport, output: String?) {
        guard !quiet else { return }
        let seconds = report.stages.filter { !$0.name.hasPrefix(" ") }.reduce(0) { $0 + $1.seconds }
        let warnings = report.diagnostics.warningCount
        let warningText = warnings == 0 ? "" : ", \(warnings) warning\(warnings == 1 ? "" : "s")"
        if let output {
            let reused = report.pagesReused == 0 ? "" : ", \(report.pagesReused) of them unchanged since the last build"
            Swift.print(String(format: "built %d pages (%d files%@) into %@ in %.2f s%@", report.pageCount, report.fileCount, reused, output, seconds, warningText))
        } else {
            Swift.print(String(format: "checked: no errors%@ (%.2f s)", warningText, seconds))
        }
    }
}
