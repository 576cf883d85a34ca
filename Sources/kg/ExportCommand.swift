import ArgumentParser
import Foundation
import GraphExport
import KnowledgeGraph

extension ExportFormat: ExpressibleByArgument {}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a graph for other tools: JSON, GraphML, DOT, GEXF, Neo4j CSV, JSON Lines or an event table.",
        discussion: """
            json     the tool's own schema, lossless; re-reads with every kg command
            graphml  loads in NetworkX (networkx.read_graphml), Gephi and yEd; lists such
                     as aliases and evidence are JSON strings in attributes
            dot      written by Graphviz itself; `dot -Tsvg` reads it back
            gexf     GEXF 1.2 for Gephi and networkx.read_gexf: type, names, Wikidata id and
                     mention count on nodes; relation, evidence and document counts (also
                     as the weight), date and amount on edges
            neo4j    a folder: nodes.csv (id:ID, :LABEL Entity;Country …) and
                     relationships.csv (:START_ID, :END_ID, :TYPE MEMBER_OF …), for
                       neo4j-admin database import full --nodes=DIR/nodes.csv \\
                         --relationships=DIR/relationships.csv --multiline-fields=true
            jsonl    JSON Lines: {"kind": "node", …} then {"kind": "edge", …}, one a line
            events   CSV, one row per evidence sentence: source, relation, target, date,
                     amount, document, sentence, trigger and rule (.csv names it)

            The graph is a file or a store (--store). Output is deterministic.

            Examples:
              kg export graph.json -f graphml -o graph.graphml
              kg export graph.json -o graph.dot                 # format from the extension
              kg export --store news.kgdb -o news.gexf
              kg export --store news.kgdb -f neo4j -o neo4j-import/
              kg export --store news.kgdb -o events.csv
              python3 -c "import networkx as nx; print(nx.read_gexf('news.gexf'))"
            """
    )

    @OptionGroup var source: GraphSource

    @Option(name: .shortAndLong, help: "Output format: \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")). Default: from the output's extension.")
    var format: ExportFormat?

    @Option(name: .shortAndLong, help: "Output file, or - for stdout; a folder for neo4j.")
    var output: String

    func validate() throws {
        if format == nil, ExportFormat(fileExtension: URL(fileURLWithPath: output).pathExtension) == nil {
            throw ValidationError("cannot tell the format from '\(output)'; pass -f \(ExportFormat.allCases.map(\.rawValue).joined(separator: "|"))")
        }
        if format == .neo4j, output == "-" { throw ValidationError("the neo4j export is a folder of files; name it with -o DIR") }
    }

    func run() throws {
        let format = self.format ?? ExportFormat(fileExtension: URL(fileURLWithPath: output).pathExtension)!
        let graph = try source.read()
        do {
            if format.isFolder {
                // Both files or neither, as kg build writes its folder.
                do { try AtomicFolder.write(try GraphExporter.exportFiles(graph, as: format), into: output) } catch let error as KnowledgeGraphError {
                    throw CommandFailure(error.message)
                }
            } else {
                try CommandIO.write(try GraphExporter.export(graph, as: format), to: output)
            }
        } catch let error as GraphExportError {
            throw CommandFailure(error)
        }
    }
}
