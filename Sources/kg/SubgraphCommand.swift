import ArgumentParser
import Foundation
import GraphQuery
import KnowledgeGraph

struct SubgraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "subgraph",
        abstract: "The part of the graph joining several entities: a shortest path between each pair, and the edges among them.",
        discussion: """
            The drawing highlights the named entities and the paths between
            them, and fades the other edges among the gathered entities.

            Examples:
              kg subgraph UK Libya Egypt --graph graph.json
              kg subgraph UK Libya ISIS --graph graph.json -o part.svg
              kg subgraph UK Libya --graph graph.json --json
            """)

    @Argument(help: "Two or more entities.")
    var entities: [String]

    @Option(name: .customLong("max-hops"), help: "Longest path to consider between two entities, in edges.")
    var maxHops = 4

    @OptionGroup var query: QueryOptions

    func validate() throws {
        if entities.count < 2 { throw ValidationError("name at least two entities") }
        if maxHops < 1 { throw ValidationError("--max-hops must be 1 or more") }
    }

    func run() throws {
        let session = try QuerySession(query)
        let ends = try session.resolve(entities)
        let finder = session.finder(keeping: ends)
        let part = Subgraph.connecting(
            ends, index: session.index, finder: finder, filter: session.filter, maxHops: maxHops)
        let index = session.index
        let explanations = part.paths.map { PathExplanation(path: $0, in: session.graph, filter: session.filter) }
        if query.output != "-" {
            if query.json {
                try session.printJSON(SubgraphAnswer(
                    entities: ends.map { .init(node: $0, in: index) },
                    // By id and by edge key, whichever way the graph was loaded.
                    nodes: part.nodes.map { .init(node: $0, in: index) }.sorted { $0.id < $1.id },
                    edges: part.edges.map { e in
                        let (s, type, t) = index.edge(e)
                        return .init(source: index.id(of: s), type: type.rawValue, target: index.id(of: t))
                    }.sorted { ($0.source, $0.type, $0.target) < ($1.source, $1.type, $1.target) },
                    paths: explanations))
            } else {
                try StandardOutput.print("\(part.nodes.count) entities, \(part.edges.count) edges; paths between the \(ends.count) named:")
                try StandardOutput.print(ExplanationText.render(explanations), terminator: "")
                let joined = Set(part.paths.flatMap { [$0.first!, $0.last!] })
                for v in ends where !joined.contains(v) {
                    try StandardOutput.print("no path within \(maxHops) hops joins \(session.describe(v)) to the others\(session.filterSummary)")
                }
            }
        }
        try session.draw(
            nodes: part.nodes, edges: part.edges, highlightNodes: Set(ends),
            highlightEdges: session.graph.edgeKeys(along: part.paths, filter: session.filter))
    }
}

/// `kg subgraph --json` output.
struct SubgraphAnswer: Encodable {
    struct EdgeRef: Encodable {
        var source: String
        var type: String
        var target: String
    }
    var entities: [PathExplanation.Entity]
    var nodes: [PathExplanation.Entity]
    var edges: [EdgeRef]
    var paths: [PathExplanation]
}
