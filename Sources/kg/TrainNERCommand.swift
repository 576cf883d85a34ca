import ArgumentParser
import Extraction
import Foundation
import KnowledgeGraph

struct TrainNERCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-ner",
        abstract: "Train a learned entity recognizer (averaged perceptron, BIO tags) on CoNLL files.",
        discussion: """
            Reads CoNLL files: one `TOKEN TAG` pair a line, a blank line after each sentence, \
            `-DOCSTART-` lines between documents; BIO or IO tags with PER (or PERS), ORG, LOC, MISC. \
            The tokens are split again the way kg splits text (al-Shabaab is three tokens), so token \
            counts can differ from the file's. Training is deterministic: the same files, seed and \
            options give the same bytes. --data, --licence and --date (YYYY-MM-DD) go into the model's \
            header, and --lang too, so a model is only used for its language.

            Use a model with `kg extract --ner-model M` or `kg eval --ner --model M`.

            Examples:
              kg train-ner --lang en news.conll -o my.model --data "my news" --licence "CC BY 4.0"
              kg eval --ner held-out.conll --lang en --model my.model
              kg extract article.txt --ner-model my.model -o graph.json
            """)

    @Argument(help: "CoNLL training files.")
    var files: [String]

    @Option(name: .long, help: "The language of the data: ar or en.")
    var lang: String

    @Option(name: .shortAndLong, help: "Where to write the model.")
    var output: String

    @Option(name: .long, help: "What the model was trained on, for its header.")
    var data: String

    @Option(name: .long, help: "The data's licence, for the model's header.")
    var licence: String

    @Option(name: .long, help: "The training date for the header (default: today, UTC).")
    var date: String?

    @Option(name: .long, help: "Passes over the data.")
    var epochs = 10

    @Option(name: .long, help: "Seed of the shuffle between passes.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "Leave out features seen fewer times than this.")
    var minCount = 2

    @Option(name: .long, help: "Leave out features whose averaged weights all lie within ± this.")
    var prune: Float = 0

    @Option(name: .long, help: "A lexicon file adding gazetteer entries, whose clues the model learns. Repeatable.")
    var lexicon: [String] = []

    func validate() throws {
        guard Language(rawValue: lang) != nil else { throw ValidationError("--lang must be ar or en, not '\(lang)'") }
        guard epochs > 0 else { throw ValidationError("--epochs must be at least 1") }
        guard minCount > 0, prune >= 0 else { throw ValidationError("--min-count must be at least 1 and --prune at least 0") }
        if let date, date.wholeMatch(of: /[0-9]{4}-[0-9]{2}-[0-9]{2}/) == nil {
            throw ValidationError("--date must be YYYY-MM-DD, not '\(date)'")
        }
        let folder = (output as NSString).deletingLastPathComponent
        var isDirectory: ObjCBool = false
        guard output == "-" || folder.isEmpty || FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) && isDirectory.boolValue else {
            throw ValidationError("cannot write \(output): the folder \(folder) does not exist")
        }
    }

    func run() throws {
        let language = Language(rawValue: lang)!
        let gazetteer: Gazetteer
        let corpus: CoNLLCorpus
        do {
            gazetteer = try Extractor.standard(lexicons: lexicon, recognizer: false).gazetteer
            corpus = try CoNLLCorpus.read(paths: files, language: language)
        } catch {
            throw CommandFailure(error.message)
        }
        let examples = NERCorpusTagging(gazetteer: gazetteer, language: language).examples(corpus)
        var trainer = NERTrainer()
        trainer.epochs = epochs
        trainer.seed = seed
        trainer.minimumCount = minCount
        trainer.pruneBelow = prune
        let tokens = examples.reduce(0) { $0 + $1.gold.count }
        let header = [
            "language: \(lang)", "data: \(data)", "licence: \(licence)", "trained: \(date ?? Self.today())",
            "sentences: \(examples.count), tokens: \(tokens); epochs: \(epochs), seed: \(seed), min-count: \(minCount), prune: \(prune)",
        ]
        FileHandle.standardError.write(Data("train-ner: \(examples.count) sentences, \(tokens) tokens, \(epochs) epochs\n".utf8))
        let model = trainer.train(examples, header: header)
        try CommandIO.write(Data(model.encoded()), to: output)
        FileHandle.standardError.write(Data("train-ner: wrote \(output) (\(model.featureCount) features)\n".utf8))
    }

    static func today() -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyy-MM-dd"
        return f.string(from: Date())
    }
}
