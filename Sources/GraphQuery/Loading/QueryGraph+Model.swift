import KnowledgeGraph

extension QueryGraph {
    /// The part of the graph on the given nodes and edges, as a model graph (for drawing or
    /// writing). Edge-list graphs get nodes with their label as the English or Arabic name,
    /// and edges without evidence.
    ///
    /// - Complexity: O(nodes + edges given).
    /// - Throws: for a JSON graph, a record whose fields the model refuses.
    public func model(nodes: [Int32], edges: [Int32]) throws(GraphQueryError) -> KnowledgeGraph {
        var graph = KnowledgeGraph()
        switch records {
        case .model(let all, let allEdges):
            for v in nodes { graph.add(all[Int(v)]) }
            for e in edges { graph.add(allEdges[Int(e)]) }
            return graph
        case .json(let json):
            // An edge's record validates only beside its two nodes.
            var withEnds = Set(nodes)
            for e in edges {
                let (s, _, t) = index.edge(e)
                withEnds.insert(s)
                withEnds.insert(t)
            }
            return try json.decode(nodes: withEnds.sorted(), edges: edges)
        case .none:
            break
        }
        for v in nodes { graph.add(index.edgeListNode(v)) }
        for e in edges {
            let (s, type, t) = index.edge(e)
            graph.add(Edge(source: index.id(of: s), type: type, target: index.id(of: t)))
        }
        return graph
    }

    /// The whole graph as a model graph.
    public func model() throws(GraphQueryError) -> KnowledgeGraph {
        try model(nodes: (0..<Int32(index.nodeCount)).map { $0 }, edges: (0..<Int32(index.edgeCount)).map { $0 })
    }

    /// The edge keys along paths under `filter`, for highlighting a drawing.
    public func edgeKeys(along paths: [[Int32]], filter: QueryFilter) -> Set<Edge.Key> {
        var keys = Set<Edge.Key>()
        for path in paths {
            for (a, b) in zip(path, path.dropFirst()) {
                for e in index.edges(from: a, to: b, filter: filter) {
                    let (s, type, t) = index.edge(e)
                    keys.insert(Edge(source: index.id(of: s), type: type, target: index.id(of: t)).key)
                }
            }
        }
        return keys
    }
}
