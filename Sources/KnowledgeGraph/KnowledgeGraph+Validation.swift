/// The model's rules for a valid graph, in one place: every reader checks what it reads and
/// every writer what it writes through these, so kg reads whatever kg writes.
extension KnowledgeGraph {
    /// The rule for one edge: it joins two distinct nodes that the graph has.
    /// Loaders that keep no model (the fast JSON and TSV readers) call this with their own lookup.
    public static func checkEdge(
        source: String, type: String, target: String, hasNode: (String) -> Bool
    ) throws(KnowledgeGraphError) {
        for end in [source, target] where !hasNode(end) {
            throw KnowledgeGraphError(
                .danglingEdge, "edge \(source) -\(type)-> \(target) names node '\(end)', which the graph does not have")
        }
        if source == target {
            throw KnowledgeGraphError(.selfLoop, "edge \(source) -\(type)-> \(target) joins a node to itself")
        }
    }

    /// The graph made valid by the one rule for an edge the graph cannot hold as it is:
    /// a missing end node is taken from `known` (an entity catalogue such as the gazetteer);
    /// an edge whose end `known` lacks too, or that joins a node to itself, is dropped.
    /// The result always passes ``validate()``.
    /// - Complexity: O(n + m) when the graph is valid already, else O((n + m) log(n + m)).
    public func completed(from known: (String) -> Node?) -> KnowledgeGraph {
        if (try? validate()) != nil { return self }
        var graph = KnowledgeGraph(nodes: nodes, edges: [])
        for edge in edges where edge.source != edge.target {
            for end in [edge.source, edge.target] where !graph.contains(nodeID: end) {
                if let node = known(end), node.id == end { graph.add(node) }
            }
            if graph.contains(nodeID: edge.source), graph.contains(nodeID: edge.target) { graph.add(edge) }
        }
        return graph
    }
}
