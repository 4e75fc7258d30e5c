extension Array where Element: Comparable {
    /// Whether a sorted array holds `value`, by binary search: the content scan's lists
    /// and a section's paths are sorted, and a preview save asks about a few paths in
    /// lists of ten thousand.
    func sortedIndex(of value: Element) -> Int? {
        let low = partitioningIndex { $0 >= value }
        return low < count && self[low] == value ? low : nil
    }
}

extension Collection {
    /// The first index whose element is `belongs` (or `endIndex`), by binary search: the
    /// elements for which `belongs` holds must come after all the others (a sorted log's
    /// contacts from a day on).
    func partitioningIndex(where belongs: (Element) -> Bool) -> Index {
        var low = startIndex, length = count
        while length > 0 {
            let half = length / 2, middle = index(low, offsetBy: half)
            if belongs(self[middle]) { length = half } else { low = index(after: middle); length -= half + 1 }
        }
        return low
    }
}
