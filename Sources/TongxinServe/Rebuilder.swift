import Foundation
import Tongxin

/// Runs builds one at a time on a queue of their own. Changes that arrive while a
/// build runs are collected and built once, right after it.
final class Rebuilder: @unchecked Sendable {
    private let queue = DispatchQueue(label: "tongxin-preview-build")
    private let lock = NSLock()
    private var pending: [String]?
    private var draining = false
    private var stopped = false
    private let build: @Sendable ([String]) -> Void
    /// The language of whoever made the preview (a test's, see Messages.override):
    /// builds run on this queue, outside that task.
    private let language = Messages.override

    init(build: @escaping @Sendable ([String]) -> Void) {
        self.build = build
    }

    /// Asks for a build for these changed paths; returns at once.
    func request(_ changed: [String]) {
        let start: Bool = lock.withLock {
            guard !stopped else { return false }
            pending = (pending ?? []) + changed
            defer { draining = true }
            return !draining
        }
        if start { queue.async { self.drain() } }
    }

    /// Builds now (after any running build) and returns when done.
    func buildNow(_ changed: [String]) async {
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
            queue.async {
                Messages.carried(self.language) { self.build(changed) }
                done.resume()
            }
        }
    }

    /// No build starts after this; returns once a running build has finished.
    func stop() async {
        lock.withLock { stopped = true }
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
            queue.async { done.resume() }
        }
    }

    private func drain() {
        while let changed = next() { Messages.carried(language) { build(changed) } }
    }

    private func next() -> [String]? {
        lock.withLock {
            guard !stopped, let changed = pending else {
                draining = false
                pending = nil
                return nil
            }
            pending = nil
            return changed
        }
    }
}
