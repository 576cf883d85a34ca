import ArgumentParser
import Extraction
import Foundation
import KnowledgeGraph

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract a typed, evidence-backed graph from Arabic or English documents.",
        discussion: """
            Reads UTF-8 text files (- for standard input), finds entities and relations, and writes \
            the graph as JSON. Documents are merged by node id, so the same entity in two files is \
            one node.

            Examples:
              kg extract article.ar.txt -o graph.json
              kg extract news/*.txt --lang en -o graph.json
              kg extract statement.txt --lexicon my-entities.tsv
              cat article.txt | kg extract - > graph.json
            """)

    @Argument(help: "Text files to read (- for standard input).")
    var files: [String]

    @Option(name: .shortAndLong, help: "Where to write the graph JSON (default: standard output).")
    var output: String?

    @OptionGroup var extraction: ExtractionOptions

    func run() throws {
        let graph = try extraction.extractGraph(from: files)
        try CommandIO.streamJSON(to: output ?? "-") { (stream) throws(KnowledgeGraphError) in try GraphJSON.write(graph, into: &stream) }
    }
}
