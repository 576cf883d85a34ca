import Foundation
import KnowledgeGraph
import Testing
@testable import Extraction

@Suite struct GazetteerTests {
    static let gazetteer = try! Gazetteer.builtIn()

    /// Country (Arabic), a nisba form written as in the press, and the ISO code it must resolve to.
    @Test(arguments: [
        ("IQ", "العراقية"), ("SY", "السوري"), ("LY", "الليبيون"), ("EG", "المصريين"), ("JO", "الأردنيات"),
        ("LB", "اللبناني"), ("FR", "الفرنسية"), ("DE", "الألماني"), ("IT", "الإيطالية"), ("ES", "الإسبانية"),
        ("RU", "الروسي"), ("CN", "الصينية"), ("JP", "اليابانيون"), ("IN", "الهندي"), ("PK", "الباكستانية"),
        ("AF", "الأفغاني"), ("IR", "الإيرانية"), ("TR", "التركي"), ("SA", "السعوديين"), ("QA", "القطري"),
        ("KW", "الكويتية"), ("BH", "البحريني"), ("OM", "العماني"), ("YE", "اليمنيين"), ("TN", "التونسية"),
        ("DZ", "الجزائري"), ("MA", "المغربية"), ("SD", "السودانيون"), ("KE", "الكيني"), ("SO", "الصومالية"),
        ("ET", "الإثيوبي"), ("NG", "النيجيري"), ("GB", "البريطانية"), ("US", "الأمريكي"), ("US", "الأميركية"),
        ("AT", "النمساوي"), ("AE", "الإماراتية"), ("PS", "الفلسطينيين"), ("GR", "اليوناني"), ("BE", "البلجيكية"),
        ("NL", "الهولندي"), ("CA", "الكندية"), ("UA", "الأوكراني"), ("PL", "البولندية"), ("SE", "السويدي"),
    ])
    func nisbaResolvesToItsCountry(iso: String, form: String) throws {
        let g = Self.gazetteer
        let matches = try #require(g.phrases[Gazetteer.phraseKey(form)], "no entry for \(form)")
        let country = try #require(g.entry(id: iso))
        #expect(matches.contains { g.entries[$0.entry].id == country.id && $0.form == .adjective })
    }

    @Test(arguments: [("Britain", "GB"), ("British", "GB"), ("Kenyan", "KE"), ("Lebanese", "LB"), ("Daesh", "Q2429253"),
                      ("ISIL", "Q2429253"), ("الدولة الإسلامية", "Q2429253"), ("حركة الشباب", "al-shabaab")])
    func aliasesAndDemonyms(form: String, id: String) throws {
        let g = Self.gazetteer
        let matches = try #require(g.phrases[Gazetteer.phraseKey(form)])
        let expected = try #require(g.entry(id: id))
        #expect(matches.contains { g.entries[$0.entry].id == expected.id })
    }

    @Test func countriesCarryEnglishAndArabicNames() throws {
        let g = Self.gazetteer
        let countries = g.entries.filter { $0.type == .country }
        #expect(countries.count >= 240)
        #expect(countries.allSatisfy { $0.english != nil && $0.arabic != nil })
        #expect(g.entry(id: "GB")?.id == "Q145")
    }

    @Test func financialIsNotMali() {
        #expect(Self.gazetteer.phrases[Gazetteer.phraseKey("المالي")] == nil)
    }

    @Test func userLexiconAddsEntities() throws {
        var g = Self.gazetteer
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lexicon-\(getpid()).tsv").path
        try "entity\torganization\tblue-crescent\t-\tBlue Crescent\tالهلال الأزرق\t-\n".write(toFile: path, atomically: true, encoding: .utf8)
        try g.addLexicon(path: path)
        let extractor = Extractor(gazetteer: g)
        let graph = extractor.extract(Document(name: "x", text: "Blue Crescent supports Chad."))
        #expect(graph.node(id: "blue-crescent") != nil)
        #expect(graph.edges.contains { $0.source == "blue-crescent" && $0.type == .support && $0.target == "Q657" })
    }
}
