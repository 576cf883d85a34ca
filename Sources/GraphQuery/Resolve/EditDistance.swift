/// Levenshtein distance between scalar sequences, in two rows kept from one call to the next.
struct EditDistance {
    private var previous: [Int] = []
    private var current: [Int] = []

    /// The distance, or `limit + 1` as soon as it must exceed `limit`.
    ///
    /// - Complexity: O(a · b) time, O(b) memory.
    mutating func between(_ a: [UInt32], _ b: [UInt32], limit: Int) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        previous.removeAll(keepingCapacity: true)
        previous.append(contentsOf: 0...b.count)
        current.removeAll(keepingCapacity: true)
        current.append(contentsOf: repeatElement(0, count: b.count + 1))
        for i in 1...a.count {
            current[0] = i
            var rowMin = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMin = min(rowMin, current[j])
            }
            if rowMin > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
