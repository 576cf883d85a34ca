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
    private let knownIDs: @Sendable (String) -> [String]
    /// Normalized name → entities, and the same with articles dropped.
    private let exact: [String: [Int32]]
    private let bare: [String: [Int32]]

    /// Indexes every name of every entity.
    ///
    /// - Complexity: O(total length of the names).
    /// `key` normalizes a name for matching; by default the extractor's own normalizer, so
    /// a name resolves exactly as the extractor would have matched it in text.
    /// `knownIDs` names the ids a name stands for beyond the graph's own names; by default
    /// the extractor's gazetteer, so `ISIS` finds the node extracted from `داعش`.
    public init(
        graph: QueryGraph, key: @escaping @Sendable (String) -> String = { TextNormalizer.key($0) },
        knownIDs: @escaping @Sendable (String) -> [String] = EntityResolver.gazetteerIDs
    ) {
        self.graph = graph
        self.key = key
        self.knownIDs = knownIDs
        var exact: [String: [Int32]] = [:]
        var bare: [String: [Int32]] = [:]
        exact.reserveCapacity(graph.index.nodeCount * 2)
        // Nodes come in increasing order, so each list stays sorted; a node's repeated
        // names add it once.
        func add(_ v: Int32, to list: inout [Int32]) { if list.last != v { list.append(v) } }
        for v in 0..<Int32(graph.index.nodeCount) {
            for name in graph.names(of: v) {
                let k = key(name)
                guard !k.isEmpty else { continue }
                add(v, to: &exact[k, default: []])
                // Most names have no article: `bare` holds only the keys that change.
                let b = Self.dropArticles(k)
                if b != k { add(v, to: &bare[b, default: []]) }
            }
        }
        self.exact = exact
        self.bare = bare
    }

    /// The normalized key without the Arabic article on each word (المتحدة → متحدة) or a
    /// leading English "the".
    package static func dropArticles(_ key: String) -> String {
        guard key.contains(Articles.prefix) || key.hasPrefix(Articles.leadingWord + " ") else { return key }
        var words = key.split(separator: " ").map { word -> Substring in
            word.hasPrefix(Articles.prefix) && word.count >= Articles.shortestWord ? word.dropFirst(Articles.prefix.count) : word
        }
        if words.count > 1, words[0] == Articles.leadingWord { words.removeFirst() }
        return words.joined(separator: " ")
    }

    /// What ``dropArticles(_:)`` drops, as data the HTML view's search applies too.
    package enum Articles {
        /// The Arabic article, dropped from the front of a word…
        package static let prefix = "ال"
        /// …of at least this many characters (so الف stays).
        package static let shortestWord = 4
        /// The English article, dropped as a name's first word.
        package static let leadingWord = "the"
    }

    /// Every normalized name and its entities, and the same keys with articles dropped
    /// (only those that change): what the HTML view's search looks names up in.
    package var nameKeys: (exact: [String: [Int32]], bare: [String: [Int32]]) { (exact, bare) }

    /// The gazetteer shipped with the extractor, loaded on first use.
    private static let gazetteer: Gazetteer? = try? Gazetteer.builtIn()

    /// The gazetteer's names of the given ids, as keys (`isis`, `داعش` for the Islamic State):
    /// the names ``resolve(_:)`` finds through the gazetteer, for the HTML view.
    package static func gazetteerNameKeys(naming ids: Set<String>) -> [String: [String]] {
        gazetteer?.phraseKeys(naming: ids) ?? [:]
    }

    /// The extractor's ids for a known entity's name in any form (see ``Gazetteer/entityIDs(named:)``).
    public static func gazetteerIDs(_ name: String) -> [String] {
        gazetteer?.entityIDs(named: name) ?? []
    }

    /// Tries, in order: the exact node id; the normalized name; the name without articles;
    /// another name of a known entity (the gazetteer's); names holding all its words.
    /// Suggestions come from edit distance on normalized names.
    ///
    /// - Complexity: O(length of name) when it matches; otherwise a scan of all names for
    ///   partial matches and suggestions, O(names × length²) at worst.
    public func resolve(_ name: String) -> Resolution {
        if let v = graph.index.node(id: name) { return .found(v) }
        let k = key(name)
        let b = Self.dropArticles(k)
        let withoutArticles = Array(Set((bare[b] ?? []) + (exact[b] ?? []))).sorted()
        for found in [exact[k] ?? [], withoutArticles] where !found.isEmpty {
            return found.count == 1 ? .found(found[0]) : .ambiguous(found)
        }
        let known = Set(knownIDs(name).compactMap { graph.index.node(id: $0) }).sorted()
        if !known.isEmpty { return known.count == 1 ? .found(known[0]) : .ambiguous(known) }
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
        for map in [exact, bare] {
            for (name, nodes) in map where wanted.isSubset(of: Self.dropArticles(name).split(separator: " ")) {
                found.formUnion(nodes)
            }
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
