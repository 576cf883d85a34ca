import ArgumentParser
import Foundation
import GraphQuery
import KnowledgeGraph

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn an edge list (nodes.tsv, edges.tsv) into a JSON graph.",
        discussion: """
            nodes.tsv holds id<TAB>type<TAB>label lines and edges.tsv
            source<TAB>type<TAB>target lines; a first line naming the columns
            is skipped. Types are the model's node types (country place
            organization group person event) and relation types. Query
            commands also read such a folder directly: --graph FOLDER.

            Example:
              kg import nodes.tsv edges.tsv -o graph.json
            """)

    @Argument(help: "The nodes file.")
    var nodes: String

    @Argument(help: "The edges file.")
    var edges: String

    @Option(name: .shortAndLong, help: "The JSON graph to write, or - for stdout.")
    var output: String

    func run() throws {
        let index: GraphIndex
        do {
            index = try TSVGraphLoader.load(nodes: nodes, edges: edges)
        } catch {
            throw CommandFailure(error.message)
        }
        // The JSON is written as it is made, a megabyte at a time: a million-node graph is
        // never held as a model or as one buffer.
        try CommandIO.streamJSON(to: output) { (stream) throws(KnowledgeGraphError) in try index.writeJSON(&stream) }
    }
}
