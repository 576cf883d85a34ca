/// The kind of entity a node stands for.
public enum NodeType: String, Codable, CaseIterable, Sendable, Comparable {
    case country, place, organization, group, person, event

    public static func < (a: NodeType, b: NodeType) -> Bool { a.rawValue < b.rawValue }
}

/// The fixed core vocabulary of relations between entities.
///
/// Symmetric relations (`partnership cooperation talks agreement`) have no direction:
/// the graph stores them with the smaller node id as source.
public enum RelationType: String, Codable, CaseIterable, Sendable, Comparable {
    case partnership, cooperation, talks, agreement
    case training, funding, support, opposes
    case memberOf = "member_of"
    case leads
    case affiliatedWith = "affiliated_with"
    case operatesIn = "operates_in"
    case locatedIn = "located_in"

    /// Whether `A rel B` says the same as `B rel A`.
    public var isSymmetric: Bool {
        switch self {
        case .partnership, .cooperation, .talks, .agreement: true
        default: false
        }
    }

    public static func < (a: RelationType, b: RelationType) -> Bool { a.rawValue < b.rawValue }
}
