import ArgumentParser
import Foundation
import GraphQuery
import KnowledgeGraph

struct PathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "How is A connected to B? Paths between two entities, explained hop by hop with evidence.",
        discussion: """
            Names may be English or Arabic, in any case, with or without ال or
            diacritics, an alias, a Wikidata id or a node id. An ambiguous name
            lists the candidates; an unknown one suggests the nearest names.
            With no path within --max-hops, kg says so and exits 1.

            Examples:
              kg path "المملكة المتحدة" Libya --graph graph.json
              kg path ISIS Sandhurst --graph graph.json --k 3
              kg path UK Libya --graph graph.json --all --max-hops 3
              kg path UK Libya --graph graph.json --direction follow \\
                --relations cooperation,training --min-evidence 2
              kg path UK Libya --graph graph.json --json
              kg path UK Libya --graph graph.json -o path.svg   # drawn
              kg path UK Libya --graph graph.json -o path.html  # the HTML view of the answer
              kg path 17 4242 --graph bench-data/medium   # TSV folder
              kg path UK Libya --graph a.ar.txt --graph b.en.txt
            """)

    @Argument(help: "Where the path starts.")
    var from: String

    @Argument(help: "Where the path ends.")
    var to: String

    @Option(help: "How many shortest simple paths (Yen's algorithm).")
    var k = 1

    @Flag(help: "Every simple path within --max-hops (up to --limit), instead of the shortest.")
    var all = false

    @Option(name: .customLong("max-hops"), help: "Longest path to consider, in edges.")
    var maxHops = 6

    @Option(help: "With --all, the most paths to list (shortest first). As text they are printed as found; for --json or a drawing at most \(PathCommand.heldBytes >> 20) MB of paths are held.")
    var limit = 20

    @Option(help: "In a drawing, how many neighbouring entities to show faded around the paths.")
    var context = 10

    @OptionGroup var query: QueryOptions

    func validate() throws {
        if k < 1 { throw ValidationError("--k must be 1 or more") }
        if maxHops < 1 { throw ValidationError("--max-hops must be 1 or more") }
        if limit < 1 { throw ValidationError("--limit must be 1 or more") }
        if context < 0 { throw ValidationError("--context must be 0 or more") }
    }

    func run() throws {
        let session = try QuerySession(query)
        let ends = try session.resolve([from, to])
        let (a, b) = (ends[0], ends[1])
        guard a != b else { throw CommandFailure("\"\(from)\" and \"\(to)\" are the same entity: \(session.describe(a))") }
        let finder = session.finder(keeping: ends)
        if all, !query.json, query.output == nil {
            return try streamAll(session, finder, from: a, to: b)
        }
        let paths: [[Int32]] = if all {
            collectAll(finder, from: a, to: b)
        } else {
            finder.shortestPaths(from: a, to: b, k: k, maxHops: maxHops)
        }
        guard !paths.isEmpty else { throw noPath(session, a, b) }
        let explanations = paths.map { PathExplanation(path: $0, in: session.graph, filter: session.filter) }
        if query.output != "-" {
            if query.json {
                try session.printJSON(PathsAnswer(
                    from: .init(node: a, in: session.index), to: .init(node: b, in: session.index),
                    maxHops: maxHops, paths: explanations))
            } else {
                try StandardOutput.print(ExplanationText.render(explanations), terminator: "")
            }
        }
        let core = Array(Set(paths.joined())).sorted()
        let nodes = core + session.context(around: core, finder: finder, limit: context)
        let part = Subgraph.induced(by: Set(nodes), index: session.index, filter: session.filter)
        try session.draw(
            nodes: part.nodes, edges: part.edges, highlightNodes: Set(core),
            highlightEdges: session.graph.edgeKeys(along: paths, filter: session.filter))
    }
}

/// `kg path --json` output.
struct PathsAnswer: Encodable {
    var from: PathExplanation.Entity
    var to: PathExplanation.Entity
    var maxHops: Int
    var paths: [PathExplanation]
}
