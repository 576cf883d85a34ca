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

    @Option(name: .long, help: "A lexicon file adding entities or words (format: see the gazetteer README). Repeatable.")
    var lexicon: [String] = []

    @Option(name: .long, help: "Document language: ar, en or auto (detected by script).")
    var lang: String = "auto"

    func run() throws {
        let language: Language?
        switch lang {
        case "auto": language = nil
        case "ar": language = .ar
        case "en": language = .en
        default: throw ValidationError("--lang must be ar, en or auto, not '\(lang)'")
        }
        let extractor: Extractor
        do { extractor = try Extractor.standard(lexicons: lexicon) } catch { throw CommandFailure(error.message) }
        var graph = KnowledgeGraph()
        for (i, file) in files.enumerated() {
            if files.count > 5 { FileHandle.standardError.write(Data("[\(i + 1)/\(files.count)] \(file)\n".utf8)) }
            let document: Document
            do { document = try DocumentReader.read(path: file, language: language) } catch { throw CommandFailure(error.message) }
            graph.merge(extractor.extract(document))
        }
        try CommandIO.write(GraphJSON.encode(graph), to: output ?? "-")
    }
}
