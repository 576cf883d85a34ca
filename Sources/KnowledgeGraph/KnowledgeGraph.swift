/// A typed knowledge graph: entities as nodes, relations as edges, each with evidence.
///
/// Adding a node or edge that is already present merges the two records,
/// so graphs from many documents unite by id.
///
/// Merging appends what is new and sorts only when the graph is read, so adding the
/// same edge n times costs O(n), not O(n² log n): one sentence repeated across a
/// long text would otherwise stall extraction.
public struct KnowledgeGraph: Sendable, Equatable {
    // Stored records keep their lists unsorted; the seen-sets, parallel to the stores,
    // drop repeats as they come.
    private var nodeStore: [Node] = []
    private var edgeStore: [Edge] = []
    private var nodeIndex: [String: Int] = [:]
    private var edgeIndex: [Edge.Key: Int] = [:]
    /// What a node or edge already holds, made the first time another is merged into it (most never are).
    private var aliasesSeen: [Set<String>?] = []
    private var mentionsSeen: [Set<Mention>?] = []
    private var evidenceSeen: [Set<Evidence>?] = []

    public init() {}

    public init(nodes: [Node], edges: [Edge]) {
        for node in nodes { add(node) }
        for edge in edges { add(edge) }
    }

    /// The nodes, sorted by id, each with sorted aliases and mentions.
    public var nodes: [Node] { nodeStore.map(Self.sorted).sorted { $0.id < $1.id } }
    /// The edges, sorted by source, type and target, each with sorted evidence.
    public var edges: [Edge] { edgeStore.map(Self.sorted).sorted { $0.key < $1.key } }
    public var nodeCount: Int { nodeStore.count }
    public var edgeCount: Int { edgeStore.count }

    /// Whether the graph has a node with this id.
    /// - Complexity: O(1) on average.
    public func contains(nodeID id: String) -> Bool { nodeIndex[id] != nil }

    /// - Complexity: O(1) on average.
    /// - Complexity: O(1) on average, plus sorting the node's aliases and mentions.
    public func node(id: String) -> Node? {
        nodeIndex[id].map { Self.sorted(nodeStore[$0]) }
    }

    /// - Complexity: O(1) on average, plus sorting the edge's evidence.
    public func edge(_ key: Edge.Key) -> Edge? {
        edgeIndex[key].map { Self.sorted(edgeStore[$0]) }
    }

    /// Adds a node, or merges it into the node with the same id: the first record's
    /// label, type and names win where both have one.
    /// - Complexity: O(size of `node`) on average.
    public mutating func add(_ node: Node) {
        guard let i = nodeIndex[node.id] else {
            nodeIndex[node.id] = nodeStore.count
            nodeStore.append(node)
            aliasesSeen.append(nil)
            mentionsSeen.append(nil)
            return
        }
        nodeStore[i].names.en = nodeStore[i].names.en ?? node.names.en
        nodeStore[i].names.ar = nodeStore[i].names.ar ?? node.names.ar
        nodeStore[i].wikidata = nodeStore[i].wikidata ?? node.wikidata
        if aliasesSeen[i] == nil { aliasesSeen[i] = Set(nodeStore[i].aliases) }
        if mentionsSeen[i] == nil { mentionsSeen[i] = Set(nodeStore[i].mentions) }
        for alias in node.aliases where aliasesSeen[i]!.insert(alias).inserted {
            nodeStore[i].aliases.append(alias)
        }
        for mention in node.mentions where mentionsSeen[i]!.insert(mention).inserted {
            nodeStore[i].mentions.append(mention)
        }
    }

    /// Adds an edge, or merges its evidence into the edge with the same key; attributes
    /// already set stay, gaps are filled. The caller keeps endpoints valid; ``validate()`` checks them.
    /// - Complexity: O(size of `edge`) on average.
    public mutating func add(_ edge: Edge) {
        guard let i = edgeIndex[edge.key] else {
            edgeIndex[edge.key] = edgeStore.count
            edgeStore.append(edge)
            evidenceSeen.append(nil)
            return
        }
        edgeStore[i].attributes = edgeStore[i].attributes.filling(from: edge.attributes)
        if evidenceSeen[i] == nil { evidenceSeen[i] = Set(edgeStore[i].evidence) }
        for evidence in edge.evidence where evidenceSeen[i]!.insert(evidence).inserted {
            edgeStore[i].evidence.append(evidence)
        }
    }

    private static func sorted(_ node: Node) -> Node {
        var node = node
        node.aliases.sort()
        node.mentions.sort()
        return node
    }

    private static func sorted(_ edge: Edge) -> Edge {
        var edge = edge
        edge.evidence.sort()
        return edge
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

    /// Checks that every edge joins two distinct nodes that exist (``checkEdge``), in the
    /// order edges were added, so it costs no sorting.
    /// - Complexity: O(m) on average.
    public func validate() throws(KnowledgeGraphError) {
        for edge in edgeStore {
            try Self.checkEdge(
                source: edge.source, type: edge.type.rawValue, target: edge.target, hasNode: contains(nodeID:))
        }
    }

    public static func == (a: KnowledgeGraph, b: KnowledgeGraph) -> Bool {
        a.nodes == b.nodes && a.edges == b.edges
    }
}
