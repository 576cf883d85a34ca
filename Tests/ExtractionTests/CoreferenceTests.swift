import KnowledgeGraph
import Testing
@testable import Extraction

/// Each in-document reference rule, on sentences written for these tests.
@Suite struct CoreferenceTests {
    static let extractor = try! Extractor.standard()

    func graph(_ text: String) -> KnowledgeGraph { Self.extractor.extract(Document(name: "t", text: text)) }
    func has(_ g: KnowledgeGraph, _ s: String, _ r: RelationType, _ t: String) -> Bool {
        g.edges.contains { ($0.source == s && $0.target == t || r.isSymmetric && $0.source == t && $0.target == s) && $0.type == r }
    }

    @Test func nisbaStandsForItsCountry() {
        let g = graph("أشاد البيان بدور القوات المسلحة البريطانية.")
        #expect(has(g, "القوات-المسلحه-البريطانيه", .affiliatedWith, "Q145"))
    }

    @Test func bothCountriesAreTheTwoJustNamed() {
        let g = graph("زار رئيس تونس الجزائر. ووقع البلدان اتفاقية للتعاون.")
        #expect(has(g, "Q948", .agreement, "Q262"))
        let en = graph("Tunisia and Algeria met in June. Both countries signed an agreement.")
        #expect(has(en, "Q948", .agreement, "Q262"))
    }

    @Test func surnameAloneIsThePersonIntroducedEarlier() {
        let g = graph("قال السفير الألماني كارل مولر إن الزيارة ناجحة. وأجرى مولر محادثات مع الأردن.")
        #expect(has(g, "كارل-مولر", .talks, "Q810"))
        #expect(g.nodes.filter { $0.type == .person }.count == 1)
    }

    @Test func titleAloneIsThePersonWithThatTitle() {
        let g = graph("The German Ambassador, Karl Muller, visited Amman. Later the Ambassador held talks with Jordan.")
        #expect(has(g, "karl-muller", .talks, "Q810"))
    }

    @Test func hisCountryIsThePersonsCountry() {
        let g = graph("قال وزير الخارجية الأردني سامي خليل إن بلاده تدعم حكومة ليبية جديدة.")
        #expect(has(g, "Q810", .support, "حكومه-ليبيه"))
    }

    @Test func theGroupIsTheLastGroupNamed() {
        let g = graph("أعلنت حركة الشباب مسؤوليتها عن الهجوم. وتخوض كينيا معارك ضد التنظيم في الصومال.")
        #expect(has(g, "Q114", .opposes, "al-shabaab"))
        let en = graph("Officials blamed al-Shabaab for the attack. Kenya has fought the group since 2011.")
        #expect(has(en, "Q114", .opposes, "al-shabaab"))
    }
}
