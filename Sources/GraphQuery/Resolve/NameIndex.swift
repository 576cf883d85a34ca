import Extraction
import Foundation
import Synchronization

/// Every node name, normalized, for ``EntityResolver``: exact keys and keys without articles
/// to nodes. Built from bytes in one pass over the names, with no `String` per name.
struct NameKeys: Sendable {
    /// Normalized name → nodes, in node order.
    let exact: PostingTable
    /// The same with articles dropped, only for the keys that change.
    let bare: PostingTable

    /// - Complexity: O(total length of the names).
    init(_ source: NameSource) {
        let names = source.nodeCount * 2 + source.extra.count
        var exact = PostingTable(keys: names, pairs: names)
        var bare = PostingTable(keys: names / 2, pairs: names / 2)
        var keyBuffer = KeyBuffer()
        var dropped: [UInt8] = []
        for v in 0..<source.nodeCount {
            source.forEachName(of: v) { name in
                keyBuffer.key(utf8: name)
                guard !keyBuffer.bytes.isEmpty else { return }
                keyBuffer.bytes.withUnsafeBytes { key in
                    exact.add(key, Int32(v))
                    if ArticleBytes.drop(key, into: &dropped) { dropped.withUnsafeBytes { _ = bare.add($0, Int32(v)) } }
                }
            }
        }
        exact.seal()
        bare.seal()
        self.exact = exact
        self.bare = bare
    }

    /// The nodes named `key` (normalized), in node order.
    /// - Complexity: O(length of key) on average.
    func nodes(exact key: String) -> [Int32] { Self.lookup(key, in: exact) }

    /// The nodes whose name without articles is `key`, in node order.
    func nodes(bare key: String) -> [Int32] { Self.lookup(key, in: bare) }

    private static func lookup(_ key: String, in table: PostingTable) -> [Int32] {
        guard let k = table.find(Array(key.utf8)) else { return [] }
        return Array(table.values(of: k))
    }

    /// Every key and its nodes, as dictionaries (the HTML view's search table).
    var dictionaries: (exact: [String: [Int32]], bare: [String: [Int32]]) {
        func dictionary(_ table: PostingTable) -> [String: [Int32]] {
            var out: [String: [Int32]] = [:]
            for k in 0..<Int32(table.keyCount) { out[table.key(k)] = Array(table.values(of: k)) }
            return out
        }
        return (dictionary(exact), dictionary(bare))
    }
}

/// What finds a name that is not a key: the words of each key, and the keys' trigrams for
/// "did you mean". Built from ``NameKeys``, the two parts side by side on two cores.
struct NameSearch: Sendable {
    private let exact: PostingTable
    /// A word of a key without articles → the exact keys holding it.
    private let words: PostingTable
    private let trigrams: TrigramIndex

    /// - Complexity: O(total length of the keys).
    init(_ keys: NameKeys) {
        exact = keys.exact
        let parts = Mutex<(words: PostingTable?, trigrams: TrigramIndex?)>((nil, nil))
        DispatchQueue.concurrentPerform(iterations: 2) { [exact] part in
            if part == 0 {
                let built = Self.words(of: exact)
                parts.withLock { $0.words = built }
            } else {
                let built = TrigramIndex(exact.keys)
                parts.withLock { $0.trigrams = built }
            }
        }
        (words, trigrams) = parts.withLock { ($0.words!, $0.trigrams!) }
    }

    /// The words of each key without its articles, and of that again (which is what a
    /// name in `bare` is matched on).
    private static func words(of exact: PostingTable) -> PostingTable {
        var words = PostingTable(keys: exact.keyCount, pairs: exact.keyCount * 3)
        var once: [UInt8] = [], twice: [UInt8] = []
        for k in 0..<exact.keyCount {
            exact.keys.withBytes(k) { key in
                let first = ArticleBytes.drop(key, into: &once)
                if first { once.withUnsafeBytes { addWords($0, Int32(k), &words) } } else { addWords(key, Int32(k), &words) }
                if first, once.withUnsafeBytes({ ArticleBytes.drop($0, into: &twice) }) {
                    twice.withUnsafeBytes { addWords($0, Int32(k), &words) }
                }
            }
        }
        words.seal()
        return words
    }

    private static func addWords(_ key: UnsafeRawBufferPointer, _ k: Int32, _ words: inout PostingTable) {
        var start = 0
        while start < key.count {
            var end = start
            while end < key.count, key[end] != 0x20 { end += 1 }
            if end > start { words.add(UnsafeRawBufferPointer(rebasing: key[start..<end]), k) }
            start = end + 1
        }
    }

    /// Nodes with a name holding every word of `key` as a whole word, articles dropped on
    /// both sides, sorted.
    /// - Complexity: O(keys holding the rarest word × their length).
    func nodes(containingWords key: String) -> [Int32] {
        let wanted = Set(key.split(separator: " "))
        var lists: [ArraySlice<Int32>] = []
        for word in wanted {
            guard let w = words.find(Array(word.utf8)) else { return [] }
            lists.append(words.values(of: w))
        }
        guard let rarest = lists.min(by: { $0.count < $1.count }) else { return [] }
        var found = Set<Int32>()
        for k in rarest where holds(wanted, key: k) { found.formUnion(exact.values(of: k)) }
        return found.sorted()
    }

    /// Whether exact key `k`, or its form in `bare`, has every wanted word once articles are dropped.
    private func holds(_ wanted: Set<Substring>, key k: Int32) -> Bool {
        let key = exact.key(k)
        let once = EntityResolver.dropArticles(key)
        if wanted.isSubset(of: once.split(separator: " ")) { return true }
        return once != key && wanted.isSubset(of: EntityResolver.dropArticles(once).split(separator: " "))
    }

    /// Nodes whose names are within a few edits of `key`, nearest first (ties by name),
    /// at most `limit` nodes.
    func suggestions(for key: String, limit: Int = 5) -> [Int32] {
        let keys = trigrams.near(key, enough: limit) { exact.values(of: $0) }
        var result: [Int32] = []
        for k in keys {
            for v in exact.values(of: k) where !result.contains(v) { result.append(v) }
            if result.count >= limit { break }
        }
        return Array(result.prefix(limit))
    }
}
