import Extraction

/// Finds the entity a user means from a name in any form: an id, a Wikidata id, the English
/// or Arabic name, an alias; in any case, with or without diacritics or the article ال.
public struct EntityResolver: Sendable {
    public enum Resolution: Sendable, Equatable {
        case found(Int32)
        /// Several entities share the name; sorted by node number.
        case ambiguous([Int32])
        /// Nothing matches; the nearest names' entities, nearest first (may be empty).
        case unknown(suggestions: [Int32])
    }

    private let graph: QueryGraph
    private let key: @Sendable (String) -> String
    /// Normalized name → entities, and the same with articles dropped.
    private let exact: [String: [Int32]]
    private let bare: [String: [Int32]]

    /// Indexes every name of every entity.
    ///
    /// - Complexity: O(total length of the names).
    /// `key` normalizes a name for matching; by default the extractor's own normalizer, so
    /// a name resolves exactly as the extractor would have matched it in text.
    public init(graph: QueryGraph, key: @escaping @Sendable (String) -> String = { TextNormalizer.key($0) }) {
        self.graph = graph
        self.key = key
        var exact: [String: [Int32]] = [:]
        var bare: [String: [Int32]] = [:]
        for v in 0..<Int32(graph.index.nodeCount) {
            for name in graph.names(of: v) {
                let k = key(name)
                guard !k.isEmpty else { continue }
                exact[k, default: []].append(v)
                bare[Self.dropArticles(k), default: []].append(v)
            }
        }
        self.exact = exact.mapValues { Array(Set($0)).sorted() }
        self.bare = bare.mapValues { Array(Set($0)).sorted() }
    }

    /// The normalized key without the Arabic article on each word (المتحدة → متحدة) or a
    /// leading English "the".
    static func dropArticles(_ key: String) -> String {
        var words = key.split(separator: " ").map { word -> Substring in
            word.hasPrefix("ال") && word.count > 3 ? word.dropFirst(2) : word
        }
        if words.count > 1, words[0] == "the" { words.removeFirst() }
        return words.joined(separator: " ")
    }

    /// Tries, in order: the exact node id; the normalized name; the name without articles;
    /// names holding all its words. Suggestions come from edit distance on normalized names.
    ///
    /// - Complexity: O(length of name) when it matches; otherwise a scan of all names for
    ///   partial matches and suggestions, O(names × length²) at worst.
    public func resolve(_ name: String) -> Resolution {
        if let v = graph.index.node(id: name) { return .found(v) }
        let k = key(name)
        for found in [exact[k], bare[Self.dropArticles(k)]] {
            if let found, !found.isEmpty { return found.count == 1 ? .found(found[0]) : .ambiguous(found) }
        }
        let partial = containing(words: Self.dropArticles(k))
        if !partial.isEmpty { return partial.count == 1 ? .found(partial[0]) : .ambiguous(partial) }
        return .unknown(suggestions: suggestions(for: k))
    }

    /// Entities with a name holding every word of `key` as a whole word ("sandhurst" in
    /// "royal military academy sandhurst"), articles dropped on both sides.
    private func containing(words key: String) -> [Int32] {
        let wanted = Set(key.split(separator: " "))
        guard !wanted.isEmpty else { return [] }
        var found = Set<Int32>()
        for (name, nodes) in bare where wanted.isSubset(of: name.split(separator: " ")) {
            found.formUnion(nodes)
        }
        return found.sorted()
    }

    /// Resolves a name or throws an error that lists the candidates or the nearest names.
    public func node(named name: String) throws(GraphQueryError) -> Int32 {
        switch resolve(name) {
        case .found(let v):
            return v
        case .ambiguous(let candidates):
            throw GraphQueryError(
                .ambiguousName,
                "\"\(name)\" names \(candidates.count) entities: \(describe(candidates)); give the id instead")
        case .unknown(let suggestions):
            let hint = suggestions.isEmpty ? "" : "; did you mean \(describe(suggestions))?"
            throw GraphQueryError(.unknownName, "no entity named \"\(name)\"\(hint)")
        }
    }

    private func describe(_ nodes: [Int32]) -> String {
        let index = graph.index
        return nodes.map { "\(index.label(of: $0)) (\(index.id(of: $0)), \(index.type(of: $0).rawValue))" }
            .joined(separator: ", ")
    }

    /// Entities whose names are within a few edits of `key`, nearest first, at most five.
    private func suggestions(for key: String) -> [Int32] {
        let target = Array(key.unicodeScalars)
        guard !target.isEmpty else { return [] }
        let limit = max(2, target.count / 3)
        var scored: [(distance: Int, key: String)] = []
        for candidate in exact.keys {
            let scalars = Array(candidate.unicodeScalars)
            if abs(scalars.count - target.count) > limit { continue }
            let d = EditDistance.between(target, scalars, limit: limit)
            if d <= limit { scored.append((d, candidate)) }
        }
        scored.sort { ($0.distance, $0.key) < ($1.distance, $1.key) }
        var result: [Int32] = []
        for s in scored {
            for v in exact[s.key]! where !result.contains(v) { result.append(v) }
            if result.count >= 5 { break }
        }
        return Array(result.prefix(5))
    }
}

/// Levenshtein distance between scalar sequences.
enum EditDistance {
    /// The distance, or `limit + 1` as soon as it must exceed `limit`.
    ///
    /// - Complexity: O(a · b) time, O(b) memory.
    static func between(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...max(1, a.count) where !a.isEmpty {
            current[0] = i
            var rowMin = i
            for j in 1...max(1, b.count) where !b.isEmpty {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMin = min(rowMin, current[j])
            }
            if rowMin > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}
