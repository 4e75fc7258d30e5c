import Foundation
import Testing
@testable import Tongxin

struct ParallelTests {
    /// A Background must not wait for a free thread of the shared dispatch pool: there,
    /// behind busy or waiting threads, the preview's git lookup started 0.7 s late, and
    /// with every pool thread waiting it never started at all.
    @Test func aBackgroundStartsWhileEveryPoolThreadWaits() {
        let gate = DispatchSemaphore(value: 0)
        let occupied = ProcessInfo.processInfo.activeProcessorCount * 8
        for _ in 0..<occupied { DispatchQueue.global().async { gate.wait() } }
        defer { for _ in 0..<occupied { gate.signal() } }
        let started = DispatchSemaphore(value: 0)
        let background = Background { () -> Int in
            started.signal()
            return 42
        }
        let inTime = started.wait(timeout: .now() + 5) == .success
        #expect(inTime)
        if inTime { #expect(background.value == 42) }
    }

    @Test func parallelMapKeepsTheItemsOrderWhateverTheOrderItStartsThemIn() {
        let items = Array(0..<100)
        #expect(parallelMap(items) { $0 * 2 } == items.map { $0 * 2 })
        #expect(parallelMap(items, order: items.reversed()) { $0 * 2 } == items.map { $0 * 2 })
    }
}
