import Foundation
import Tongxin

/// What the server shows besides the files: the build version pages poll for, and the
/// problems of the last build when it failed. Written by the build, read by requests.
final class PreviewState: @unchecked Sendable {
    private let lock = NSLock()
    private var currentVersion = 0
    private var currentProblems: [Diagnostic] = []

    /// Bumped after every build, good or bad, so open pages reload either to the new
    /// site or to show the errors.
    var version: Int { lock.withLock { currentVersion } }

    /// Every diagnostic of the last build when it failed; empty when it succeeded.
    var problems: [Diagnostic] { lock.withLock { currentProblems } }

    /// Records a finished build and returns its version.
    func finished(_ report: BuildReport) -> Int {
        lock.withLock {
            currentVersion += 1
            currentProblems = report.succeeded ? [] : report.diagnostics.sorted
            return currentVersion
        }
    }
}
