/// The trigrams of every key (scalars, padded with two boundary marks at each end), so the
/// keys within a few edits of a misspelt name are found without measuring every key.
///
/// n + 2 padded trigrams of an n-scalar name, and one edit spoils at most three of them,
/// so a key within k edits shares at least n + 2 − 3k trigrams (the q-gram lemma).
/// Keys are measured in order of trigrams shared, and the search stops once no key left
/// can come nearer than the answer already found.
struct TrigramIndex: Sendable {
    private let keys: NameTable
    private let lengths: [UInt16]
    private let mask: Int
    private let offsets: [Int32]
    private let postings: [Int32]
    /// Keys of at most ``shortLength`` scalars: a name of four or fewer may be within the
    /// limit of a key sharing no trigram with it, so those are measured one by one.
    private let shortKeys: [Int32]
    static let shortLength = 6

    /// - Complexity: O(total length of the keys): two passes.
    init(_ keys: NameTable) {
        self.keys = keys
        var buckets = 1024
        while buckets < keys.count { buckets <<= 1 }
        mask = buckets - 1
        var scalars: [UInt32] = []
        var lengths = [UInt16](repeating: 0, count: keys.count)
        var counts = [Int32](repeating: 0, count: buckets + 1)
        var short: [Int32] = []
        for k in 0..<keys.count {
            Self.decode(keys, k, into: &scalars)
            lengths[k] = UInt16(clamping: scalars.count)
            if scalars.count <= Self.shortLength { short.append(Int32(k)) }
            Self.forEachTrigram(scalars, mask: mask) { counts[$0 + 1] += 1 }
        }
        for i in 0..<buckets { counts[i + 1] += counts[i] }
        var cursor = counts
        var postings = [Int32](repeating: 0, count: Int(counts[buckets]))
        for k in 0..<keys.count {
            Self.decode(keys, k, into: &scalars)
            Self.forEachTrigram(scalars, mask: mask) { bucket in
                postings[Int(cursor[bucket])] = Int32(k)
                cursor[bucket] += 1
            }
        }
        self.lengths = lengths
        offsets = counts
        self.postings = postings
        shortKeys = short
    }

    private static func decode(_ keys: NameTable, _ k: Int, into out: inout [UInt32]) {
        out.removeAll(keepingCapacity: true)
        keys.withBytes(k) { bytes in
            var iterator = bytes.makeIterator()
            var decoder = UTF8()
            while case .scalarValue(let s) = decoder.decode(&iterator) { out.append(s.value) }
        }
    }

    @inline(__always)
    private static func forEachTrigram(_ s: [UInt32], mask: Int, _ body: (Int) -> Void) {
        guard !s.isEmpty else { return }
        // Padding marks are 0x110000, beyond any scalar.
        let pad: UInt64 = 0x11_0000
        func at(_ i: Int) -> UInt64 { i < 0 || i >= s.count ? pad : UInt64(s[i]) }
        for i in -2..<s.count {
            var h = at(i) << 42 | at(i + 1) << 21 | at(i + 2)
            h ^= h >> 31
            h = h &* 0x9E37_79B9_7F4A_7C15
            h ^= h >> 29
            body(Int(truncatingIfNeeded: h) & mask)
        }
    }

    /// Keys within `max(2, n / 3)` edits of `key` (n scalars), nearest first, ties by
    /// key: as many as give `enough` distinct nodes through `nodes`, or all there are.
    /// - Complexity: O(postings of the key's trigrams + keys measured × n · length).
    func near(_ key: String, enough: Int, nodes: (Int32) -> ArraySlice<Int32>) -> [Int32] {
        let target = key.unicodeScalars.map(\.value)
        guard !target.isEmpty else { return [] }
        let n = target.count
        let limit = max(2, n / 3)
        var measured: [(distance: Int, key: Int32)] = []
        var distance = EditDistance()
        var scalars: [UInt32] = []
        func measure(_ k: Int32) {
            guard abs(Int(lengths[Int(k)]) - n) <= limit else { return }
            Self.decode(keys, Int(k), into: &scalars)
            let d = distance.between(target, scalars, limit: limit)
            if d <= limit { measured.append((d, k)) }
        }
        if n + 2 - 3 * limit <= 0 {
            for k in shortKeys { measure(k) }
            return ordered(measured)
        }
        // Shared trigrams per key, over-counted on hash collisions and repeats: that only
        // makes the bound below weaker, never wrong.
        var shared = [UInt16](repeating: 0, count: keys.count)
        var touched: [Int32] = []
        Self.forEachTrigram(target, mask: mask) { bucket in
            for i in Int(offsets[bucket])..<Int(offsets[bucket + 1]) {
                let k = Int(postings[i])
                if shared[k] == 0 { touched.append(Int32(k)) }
                shared[k] &+= 1
            }
        }
        // The fewest edits a key can be from the target, from the trigrams it shares.
        func bound(_ k: Int32) -> Int { max(0, (n + 2 - Int(shared[Int(k)]) + 2) / 3) }
        let candidates = touched.filter { bound($0) <= limit }.sorted { (bound($0), $0) < (bound($1), $1) }
        var level = -1
        for k in candidates {
            let b = bound(k)
            if b != level {
                level = b
                if let reach = reach(measured, enough: enough, nodes: nodes), b > reach { break }
            }
            measure(k)
        }
        return ordered(measured)
    }

    private func ordered(_ measured: [(distance: Int, key: Int32)]) -> [Int32] { sorted(measured).map(\.key) }

    private func sorted(_ measured: [(distance: Int, key: Int32)]) -> [(distance: Int, key: Int32)] {
        measured.map { ($0.distance, keys[Int($0.key)], $0.key) }.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map { ($0.0, $0.2) }
    }

    /// The distance at which the keys measured so far, nearest first, give `enough` distinct nodes.
    private func reach(_ measured: [(distance: Int, key: Int32)], enough: Int, nodes: (Int32) -> ArraySlice<Int32>) -> Int? {
        var seen = Set<Int32>()
        for m in sorted(measured) {
            seen.formUnion(nodes(m.key))
            if seen.count >= enough { return m.distance }
        }
        return nil
    }
}
