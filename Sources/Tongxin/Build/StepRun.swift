import Foundation

/// Runs the pipeline's steps one after the other, each named and timed the same way,
/// collecting every step's diagnostics into one report.
struct StepRun {
    var report = BuildReport()
    let progress: (String) -> Void

    /// The step's value, or nil when the build has errors after it (the pipeline then
    /// stops). `stopsOnErrors: false` for the load: validation still runs over what
    /// loaded, so that one run lists every problem.
    mutating func step<T>(_ name: String, stopsOnErrors: Bool = true, _ body: (inout Diagnostics) -> T?) -> T? {
        progress(name)
        let start = DispatchTime.now().uptimeNanoseconds
        let value = body(&report.diagnostics)
        report.stages.append((name, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9))
        return stopsOnErrors && report.diagnostics.hasErrors ? nil : value
    }
}
