import ArgumentParser
import Extraction
import Foundation
import KnowledgeGraph

struct TrainNERCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-ner",
        abstract: "Train a learned entity recognizer (averaged perceptron, BIO tags) on CoNLL files.",
        discussion: """
            Reads `TOKEN TAG` files (BIO or IO tags with PER/PERS, ORG, LOC, MISC), retokenizes them \
            as the extractor tokenizes text, adds the gazetteer's clues, and trains a structured \
            averaged perceptron with Viterbi decoding. The same files, seed and epochs give the same \
            model bytes. Scripts/train-ner trains the shipped models from ../shared/data.

            Examples:
              kg train-ner --lang ar train.conll -o ner-ar.model --data "ANERcorp train" --licence "CC BY-SA 4.0"
              kg train-ner --lang en a.conll b.conll --epochs 12 -o my.model --data "my news" --licence "mine"
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
    }

    func run() throws {
        let language = Language(rawValue: lang)!
        let gazetteer: Gazetteer
        let corpus: CoNLLCorpus
        do {
            gazetteer = try Extractor.standard(lexicons: lexicon, recognizer: false).gazetteer
            corpus = try CoNLLCorpus.read(paths: files)
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
