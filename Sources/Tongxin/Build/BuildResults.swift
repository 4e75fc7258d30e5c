import Foundation

/// Where a build's big values go when it ends: kept until a one-shot command exits
/// (BuildOptions.exitsAfterBuild), or freed by the preview once it has reported the
/// build (BuildReport.afterReport).
enum BuildResults {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var kept: [any Sendable] = []

    static func keepUntilExit(_ values: [any Sendable]) {
        lock.withLock { kept += values }
    }

    /// A job that runs `work` (which may use `values`) and then frees `values`, once the
    /// caller has let go of them too (BuildReport.afterReport).
    static func release(_ values: consuming [any Sendable], after work: (@Sendable () -> Void)? = nil) -> @Sendable () -> Void {
        let box = ReleaseBox(values)
        return {
            work?()
            box.values.removeAll()
        }
    }

    private final class ReleaseBox: @unchecked Sendable {
        // Touched only by the one block it is handed to.
        var values: [any Sendable]
        init(_ values: [any Sendable]) { self.values = values }
    }
}
