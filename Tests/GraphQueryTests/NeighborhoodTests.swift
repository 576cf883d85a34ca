import GraphQuery
import KnowledgeGraph
import Testing

struct NeighborhoodTests {
    let graph = TestGraphs.cycle

    @Test(arguments: [
        ("a", DirectionMode.any, 1, [["a"], ["b", "d", "e"]]),
        ("a", .follow, 1, [["a"], ["b", "e"]]),          // d→a points in
        ("a", .any, 2, [["a"], ["b", "d", "e"], ["c", "f"]]),
        ("a", .follow, 2, [["a"], ["b", "e"], ["c", "f"]]),
        ("g", .any, 3, [["g"]]),
        ("c", .follow, 5, [["c"], ["d"], ["a"], ["b", "e"], ["f"]]),
    ])
    func levels(source: String, direction: DirectionMode, hops: Int, expected: [[String]]) {
        let s = TestGraphs.nodes(graph, source)[0]
        let finder = PathFinder(view: AdjacencyView(graph.index, filter: QueryFilter(direction: direction)))
        let found = finder.neighborhood(of: s, hops: hops)
        var levels: [[String]] = []
        for (i, v) in found.nodes.enumerated() {
            let d = found.distance(ofNodeAt: i)
            if levels.count <= d { levels.append([]) }
            levels[d].append(graph.index.id(of: v))
        }
        #expect(levels.map { $0.sorted() } == expected)
    }

    @Test func subgraphJoinsEntitiesByTheirShortestPath() {
        let e = TestGraphs.nodes(graph, "c f g")
        let finder = PathFinder(view: AdjacencyView(graph.index))
        let part = Subgraph.connecting(e, index: graph.index, finder: finder, filter: QueryFilter(), maxHops: 4)
        // c—f only through d; g joins nothing.
        #expect(part.paths.map { TestGraphs.ids(graph, $0) } == ["c d f"])
        #expect(part.nodes.map { graph.index.id(of: $0) } == ["c", "d", "f", "g"])
        let edges = part.edges.map { e -> String in
            let (s, type, t) = graph.index.edge(e)
            return "\(graph.index.id(of: s)) \(type.rawValue) \(graph.index.id(of: t))"
        }
        #expect(edges.sorted() == ["c leads d", "f located_in d"])
    }
}
