import KnowledgeGraph

/// A known entity: a country, place, organization or group.
struct GazetteerEntry: Sendable {
    var id: String
    var type: NodeType
    var english: String?
    var arabic: String?
    var wikidata: String?
    /// For a place, the country it lies in; for an organization, the country it belongs to.
    var country: String?
    /// The ISO code of a country.
    var iso: String?
}

/// How a phrase in the gazetteer names its entity.
struct GazetteerMatch: Sendable, Equatable {
    enum Form: Sendable { case name, adjective }
    /// Index into ``Gazetteer/entries``.
    var entry: Int
    /// `adjective` for a nisba or demonym (البريطانية, British), which names the country indirectly.
    var form: Form
    /// Acronyms such as US or IS match only when written in capitals.
    var caseSensitive: Bool
}
