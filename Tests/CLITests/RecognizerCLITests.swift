import Foundation
import Testing

/// kg train-ner, kg eval --ner and kg extract --ner-model, run as a user would.
@Suite(.serialized) struct RecognizerCLITests {
    let cli: CLITests

    init() throws { cli = try CLITests() }

    /// Four sentences written for the tests, shared with the recognizer's unit tests.
    static let conll = try! String(contentsOf: CLITests.packageRoot.appendingPathComponent("Tests/Fixtures/tiny-ner.conll"), encoding: .utf8)

    @Test func aTrainedModelScoresAndExtracts() throws {
        let data = try cli.write("train.conll", Self.conll)
        let model = cli.dir.appendingPathComponent("my.model").path
        let trained = try cli.run(["train-ner", data, "--lang", "en", "-o", model, "--data", "test", "--licence", "CC0",
                                   "--date", "2026-01-01", "--min-count", "1"])
        #expect(trained.status == 0, "\(trained.stderr)")
        let header = try String(contentsOfFile: model, encoding: .isoLatin1)
        #expect(header.hasPrefix("# kg-ner-model 1\n# language: en\n# data: test\n# licence: CC0\n# trained: 2026-01-01\n"))
        let scored = try cli.run(["eval", "--ner", data, "--lang", "en", "--model", model, "--model-only"])
        #expect(scored.status == 0)
        #expect(scored.stdout.contains("PER   exact P=100.0 R=100.0 F1=100.0"), "\(scored.stdout)")
        let text = try cli.write("t.txt", "Maria Olsen visited Oslo.\n")
        let graph = try cli.run(["extract", text, "--ner-model", model])
        #expect(graph.status == 0 && graph.stdout.contains("\"Maria Olsen\""), "\(graph.stderr)")
    }

    @Test(arguments: [
        (["--lang", "en"], "", "no CoNLL sentences"),
        (["--lang", "ar"], conll, "looks like 'en' text, not --lang ar"),
        (["--lang", "en"], "Oslo B-LOC\nOslo I-PERSON\n", ":2: unknown tag 'I-PERSON'"),
    ])
    func badTrainingDataIsOneLineAndNoFile(options: [String], text: String, says: String) throws {
        let data = try cli.write("d.conll", text)
        let model = cli.dir.appendingPathComponent("m.model").path
        let r = try cli.run(["train-ner", data, "-o", model, "--data", "d", "--licence", "l"] + options)
        #expect(r.status != 0)
        #expect(r.stderr.contains(says), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: model))
    }

    @Test func aModelForAnotherLanguageIsRefused() throws {
        let data = try cli.write("train.conll", Self.conll)
        let model = cli.dir.appendingPathComponent("en.model").path
        #expect(try cli.run(["train-ner", data, "--lang", "en", "-o", model, "--data", "d", "--licence", "l"]).status == 0)
        let arabic = try cli.write("ar.conll", "وصل O\nمحمود B-PER\nعباس I-PER\n")
        let r = try cli.run(["eval", "--ner", arabic, "--lang", "ar", "--model", model])
        #expect(r.status == 1 && r.stderr.contains("is a model for 'en', not for --lang ar"), "\(r.stderr)")
    }
}
