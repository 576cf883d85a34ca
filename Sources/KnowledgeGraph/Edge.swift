/// A typed relation between two nodes, with the evidence behind it.
public struct Edge: Codable, Hashable, Sendable {
    public var source: String
    public var type: RelationType
    public var target: String
    public var attributes: EdgeAttributes
    public var evidence: [Evidence]

    /// Symmetric relations are stored with the smaller id first, so
    /// `A talks B` and `B talks A` are one edge.
    public init(
        source: String, type: RelationType, target: String,
        attributes: EdgeAttributes = EdgeAttributes(), evidence: [Evidence] = []
    ) {
        if type.isSymmetric, target < source {
            self.source = target
            self.target = source
        } else {
            self.source = source
            self.target = target
        }
        self.type = type
        self.attributes = attributes
        self.evidence = evidence.sortedUnique()
    }

    /// What makes two edges the same edge.
    public struct Key: Hashable, Sendable, Comparable {
        public var source: String
        public var type: RelationType
        public var target: String

        public static func < (a: Key, b: Key) -> Bool {
            (a.source, a.type.rawValue, a.target) < (b.source, b.type.rawValue, b.target)
        }
    }

    public var key: Key { Key(source: source, type: type, target: target) }

    private enum CodingKeys: String, CodingKey { case source, type, target, attributes, evidence }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            source: try c.decode(String.self, forKey: .source),
            type: try c.decode(RelationType.self, forKey: .type),
            target: try c.decode(String.self, forKey: .target),
            attributes: try c.decodeIfPresent(EdgeAttributes.self, forKey: .attributes) ?? EdgeAttributes(),
            evidence: try c.decodeIfPresent([Evidence].self, forKey: .evidence) ?? []
        )
    }
}
