import Foundation
import KnowledgeGraph
import Testing
@testable import Extraction

/// The generated trigger lexicon (Resources/triggers.tsv): inflection, validation, and the
/// hand-written forms it replaced.
@Suite struct LexiconTests {
    static let gazetteer = RelationTests.extractor.gazetteer

    /// Every trigger form written by hand before the lemma lexicon, with its relation and frame.
    static let legacy: [(relation: String, lang: String, word: String, frame: String)] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("LegacyTriggers/legacy-triggers.tsv")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let f = line.split(separator: "\t").map(String.init)
            return (f[0], f[1], f[2], f[3])
        }
    }()

    @Test func everyHandWrittenFormStillReadsAsItsRelation() {
        #expect(Self.legacy.count == 367)
        var missing: [String] = []
        for l in Self.legacy {
            let key = Gazetteer.phraseKey(l.word)
            let readings = TriggerFinder(gazetteer: Self.gazetteer).lookup(key: key, readings: [key], arabic: l.lang == "ar") ?? []
            if !readings.contains(where: { $0.relation.rawValue == l.relation && $0.frame.rawValue == l.frame }) {
                missing.append("trigger\t\(l.relation)\t\(l.lang)\t\(l.word)\t\(l.frame)")
            }
        }
        #expect(missing.isEmpty, "missing:\n\(missing.joined(separator: "\n"))")
    }
}
