/// Byte-string keys, each with a list of numbers: filled by appending (key, number) pairs,
/// then sealed into one flat array (CSR), so a million names cost a few arrays, not a
/// dictionary of arrays of `String`s.
struct PostingTable: Sendable {
    private(set) var keys = NameTable()
    private var lookup = IDTable(capacityFor: 8)
    private var capacity = 16
    private var pairKey: [Int32] = []
    private var pairValue: [Int32] = []
    private var offsets: [Int32] = [0]
    private var values: [Int32] = []

    var keyCount: Int { keys.count }

    init() {}

    /// Sized for about `keys` keys and `pairs` pairs, so filling it never rehashes.
    init(keys: Int, pairs: Int) {
        capacity = 16
        while capacity < keys * 2 { capacity <<= 1 }
        lookup = IDTable(capacityFor: capacity / 2)
        pairKey.reserveCapacity(pairs)
        pairValue.reserveCapacity(pairs)
    }

    /// Adds `value` to the list of `key` and returns the key's number.
    @discardableResult
    mutating func add(_ key: UnsafeRawBufferPointer, _ value: Int32) -> Int32 {
        let k = intern(key)
        pairKey.append(k)
        pairValue.append(value)
        return k
    }

    /// The key's number, adding the key (with an empty list) if it is new.
    mutating func intern(_ key: UnsafeRawBufferPointer) -> Int32 {
        if let found = lookup.insert(key, node: Int32(keys.count), names: keys) { return found }
        keys.append(key)
        if keys.count * 2 > capacity { rehash() }
        return Int32(keys.count - 1)
    }

    private mutating func rehash() {
        capacity *= 2
        lookup = IDTable(capacityFor: capacity / 2)
        for i in 0..<keys.count {
            _ = keys.withBytes(i) { lookup.insert($0, node: Int32(i), names: keys) }
        }
    }

    /// Groups the pairs by key, keeping each key's numbers in the order added and dropping a
    /// number repeated right after itself.
    /// - Complexity: O(pairs): a counting sort.
    mutating func seal() {
        var counts = [Int32](repeating: 0, count: keys.count + 1)
        for k in pairKey { counts[Int(k) + 1] += 1 }
        for i in 0..<keys.count { counts[i + 1] += counts[i] }
        var cursor = counts
        var grouped = [Int32](repeating: 0, count: pairKey.count)
        for (k, v) in zip(pairKey, pairValue) {
            grouped[Int(cursor[Int(k)])] = v
            cursor[Int(k)] += 1
        }
        pairKey = []
        pairValue = []
        offsets = [Int32](repeating: 0, count: keys.count + 1)
        values = []
        values.reserveCapacity(grouped.count)
        for k in 0..<keys.count {
            for i in Int(counts[k])..<Int(counts[k + 1]) where Int(counts[k]) == i || grouped[i] != grouped[i - 1] {
                values.append(grouped[i])
            }
            offsets[k + 1] = Int32(values.count)
        }
    }

    /// - Complexity: O(length of key) on average.
    func find(_ key: UnsafeRawBufferPointer) -> Int32? { lookup.find(key, names: keys) }

    func find(_ key: [UInt8]) -> Int32? { key.withUnsafeBytes { find($0) } }

    /// The numbers of key `k` (after ``seal()``).
    func values(of k: Int32) -> ArraySlice<Int32> { values[Int(offsets[Int(k)])..<Int(offsets[Int(k) + 1])] }

    func key(_ k: Int32) -> String { keys[Int(k)] }
}
