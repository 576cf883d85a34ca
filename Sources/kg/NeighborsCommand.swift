import ArgumentParser
import Foundation
import GraphQuery
import KnowledgeGraph

struct NeighborsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "neighbors",
        abstract: "The entities within N hops of one entity, nearest first.",
        discussion: """
            Entities are listed by distance, then in the order found. With
            --direction follow, only edges leaving the entity (and symmetric
            ones) are walked.

            Examples:
              kg neighbors "المملكة المتحدة" --graph graph.json
              kg neighbors Libya --graph graph.json --hops 2 \\
                --node-types country,organization
              kg neighbors Q145 --graph graph.json --json
              kg neighbors UK --graph graph.json --hops 2 -o uk.svg
            """)

    @Argument(help: "The entity.")
    var entity: String

    @Option(help: "How many hops out.")
    var hops = 1

    @Option(help: "The most entities to list or draw (nearest first).")
    var limit = 100

    @OptionGroup var query: QueryOptions

    func validate() throws {
        if hops < 1 { throw ValidationError("--hops must be 1 or more") }
        if limit < 1 { throw ValidationError("--limit must be 1 or more") }
    }

    func run() throws {
        let session = try QuerySession(query)
        let source = try session.resolve([entity])[0]
        let finder = session.finder(keeping: [source])
        let found = finder.neighborhood(of: source, hops: hops)
        let shown = Array(found.nodes.prefix(limit + 1))
        let index = session.index
        if query.output != "-" {
            if query.json {
                try session.printJSON(NeighborsAnswer(
                    entity: .init(node: source, in: index), hops: hops, total: found.nodes.count - 1,
                    neighbors: shown.indices.dropFirst().map {
                        .init(entity: .init(node: shown[$0], in: index), distance: found.distance(ofNodeAt: $0))
                    }))
            } else {
                try StandardOutput.print("\(session.describe(source)): \(found.nodes.count - 1) entities within \(hops) hop\(hops == 1 ? "" : "s")")
                for i in shown.indices.dropFirst() {
                    let distance = found.distance(ofNodeAt: i)
                    var line = "  \(distance)  \(session.describe(shown[i]))"
                    if distance == 1 {
                        // How the entity itself is joined to each direct neighbour.
                        let hop = PathExplanation(path: [source, shown[i]], in: session.graph, filter: session.filter).hops[0]
                        line += "  " + hop.links.map(ExplanationText.arrow).joined(separator: " ")
                    }
                    try StandardOutput.print(line)
                }
                if found.nodes.count > shown.count { try StandardOutput.print("  … and \(found.nodes.count - shown.count) more (--limit)") }
            }
        }
        let part = Subgraph.induced(by: Set(shown), index: index, filter: session.filter)
        let direct = part.edges.filter { e in
            let (s, _, t) = index.edge(e)
            return s == source || t == source
        }
        let keys = Set(direct.map { e in
            let (s, type, t) = index.edge(e)
            return Edge(source: index.id(of: s), type: type, target: index.id(of: t)).key
        })
        try session.draw(nodes: part.nodes, edges: part.edges, highlightNodes: [source], highlightEdges: keys)
    }
}

/// `kg neighbors --json` output.
struct NeighborsAnswer: Encodable {
    struct Neighbor: Encodable {
        var entity: PathExplanation.Entity
        var distance: Int
    }
    var entity: PathExplanation.Entity
    var hops: Int
    /// All entities within the hops, even those past the limit.
    var total: Int
    var neighbors: [Neighbor]
}
