import CMimalloc

/// How long the allocator keeps memory it freed before giving it back to the system.
enum FreedMemory {
    /// A preview save frees and makes again most of what the last one made (page
    /// specs, values, the analysis) within 150 ms. mimalloc's default gives freed pages
    /// back after 25 ms, so each save faulted them in again: 8–10 % of its time
    /// (bench/RESULTS.md, stop 22). Two seconds covers a save. The price, measured on
    /// 10,000 pages: the preview's peak RSS 360 → 430–450 MB; 5 s after the last save it
    /// holds about what it did (290 → 295–300 MB). Builds and checks keep the default:
    /// their freed memory is not made again, and the roster's check grew 3 % with it.
    static func keepBetweenSaves() {
        mi_option_set(mi_option_decommit_delay, 2000)
    }
}
