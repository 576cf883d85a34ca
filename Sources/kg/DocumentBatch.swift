import ArgumentParser
import Extraction
import Foundation
import KnowledgeGraph

/// The options every command that reads text documents shares.
struct ExtractionOptions: ParsableArguments {
    @Option(name: .long, help: "A lexicon file adding entities or words (format: see the gazetteer README). Repeatable.")
    var lexicon: [String] = []

    @Option(name: .long, help: "Document language: ar, en or auto (detected by script).")
    var lang: String = "auto"

    func validate() throws {
        guard ["auto", "ar", "en"].contains(lang) else {
            throw ValidationError("--lang must be ar, en or auto, not '\(lang)'")
        }
    }

    /// Extracts every file and merges the graphs, reporting progress on stderr
    /// when there are many files.
    func extractGraph(from files: [String]) throws -> KnowledgeGraph {
        let language = Language(rawValue: lang)
        let extractor: Extractor
        do { extractor = try Extractor.standard(lexicons: lexicon) } catch { throw CommandFailure(error.message) }
        var graph = KnowledgeGraph()
        for (i, file) in files.enumerated() {
            if files.count > 5 { StandardError.print("[\(i + 1)/\(files.count)] \(file)") }
            let document: Document
            do { document = try DocumentReader.read(path: file, language: language) } catch { throw CommandFailure(error.message) }
            graph.merge(extractor.extract(document))
        }
        return graph
    }
}
