extension Array where Element: Comparable {
    /// Whether a sorted array holds `value`, by binary search: the content scan's lists
    /// and a section's paths are sorted, and a preview save asks about a few paths in
    /// lists of ten thousand.
    func sortedIndex(of value: Element) -> Int? {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < count && self[low] == value ? low : nil
    }
}
