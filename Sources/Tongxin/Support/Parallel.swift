import Foundation

/// Maps over items on all cores, keeping the input order so output stays deterministic.
func parallelMap<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
    parallelMap(items, order: nil, transform)
}

/// `parallelMap` that starts the items in `order` (a permutation of the indices: the
/// longest first, so that no core is left with one long item at the end); the results
/// still come in the items' own order.
func parallelMap<T: Sendable, R: Sendable>(_ items: [T], order: [Int]?, _ transform: @Sendable (T) -> R) -> [R] {
    precondition(order == nil || order?.count == items.count, "order must be a permutation of the items' indices")
    if items.count < 2 { return items.map(transform) }
    let slots = Slots<R>(count: items.count)
    let language = Messages.override
    DispatchQueue.concurrentPerform(iterations: items.count) { step in
        let index = order?[step] ?? step
        slots.set(index, Messages.carried(language) { transform(items[index]) })
    }
    return slots.collect()
}

/// Write-once result slots; each index is written by exactly one iteration, so the
/// writes never overlap and need no lock.
private final class Slots<R>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<R?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }

    func set(_ index: Int, _ value: R) { buffer[index] = value }

    func collect() -> [R] { buffer.map { $0! } }
}

/// A value worked out on another thread while the caller goes on (the `git log` behind
/// GitHistory runs while the content loads); `value` waits for it.
///
/// On a thread of its own, not the shared dispatch pool: the pool has one thread per
/// core, its threads are often all busy with `parallelMap` or waiting on another
/// Background, and a Background queued behind them started only when one came free
/// (a preview save waited 0.7 s for its git lookup that way).
final class Background<T: Sendable>: @unchecked Sendable {
    private let finished = DispatchGroup()
    // Written once before `finished` leaves, read only after waiting on it.
    private var result: T?

    init(_ work: @escaping @Sendable () -> T) {
        finished.enter()
        let language = Messages.override
        let thread = Thread {
            self.result = Messages.carried(language, work)
            self.finished.leave()
        }
        thread.start()
    }

    var value: T {
        finished.wait()
        return result!
    }
}
