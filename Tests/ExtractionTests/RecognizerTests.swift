import Foundation
import KnowledgeGraph
import Testing
@testable import Extraction

/// The learned recognizer's machinery: training, the model file, CoNLL reading and scoring.
/// Training on the full data is Scripts/train-ner; here a tiny model is trained on sentences
/// written for the test, so training runs in every test pass.
@Suite struct RecognizerTests {
    static let gazetteer = try! Gazetteer.builtIn()

    /// Four sentences written for the tests, shared with the CLI tests.
    static let training = try! String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/tiny-ner.conll"), encoding: .utf8)

    func corpus(_ text: String) throws -> CoNLLCorpus { try CoNLLCorpus.parse(text, file: "t.conll") }

    func train(_ text: String, seed: UInt64 = 1) throws -> NERModel {
        var trainer = NERTrainer()
        trainer.minimumCount = 1
        trainer.seed = seed
        let examples = NERCorpusTagging(gazetteer: Self.gazetteer, language: .en).examples(try corpus(text))
        return trainer.train(examples, header: ["data: test sentences"])
    }

    func tags(_ model: NERModel, _ text: String) throws -> [String] {
        let prepared = NERCorpusTagging(gazetteer: Self.gazetteer, language: .en).prepare(try corpus(text))
        return prepared.flatMap { model.tag($0.1).map(\.label) }
    }

    @Test func aTinyModelLearnsItsSentences() throws {
        let model = try train(Self.training)
        #expect(try tags(model, "Anna O\nBerg O\nvisited O\nBergen O\n. O\n") == ["B-PER", "I-PER", "O", "B-LOC", "O"])
        #expect(try tags(model, "Karl O\nHolm O\njoined O\nBaltic O\nShipping O\n. O\n") == ["B-PER", "I-PER", "O", "B-ORG", "I-ORG", "O"])
    }

    @Test func trainingIsDeterministicAndTheFileRoundTrips() throws {
        let a = try train(Self.training)
        let b = try train(Self.training)
        #expect(a.encoded() == b.encoded())
        let read = try NERModel.decode(a.encoded(), file: "m.model")
        #expect(read.header == ["data: test sentences"])
        #expect(read.featureCount == a.featureCount && a.featureCount > 0)
        #expect(try tags(read, "Maria O\nOlsen O\nvisited O\nOslo O\n. O\n") == ["B-PER", "I-PER", "O", "B-LOC", "O"])
    }

    @Test func aBrokenModelFileIsAClearError() throws {
        var bytes = try train(Self.training).encoded()
        bytes.removeLast(7)
        #expect(throws: ExtractionError.self) { try NERModel.decode(bytes, file: "m.model") }
        do {
            _ = try NERModel.decode(Array("not a model\n".utf8), file: "m.model")
            Issue.record("a text file was read as a model")
        } catch {
            #expect(error.message.hasPrefix("m.model: not a kg entity model"))
        }
    }

    @Test func aBadCoNLLLineNamesFileAndLine() {
        do {
            _ = try CoNLLCorpus.parse("Oslo B-LOC\nOslo X-LOC\n", file: "d.conll")
            Issue.record("a bad tag was accepted")
        } catch {
            #expect(error.message.hasPrefix("d.conll:2:"))
        }
    }

    /// The pipeline splits al-Shabaab into three tokens; the name's tag follows all three.
    @Test func retokenizingKeepsTheNameOnEveryPiece() throws {
        let s = try corpus("al-Shabaab B-ORG\nattacked O\nBaidoa B-LOC\n").sentences[0]
        let r = RetokenizedSentence(s)
        #expect(r.gold.map(\.label) == ["B-ORG", "I-ORG", "I-ORG", "O", "B-LOC"])
        #expect(r.conllSpans(NERSpan.spans(r.gold)) == NERSpan.spans(s.tags))
    }

    @Test func spansReadBIOAndIOTags() {
        let tags = ["I-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC"].map { NERTag(label: $0)! }
        #expect(NERSpan.spans(tags) == [NERSpan(tokens: 0..<2, type: .person), NERSpan(tokens: 3..<4, type: .location),
                                         NERSpan(tokens: 4..<6, type: .location)])
    }

    @Test func scoresCountExactAndPartialMatches() {
        var e = NEREvaluation()
        e.add(gold: [NERSpan(tokens: 0..<2, type: .person), NERSpan(tokens: 3..<4, type: .location)],
              predicted: [NERSpan(tokens: 0..<1, type: .person), NERSpan(tokens: 3..<4, type: .location)])
        let all = e.total()
        #expect(all.exact == 1 && all.gold == 2 && all.predicted == 2)
        #expect(all.partialGold == 2 && all.f1 == 0.5 && all.partialF1 == 1)
    }

    /// The shipped models load and find a person with no title, in each language.
    @Test(arguments: [
        ("Yesterday Miriam Okonkwo arrived in Lagos to open the talks.", "Miriam Okonkwo"),
        ("وصل محمود عباس إلى عمان صباح اليوم.", "محمود عباس"),
    ])
    func theShippedModelsFindPersonsWithoutTitles(text: String, name: String) throws {
        let graph = try Extractor.standard().extract(Document(name: "t", text: text))
        #expect(graph.nodes.filter { $0.type == .person }.map(\.label) == [name])
        let without = try Extractor.standard(recognizer: false).extract(Document(name: "t", text: text))
        #expect(without.nodes.filter { $0.type == .person }.isEmpty)
    }
}
