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
        self.aliases = Array(Set(aliases)).sorted()
        self.wikidata = wikidata
        self.mentions = Array(Set(mentions)).sorted()
    }
}
