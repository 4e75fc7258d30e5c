/// What a build found and did, for the command line and the preview.
public struct BuildReport: Sendable {
    public var diagnostics = Diagnostics()
    /// Each step with its duration in seconds, in the order they ran (the render
    /// step's parts indented below it).
    public var stages: [(name: String, seconds: Double)] = []
    public var pageCount = 0
    /// Pages linked from the last build (BuildMode.build(reuseLastBuild:)) or kept by the preview.
    public var pagesReused = 0
    public var fileCount = 0
    public var wrote = false
    /// For the preview: work to run once the build has been reported, before the next
    /// one: the check for output files deleted behind its back, and freeing the last
    /// site and pages (hundreds of thousands of objects). Run right away on another
    /// thread, they would compete with the end of the build for the cores; on the build
    /// queue they delay only a build already waiting. If it is never run, dropping the
    /// report frees them.
    public var afterReport: (@Sendable () -> Void)?

    public var succeeded: Bool { !diagnostics.hasErrors }
}
