import ArgumentParser
import GraphExport
import KnowledgeGraph

extension ExportFormat: ExpressibleByArgument {}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a graph as JSON, GraphML or DOT for other tools.",
        discussion: """
            json     the tool's own schema, lossless; re-reads with every kg command
            graphml  loads in NetworkX (networkx.read_graphml), Gephi and yEd; lists such
                     as aliases and evidence are JSON strings in attributes
            dot      written by Graphviz itself; `dot -Tsvg` reads it back

            Examples:
              kg export graph.json -f graphml -o graph.graphml
              kg export graph.json -o graph.dot                 # format from the extension
              python3 -c "import networkx as nx; print(nx.read_graphml('graph.graphml'))"
            """
    )

    @Argument(help: "The graph: a JSON file, - for standard input, or a folder with nodes.tsv and edges.tsv.")
    var graph: String

    @Option(name: .shortAndLong, help: "Output format: json, graphml or dot. Default: from the output's extension.")
    var format: ExportFormat?

    @Option(name: .shortAndLong, help: "Output file, or - for stdout.")
    var output: String

    func validate() throws {
        if format == nil, (CommandIO.format(fromExtensionOf: output) as ExportFormat?) == nil {
            throw ValidationError("cannot tell the format from '\(output)'; pass -f json|graphml|dot")
        }
    }

    func run() throws {
        let format = self.format ?? CommandIO.format(fromExtensionOf: output)!
        let graph = try CommandIO.readGraph(self.graph)
        do {
            try CommandIO.write(try GraphExporter.export(graph, as: format), to: output)
        } catch let error as GraphExportError {
            throw CommandFailure(error)
        }
    }
}
