import GraphQuery
import KnowledgeGraph
import Testing

/// Shortest paths, k shortest paths and simple paths on ``TestGraphs/cycle``, against
/// answers worked out by hand from its drawing.
struct PathTests {
    let graph = TestGraphs.cycle

    func finder(_ filter: QueryFilter, keeping: [Int32] = []) -> PathFinder {
        PathFinder(view: AdjacencyView(graph.index, filter: filter, keeping: keeping))
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var from: String
        var to: String
        var filter = QueryFilter()
        var maxHops = Int.max
        /// The expected path as ids, or nil for no path.
        var expected: String?
        var testDescription: String { "\(from)→\(to) \(filter.direction) → \(expected ?? "none")" }
    }

    static let shortest: [Case] = [
        Case(from: "a", to: "d", expected: "a d"),                                    // d→a walked backwards
        Case(from: "d", to: "a", filter: QueryFilter(direction: .follow), expected: "d a"),
        Case(from: "a", to: "f", filter: QueryFilter(direction: .follow), expected: "a e f"),  // a—d—f only in any
        Case(from: "f", to: "a", filter: QueryFilter(direction: .follow), expected: "f d a"),
        Case(from: "e", to: "a", filter: QueryFilter(direction: .follow), expected: "e a"),  // symmetric talks
        Case(from: "c", to: "b", filter: QueryFilter(direction: .follow), expected: "c d a b"), // around the cycle
        Case(from: "a", to: "f", filter: QueryFilter(direction: .follow), maxHops: 1, expected: nil),
        Case(from: "a", to: "f", filter: QueryFilter(direction: .follow), maxHops: 2, expected: "a e f"),
        Case(from: "a", to: "g", expected: nil),                                      // g is isolated
        Case(from: "b", to: "e", filter: QueryFilter(relations: [.funding, .support, .leads]), expected: nil),
        Case(from: "b", to: "e", filter: QueryFilter(relations: [.funding, .talks]), expected: "b a e"),
        Case(from: "a", to: "d", filter: QueryFilter(minEvidence: 2), expected: "a b c d"),
        Case(from: "a", to: "d", filter: QueryFilter(relations: [.talks, .operatesIn, .locatedIn]), expected: "a e f d"),
        // Without opposes, d is 3 hops away either way; only a group and a place may be passed.
        Case(from: "a", to: "d", filter: QueryFilter(relations: [.funding, .support, .leads, .talks, .operatesIn, .locatedIn], nodeTypes: [.group, .place]),
             expected: "a e f d"),
        Case(from: "a", to: "d", filter: QueryFilter(relations: [.funding, .support, .leads, .talks, .operatesIn, .locatedIn], nodeTypes: [.organization]),
             expected: nil),
    ]

    @Test(arguments: shortest)
    func shortestPath(_ c: Case) {
        let ends = TestGraphs.nodes(graph, "\(c.from) \(c.to)")
        let path = finder(c.filter, keeping: ends).shortestPath(from: ends[0], to: ends[1], maxHops: c.maxHops)
        #expect(path.map { TestGraphs.ids(graph, $0) } == c.expected)
    }

    @Test(arguments: [
        (DirectionMode.any, 3, ["a d", "a b c d", "a e f d"]),
        (.follow, 3, ["a b c d", "a e f d"]),   // only two directed routes exist
        (.follow, 1, ["a b c d"]),              // the two searches meet on b→c first
        (.any, 2, ["a d", "a b c d"]),
    ])
    func kShortest(direction: DirectionMode, k: Int, expected: [String]) {
        let ends = TestGraphs.nodes(graph, "a d")
        let paths = finder(QueryFilter(direction: direction)).shortestPaths(from: ends[0], to: ends[1], k: k)
        #expect(paths.map { TestGraphs.ids(graph, $0) } == expected)
    }

    @Test(arguments: [
        ("a d", DirectionMode.any, 3, ["a d", "a b c d", "a e f d"]),
        ("a d", .any, 2, ["a d"]),
        ("a d", .follow, 3, ["a b c d", "a e f d"]),
        // The parallel b→c edges make one path, not two.
        ("b c", .any, 4, ["b c", "b a d c"]),
        ("b c", .any, 5, ["b c", "b a d c", "b a e f d c"]),
        ("c a", .follow, 2, ["c d a"]),
        ("a g", .any, 6, []),
    ])
    func simplePaths(ends: String, direction: DirectionMode, maxHops: Int, expected: [String]) {
        let e = TestGraphs.nodes(graph, ends)
        let paths = finder(QueryFilter(direction: direction)).simplePaths(from: e[0], to: e[1], maxHops: maxHops, limit: 100)
        #expect(paths.map { TestGraphs.ids(graph, $0) } == expected)
    }

    @Test func noHopLimitMeansEverySimplePath() {
        let e = TestGraphs.nodes(graph, "b c")
        let paths = finder(QueryFilter()).simplePaths(from: e[0], to: e[1], maxHops: Int.max, limit: 100)
        #expect(paths.map { TestGraphs.ids(graph, $0) } == ["b c", "b a d c", "b a e f d c"])
    }

    @Test func simplePathsCapKeepsTheShortest() {
        let e = TestGraphs.nodes(graph, "b c")
        let paths = finder(QueryFilter()).simplePaths(from: e[0], to: e[1], maxHops: 5, limit: 2)
        #expect(paths.map { TestGraphs.ids(graph, $0) } == ["b c", "b a d c"])
    }

    @Test func searchesReuseScratchWithoutLeaks() {
        // The same finder answers a long query, then a short one, then the first again.
        let f = finder(QueryFilter(direction: .follow))
        let n = TestGraphs.nodes(graph, "c b a")
        let first = f.shortestPath(from: n[0], to: n[1])
        #expect(f.shortestPath(from: n[2], to: n[1]).map { TestGraphs.ids(graph, $0) } == "a b")
        #expect(f.shortestPath(from: n[0], to: n[1]) == first)
    }
}
