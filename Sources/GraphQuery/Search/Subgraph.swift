/// A part of the graph around some entities: the nodes, the edges among them, and the
/// paths that brought the nodes in.
public struct Subgraph: Sendable, Equatable {
    /// Node numbers, sorted.
    public var nodes: [Int32]
    /// Edge numbers of the index, sorted.
    public var edges: [Int32]
    /// The paths found between the entities (node numbers), in pair order.
    public var paths: [[Int32]]

    public init(nodes: [Int32], edges: [Int32], paths: [[Int32]]) {
        self.nodes = nodes
        self.edges = edges
        self.paths = paths
    }

    /// The entities, a shortest path (within `maxHops`) between every pair of them, and all
    /// edges the filter allows among the nodes so gathered.
    ///
    /// - Complexity: O(e² · S) for e entities, S the cost of one shortest-path search, plus
    ///   the degrees of the gathered nodes.
    public static func connecting(
        _ entities: [Int32], index: GraphIndex, finder: PathFinder, filter: QueryFilter, maxHops: Int
    ) -> Subgraph {
        var nodes = Set(entities)
        var paths: [[Int32]] = []
        for (i, a) in entities.enumerated() {
            for b in entities[(i + 1)...] where a != b {
                let path = finder.shortestPath(from: a, to: b, maxHops: maxHops)
                    ?? finder.shortestPath(from: b, to: a, maxHops: maxHops).map { Array($0.reversed()) }
                if let path {
                    paths.append(path)
                    nodes.formUnion(path)
                }
            }
        }
        return induced(by: nodes, index: index, filter: filter, paths: paths)
    }

    /// The given nodes and every edge among them whose relation and evidence pass `filter`
    /// (in either direction: a picture shows edges whichever way they point).
    ///
    /// - Complexity: O(sum of the nodes' degrees).
    public static func induced(
        by nodes: Set<Int32>, index: GraphIndex, filter: QueryFilter, paths: [[Int32]] = []
    ) -> Subgraph {
        var anyDirection = filter
        anyDirection.direction = .any
        let relMask = anyDirection.relationMask
        var edges: [Int32] = []
        for u in nodes {
            for i in index.offsets[Int(u)]..<index.offsets[Int(u) + 1] {
                let e = index.entryEdge[i]
                // Each edge once, from its source end.
                guard index.edgeSource[Int(e)] == u, nodes.contains(index.neighbors[i]) else { continue }
                if index.allows(entry: i, relationMask: relMask, filter: anyDirection, forward: true) {
                    edges.append(e)
                }
            }
        }
        return Subgraph(nodes: nodes.sorted(), edges: edges.sorted(), paths: paths)
    }
}
