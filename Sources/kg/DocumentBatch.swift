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

    @Flag(name: .long, help: "Find names only through the gazetteer and the patterns, without the learned recognizer.")
    var noRecognizer = false

    @Option(name: .long, help: "A recognizer model from kg train-ner, used for the language its header names instead of the shipped one. Repeatable.")
    var nerModel: [String] = []

    @Option(name: .long, help: "A relation rules file (format: Sources/Extraction/Resources/rules/README.md) run after the shipped rules. Repeatable.")
    var rules: [String] = []

    @Option(name: .long, help: "Switch a rule off by id: a pattern rule (en:war-on), a trigger entry (lex:en:opposes:shell) or a Swift rule (swift:state-level). Repeatable; see kg rules list.")
    var disableRule: [String] = []

    @Flag(name: .long, help: "Print on stderr which nodes were merged across scripts, and why (John Casson = جون كاسن).")
    var explainMerges = false

    func validate() throws {
        guard ["auto", "ar", "en"].contains(lang) else {
            throw ValidationError("--lang must be ar, en or auto, not '\(lang)'")
        }
        guard nerModel.isEmpty || !noRecognizer else { throw ValidationError("--ner-model and --no-recognizer exclude each other") }
    }

    /// The standard extractor with these options: lexicons, the recognizer on or off, user models,
    /// user rules and rules switched off.
    func makeExtractor() throws(ExtractionError) -> Extractor {
        var x = try Extractor.standard(lexicons: lexicon, recognizer: !noRecognizer)
        try x.rules.add(paths: rules)
        try x.rules.disable(disableRule, gazetteer: x.gazetteer)
        guard !nerModel.isEmpty, let models = x.models else { return x }
        return Extractor(gazetteer: x.gazetteer, models: try models.replacing(with: nerModel), rules: x.rules)
    }

    /// Extracts every file and merges the graphs, reporting progress on stderr
    /// when there are many files.
    func extractGraph(from files: [String]) throws -> KnowledgeGraph {
        let language = Language(rawValue: lang)
        let extractor: Extractor
        do { extractor = try makeExtractor() } catch { throw CommandFailure(error.message) }
        var graph = KnowledgeGraph()
        for (i, file) in files.enumerated() {
            if files.count > 5 { StandardError.print("[\(i + 1)/\(files.count)] \(file)") }
            let document: Document
            do { document = try DocumentReader.read(path: file, language: language) } catch { throw CommandFailure(error.message) }
            graph.merge(extractor.extract(document))
        }
        let (merged, merges) = CrossScriptMerger.merge(graph)
        if explainMerges {
            for m in merges { FileHandle.standardError.write(Data("merged \(m.line)\n".utf8)) }
        }
        return merged
    }
}
