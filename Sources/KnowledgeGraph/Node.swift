/// Names of an entity by language.
public struct Names: Codable, Hashable, Sendable {
    public var en: String?
    public var ar: String?

    public init(en: String? = nil, ar: String? = nil) {
        self.en = en
        self.ar = ar
    }
}

/// An entity in the graph, merged across all its mentions.
public struct Node: Codable, Hashable, Sendable, Identifiable {
    /// Canonical id: a Wikidata id where known, else a slug of the English name.
    public var id: String
    /// The display name: English where known, else the first name seen.
    public var label: String
    public var type: NodeType
    public var names: Names
    /// Every surface form seen, sorted and without repeats.
    public var aliases: [String]
    public var wikidata: String?
    public var mentions: [Mention]

    public init(
        id: String, label: String, type: NodeType, names: Names = Names(),
        aliases: [String] = [], wikidata: String? = nil, mentions: [Mention] = []
    ) {
        self.id = id
        self.label = label
        self.type = type
        self.names = names
        self.aliases = aliases.sortedUnique()
        self.wikidata = wikidata
        self.mentions = mentions.sortedUnique()
    }
}

extension Array where Element: Comparable {
    /// Sorted, without repeats, for an `Element` whose `<` is a total order agreeing with `==`
    /// (what `Array(Set(self)).sorted()` gives a `Hashable` one). An array already strictly
    /// increasing, as one document's mentions in text order are, is returned as it is.
    /// - Complexity: O(n) when already strictly increasing, else O(n log n).
    package func sortedUnique() -> [Element] {
        if zip(self, dropFirst()).allSatisfy({ $0 < $1 }) { return self }
        // Sorted, equal elements are neighbours, so repeats go without hashing (hashing Arabic text
        // normalizes it first).
        var out: [Element] = []
        out.reserveCapacity(count)
        for x in sorted() where out.last != x { out.append(x) }
        return out
    }
}
