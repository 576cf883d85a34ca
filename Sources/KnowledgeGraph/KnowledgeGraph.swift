/// A typed knowledge graph: entities as nodes, relations as edges, each with evidence.
///
/// Adding a node or edge that is already present merges the two records,
/// so graphs from many documents unite by id.
public struct KnowledgeGraph: Sendable, Equatable {
    private var nodeStore: [Node] = []
    private var edgeStore: [Edge] = []
    private var nodeIndex: [String: Int] = [:]
    private var edgeIndex: [Edge.Key: Int] = [:]

    public init() {}

    public init(nodes: [Node], edges: [Edge]) {
        for node in nodes { add(node) }
        for edge in edges { add(edge) }
    }

    /// The nodes, sorted by id.
    public var nodes: [Node] { nodeStore.sorted { $0.id < $1.id } }
    /// The edges, sorted by source, type and target.
    public var edges: [Edge] { edgeStore.sorted { $0.key < $1.key } }
    public var nodeCount: Int { nodeStore.count }
    public var edgeCount: Int { edgeStore.count }

    /// - Complexity: O(1) on average.
    public func node(id: String) -> Node? {
        nodeIndex[id].map { nodeStore[$0] }
    }

    /// - Complexity: O(1) on average.
    public func edge(_ key: Edge.Key) -> Edge? {
        edgeIndex[key].map { edgeStore[$0] }
    }

    /// Adds a node, or merges it into the node with the same id.
    public mutating func add(_ node: Node) {
        if let i = nodeIndex[node.id] {
            nodeStore[i] = nodeStore[i].merged(with: node)
        } else {
            nodeIndex[node.id] = nodeStore.count
            nodeStore.append(node)
        }
    }

    /// Adds an edge, or merges its evidence into the edge with the same key.
    /// The caller keeps endpoints valid; ``validate()`` checks them.
    public mutating func add(_ edge: Edge) {
        if let i = edgeIndex[edge.key] {
            edgeStore[i] = edgeStore[i].merged(with: edge)
        } else {
            edgeIndex[edge.key] = edgeStore.count
            edgeStore.append(edge)
        }
    }

    /// Unites another graph into this one: nodes by id, edges by key,
    /// accumulating aliases, mentions and evidence.
    public mutating func merge(_ other: KnowledgeGraph) {
        for node in other.nodeStore { add(node) }
        for edge in other.edgeStore { add(edge) }
    }

    public func merging(_ other: KnowledgeGraph) -> KnowledgeGraph {
        var copy = self
        copy.merge(other)
        return copy
    }

    /// Checks that every edge joins two distinct nodes that exist.
    public func validate() throws(KnowledgeGraphError) {
        for edge in edges {
            for end in [edge.source, edge.target] where nodeIndex[end] == nil {
                throw KnowledgeGraphError(
                    .danglingEdge,
                    "edge \(edge.source) -\(edge.type.rawValue)-> \(edge.target) names node '\(end)', which the graph does not have")
            }
            if edge.source == edge.target {
                throw KnowledgeGraphError(
                    .selfLoop, "edge \(edge.source) -\(edge.type.rawValue)-> \(edge.target) joins a node to itself")
            }
        }
    }

    public static func == (a: KnowledgeGraph, b: KnowledgeGraph) -> Bool {
        a.nodes == b.nodes && a.edges == b.edges
    }
}
