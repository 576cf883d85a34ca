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
    private let knownIDs: @Sendable (String) -> [String]
    private let names: NameIndexFuture

    /// Resolves names through the graph's name index (built while the graph loaded).
    ///
    /// Names are keyed by the extractor's own normalizer, so a name resolves exactly as the
    /// extractor would have matched it in text.
    /// `knownIDs` names the ids a name stands for beyond the graph's own names; by default
    /// the extractor's gazetteer, so `ISIS` finds the node extracted from `داعش`.
    public init(
        graph: QueryGraph,
        knownIDs: @escaping @Sendable (String) -> [String] = EntityResolver.gazetteerIDs
    ) {
        self.graph = graph
        self.knownIDs = knownIDs
        names = graph.names
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
    package var nameKeys: (exact: [String: [Int32]], bare: [String: [Int32]]) { names.keys.dictionaries }

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
    /// - Complexity: O(length of name) when it matches; otherwise the keys holding the
    ///   name's rarest word, then the keys sharing enough of its trigrams (see ``TrigramIndex``).
    public func resolve(_ name: String) -> Resolution {
        if let v = graph.index.node(id: name) { return .found(v) }
        let k = TextNormalizer.key(name)
        let b = Self.dropArticles(k)
        let keys = names.keys
        let withoutArticles = Array(Set(keys.nodes(bare: b) + keys.nodes(exact: b))).sorted()
        for found in [keys.nodes(exact: k), withoutArticles] where !found.isEmpty {
            return found.count == 1 ? .found(found[0]) : .ambiguous(found)
        }
        let known = Set(knownIDs(name).compactMap { graph.index.node(id: $0) }).sorted()
        if !known.isEmpty { return known.count == 1 ? .found(known[0]) : .ambiguous(known) }
        let search = names.search
        let partial = search.nodes(containingWords: b)
        if !partial.isEmpty { return partial.count == 1 ? .found(partial[0]) : .ambiguous(partial) }
        return .unknown(suggestions: search.suggestions(for: k))
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
}
