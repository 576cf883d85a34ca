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
        // The finder reads one word at a time: the one phrase of the old list ("held talks") could never
        // match, and a sentence with it reads through "talks" (RelationTests).
        let phrases = Self.legacy.filter { Gazetteer.phraseKey($0.word).contains(" ") }
        #expect(phrases.map(\.word) == ["held talks"])
        var missing: [String] = []
        for l in Self.legacy where !Gazetteer.phraseKey(l.word).contains(" ") {
            let key = Gazetteer.phraseKey(l.word)
            let readings = TriggerFinder(gazetteer: Self.gazetteer).lookup(key: key, readings: [key], arabic: l.lang == "ar") ?? []
            if !readings.contains(where: { $0.relation.rawValue == l.relation && $0.frame.rawValue == l.frame }) {
                missing.append("trigger\t\(l.relation)\t\(l.lang)\t\(l.word)\t\(l.frame)")
            }
        }
        #expect(missing.isEmpty, "missing:\n\(missing.joined(separator: "\n"))")
    }

    // MARK: - Inflection

    @Test(arguments: [
        ("اغتال", nil, ["اغتالت", "اغتالوا", "يغتال", "تغتال", "يغتالون"], ["اغتيل", "اغتيلت"]),
        ("قصف", nil, ["قصفت", "قصفوا", "قصفنا", "تقصف", "يقصفان", "نقصف", "مقصوف"], []),
        ("هاجم", nil, ["هاجمت", "يهاجم", "مهاجمون"], ["هوجم", "هوجمت"]),
        ("زار", "يزور", ["زارت", "زاروا", "زرنا", "يزور", "تزوران"], []),
        ("التقى", nil, ["التقت", "التقيا", "التقوا", "يلتقي", "يلتقون", "تلتقيان"], []),
        ("شن", nil, ["شنت", "شنوا", "يشن", "تشن", "شننت"], []),
        ("أدان", nil, ["أدانت", "يدين", "تدين", "يدينون"], ["أدين", "يدان"]),
        ("استهدف", nil, ["استهدفت", "يستهدف", "تستهدفان", "مستهدف", "مستهدفة"], []),
    ] as [(String, String?, [String], [String])])
    func arabicVerbsInflect(past: String, present: String?, active: [String], passive: [String]) throws {
        let f = try ArabicInflector.verb(past: past, present: present)
        for form in active { #expect(f.active.contains(form), "\(past): \(form)") }
        for form in passive { #expect(f.passive.contains(form), "\(past): passive \(form)") }
    }

    @Test func generationLeavesOutFormsThatAreOtherWords() throws {
        // زير (و + زير = وزير) and أسلح (أسلحة = أسلح + ه) are not generated; قصف still is.
        let zara = try ArabicInflector.verb(past: "زار", present: "يزور")
        #expect(!zara.passive.contains("زير") && zara.active.contains("زار"))
        let sallaha = try ArabicInflector.verb(past: "سلح", present: nil)
        #expect(!sallaha.active.contains("أسلح") && sallaha.active.contains("يسلح"))
    }

    @Test(arguments: [
        ("shell", nil, ["shell", "shells", "shelled", "shelling"]),
        ("ban", nil, ["bans", "banned", "banning"]),
        ("try", nil, ["tries", "tried", "trying"]),
        ("visit", nil, ["visits", "visited", "visiting"]),
        ("strike", "struck", ["strikes", "struck", "striking"]),
        ("patrol", "patrolled", ["patrols", "patrolled", "patrolling"]),
        ("besiege", nil, ["besieges", "besieged", "besieging"]),
    ] as [(String, String?, [String])])
    func englishVerbsInflect(lemma: String, past: String?, forms: [String]) {
        let f = EnglishInflector.verb(lemma, past: past, participle: nil)
        #expect(f.active == [lemma] + forms.filter { $0 != lemma })
        #expect(f.participle == [past ?? forms[forms.count - 2]])
    }

    /// Proclitics, the future س, the article and object pronouns come off before the lookup;
    /// keys go through the normalizer, so ة/ه and diacritics do not matter.
    @Test(arguments: [
        ("وسيقصفونها", RelationType.opposes), ("فاعتقلوه", .opposes), ("بالاغتيال", .opposes), ("لاستهداف", .opposes),
        ("والهجمات", .opposes), ("إدانةً", .opposes), ("ادانه", .opposes), ("وزيارته", .talks), ("يلتقيان", .talks),
    ])
    func cliticsComeOffBeforeTheLookup(word: String, relation: RelationType) {
        let key = TextNormalizer.key(word)
        let readings = TriggerFinder(gazetteer: Self.gazetteer).lookup(key: key, readings: [key], arabic: true) ?? []
        #expect(readings.contains { $0.relation == relation }, "\(word)")
    }

    // MARK: - Validation

    static func load(_ text: String) -> String? {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("kg-lexicon-\(getpid())-\(UUID().uuidString).tsv").path
        FileManager.default.createFile(atPath: path, contents: Data(("# a comment\n" + text + "\n").utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        var g = gazetteer
        do {
            try g.addLexicon(path: path)
            return nil
        } catch {
            return error.message.replacingOccurrences(of: path, with: "FILE")
        }
    }

    @Test(arguments: [
        ("verb\tar\topposes\t-\t18\tقاد", "FILE:2: the hollow verb 'قاد' needs its present form"),
        ("verb\ten\tattacks\t-\t18\tattack", "FILE:2: unknown relation 'attacks'"),
        ("verb\ten\topposes\t-\t99\tclobber", "FILE:2: CAMEO root code '99'"),
        ("verb\ten\topposes\tby\t18\tclobber", "FILE:2: unknown frame 'by'"),
        ("noun\tfr\topposes\t-\t18\tguerre", "FILE:2: unknown language 'fr'"),
        ("verb\ten\topposes", "FILE:2: 'verb' needs 6 tab-separated fields, found 3"),
        ("clitic\tar\tsuffix\tها", "FILE:2: unknown clitic kind 'suffix'"),
        ("verb\ten\topposes\t-\t18\tkill", "FILE:2: trigger entry lex:en:opposes:kill is already defined at"),
        ("trigger\ttalks\ten\theld talks\t-", "FILE:2: 'held talks' is more than one word"),
        ("verb\ten\topposes\t-\t19\tpound\t-\tair strike", "FILE:2: 'air strike' is more than one word"),
    ])
    func badLinesFailWithFileAndLine(line: String, says: String) throws {
        let message = try #require(Self.load(line), "\(line) was accepted")
        #expect(message.hasPrefix(says), "\(message)")
    }

    /// A user's lemma line gets the same inflection as the shipped ones, and its id.
    @Test func aUserLemmaInflectsAndNamesItself() throws {
        #expect(Self.load("verb\ten\topposes\t-\t18\tclobber") == nil)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("kg-user-lexicon-\(getpid()).tsv").path
        FileManager.default.createFile(atPath: path, contents: Data("verb\ten\topposes\t-\t18\tclobber\n".utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let extractor = try Extractor.standard(lexicons: [path])
        let g = extractor.extract(Document(name: "t", text: "Russia clobbered Ukraine overnight."))
        let edge = try #require(g.edges.first { $0.type == .opposes })
        #expect(edge.source == "Q159" && edge.target == "Q212")
        #expect(edge.evidence.first?.rule == "lex:en:opposes:clobber")
        // Without the line the sentence holds no trigger.
        #expect(!RelationTests.graph("Russia clobbered Ukraine overnight.").edges.contains { $0.type == .opposes })
    }

    /// Every relation type has entries in both languages.
    @Test func everyRelationTypeHasEntriesInBothLanguages() {
        let ids = Set(Self.gazetteer.triggers.keys.flatMap { Self.gazetteer.triggers[$0]!.map(\.id) })
        for lang in ["ar", "en"] {
            for r in RelationType.allCases {
                let n = ids.filter { $0.hasPrefix("lex:\(lang):\(r.rawValue):") }.count
                #expect(n >= 1, "\(lang) \(r.rawValue) has no trigger entry")
            }
        }
        print("LEXICON entries=\(ids.count) forms=\(Self.gazetteer.triggers.keys.count) defined=\(Self.gazetteer.triggerIDs.count)")
    }
}
