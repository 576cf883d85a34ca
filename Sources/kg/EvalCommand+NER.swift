import Extraction
import Foundation

extension EvalCommand {
    /// The standard extractor, with `model` in place of the shipped model of `language`.
    static func extractor(recognizer: Bool, model: String?, language: Language) throws(ExtractionError) -> Extractor {
        let standard = try Extractor.standard(recognizer: recognizer)
        guard recognizer, let model, let shipped = standard.models else { return standard }
        let loaded = try NERModel.load(path: model)
        if let named = loaded.language, named != language {
            throw ExtractionError(.invalidModel, "\(model) is a model for '\(named.rawValue)', not for --lang \(language.rawValue)")
        }
        return Extractor(gazetteer: standard.gazetteer, models: shipped.with(loaded, for: language), rules: standard.rules)
    }

    /// `kg eval --ner`: names found in CoNLL sentences against their tags.
    func scoreNames(files: [String], language: Language) throws {
        let extractor: Extractor
        let corpus: CoNLLCorpus
        do {
            extractor = try Self.extractor(recognizer: !noRecognizer, model: model, language: language)
            corpus = try CoNLLCorpus.read(paths: files, language: language)
        } catch {
            throw CommandFailure(error.message)
        }
        let sentences = corpus.sentences
        let result = NERScorer(extractor: extractor, language: language).score(corpus, modelOnly: modelOnly, details: verbose ? { print("  \($0)") } : nil)
        let tokens = sentences.reduce(0) { $0 + $1.tokens.count }
        let mode = modelOnly ? "learned recognizer alone" : noRecognizer ? "gazetteer and patterns, no recognizer" : "entity stage"
        print("\(files.joined(separator: " ")): \(sentences.count) sentences, \(tokens) tokens; \(mode)")
        result.report().forEach { print($0) }
        print(result.report(types: [.person, .organization, .location]).last!.replacingOccurrences(of: "ALL  ", with: "-MISC"))
    }
}
