import KnowledgeGraph

/// How a query walks edges.
public enum DirectionMode: String, Sendable, CaseIterable {
    /// Directed relations only from source to target; symmetric relations both ways.
    case follow
    /// Every edge both ways.
    case any
}

/// Which edges and nodes a query may use.
public struct QueryFilter: Sendable, Hashable {
    /// Allowed relation types; `nil` allows all.
    public var relations: Set<RelationType>?
    /// Allowed node types for the nodes a path passes through; `nil` allows all.
    /// The entities a query names are always allowed.
    public var nodeTypes: Set<NodeType>?
    public var direction: DirectionMode
    /// Edges with fewer evidence sentences are skipped.
    public var minEvidence: Int

    public init(
        relations: Set<RelationType>? = nil, nodeTypes: Set<NodeType>? = nil,
        direction: DirectionMode = .any, minEvidence: Int = 0
    ) {
        self.relations = relations
        self.nodeTypes = nodeTypes
        self.direction = direction
        self.minEvidence = minEvidence
    }

    /// Bit `code` set for every allowed relation.
    var relationMask: UInt32 {
        guard let relations else { return UInt32.max }
        return relations.reduce(0) { $0 | (1 << UInt32($1.code)) }
    }

    /// Bit `code` set for every allowed node type.
    var nodeTypeMask: UInt32 {
        guard let nodeTypes else { return UInt32.max }
        return nodeTypes.reduce(0) { $0 | (1 << UInt32($1.code)) }
    }
}

/// Small integer codes for the model's enums, as stored in the index.
extension RelationType {
    static let byCode: [RelationType] = allCases
    package var code: UInt8 { UInt8(Self.byCode.firstIndex(of: self)!) }
}

extension NodeType {
    static let byCode: [NodeType] = allCases
    package var code: UInt8 { UInt8(Self.byCode.firstIndex(of: self)!) }
}
