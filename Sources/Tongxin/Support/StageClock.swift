import Dispatch

/// Named laps of a stage, for `--verbose` and for profiling without a profiler.
struct StageClock {
    private(set) var laps: [(name: String, seconds: Double)] = []
    private var last = DispatchTime.now().uptimeNanoseconds

    mutating func lap(_ name: String) {
        let now = DispatchTime.now().uptimeNanoseconds
        laps.append((name, Double(now - last) / 1e9))
        last = now
    }
}
