import Foundation
import GraphQuery
import KnowledgeGraph

/// Small graphs whose answers are worked out by hand in the tests.
enum TestGraphs {
    /// A directed cycle a→b→c→d→a with a detour a—e→f→d and an isolated g:
    ///
    ///     a -funding-> b -support-> c -leads-> d -opposes-> a
    ///                    b -funding-> c   (a parallel edge)
    ///     a -talks- e (symmetric) ; e -operates_in-> f ; f -located_in-> d
    ///
    /// Edges on the cycle a→b→c→d carry two evidence sentences, the others one or none.
    static let cycle: QueryGraph = {
        func node(_ id: String, _ type: NodeType) -> Node { Node(id: id, label: id.uppercased(), type: type) }
        func evidence(_ n: Int) -> [Evidence] {
            (0..<n).map { Evidence(document: "doc", sentence: $0, start: $0 * 10, end: $0 * 10 + 9, text: "sentence \($0)") }
        }
        let nodes = [
            node("a", .country), node("b", .organization), node("c", .person), node("d", .country),
            node("e", .group), node("f", .place), node("g", .country),
        ]
        let edges = [
            Edge(source: "a", type: .funding, target: "b", evidence: evidence(2)),
            Edge(source: "b", type: .support, target: "c", evidence: evidence(2)),
            Edge(source: "b", type: .funding, target: "c", evidence: evidence(1)),
            Edge(source: "c", type: .leads, target: "d", evidence: evidence(2)),
            Edge(source: "d", type: .opposes, target: "a", evidence: evidence(1)),
            Edge(source: "e", type: .talks, target: "a", evidence: evidence(1)),
            Edge(source: "e", type: .operatesIn, target: "f", evidence: evidence(1)),
            Edge(source: "f", type: .locatedIn, target: "d"),
        ]
        return try! QueryGraph(KnowledgeGraph(nodes: nodes, edges: edges))
    }()

    static func fixtureURL(_ name: String) -> URL {
        Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil)!
    }

    /// A small graph in the spirit of the seed article, in our own words:
    /// United Kingdom —cooperation— Libya; UK and Egypt oppose Islamic State; Sandhurst is
    /// located in the UK and trains Libyan cadets; two different people named Ahmed Saleh.
    static let seedLike: QueryGraph = {
        try! QueryGraph.load(fixtureURL("seed-like.json").path)
    }()

    static func nodes(_ graph: QueryGraph, _ ids: String) -> [Int32] {
        ids.split(separator: " ").map { graph.index.node(id: String($0))! }
    }

    static func ids(_ graph: QueryGraph, _ path: [Int32]) -> String {
        path.map { graph.index.id(of: $0) }.joined(separator: " ")
    }
}
