import Foundation

/// Where a build's big values go when it ends: kept until a one-shot command exits
/// (BuildOptions.keepResultsUntilExit), or freed on another thread for the preview.
enum BuildResults {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var kept: [any Sendable] = []

    static func keepUntilExit(_ values: [any Sendable]) {
        lock.withLock { kept += values }
    }

    /// Frees `values` on a background thread, once the caller has let go of them too,
    /// after running `work` there (which may use them).
    static func releaseInBackground(_ values: consuming [any Sendable], after work: (@Sendable () -> Void)? = nil) {
        let box = ReleaseBox(values)
        DispatchQueue.global(qos: .utility).async {
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
