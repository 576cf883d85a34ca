import KnowledgeGraph
import Testing
@testable import Extraction

/// How learned spans merge with the gazetteer and the patterns (issue 7, item 2), one table per
/// type: a gazetteer name keeps its id and type, a learned-only name is added, and a conflict
/// between them is settled by the rules of ``LearnedNameMatcher``. The spans are given here, so
/// the tests check the merging rules, not the model.
@Suite struct EntityMergeTests {
    static let gazetteer = try! Gazetteer.builtIn()

    /// The merged mentions of `text` when the recognizer found `spans` (token ranges and types).
    func merge(_ text: String, _ language: Language, _ spans: [(Range<Int>, NERType)]) -> [(String, NodeType, String)] {
        var state = DocumentState(gazetteer: Self.gazetteer, language: language)
        let analyzer = CliticAnalyzer(isKnown: { [known = Self.gazetteer.known] in known.contains($0) })
        let scalars = Array(text.unicodeScalars)
        let sentence = Sentence(index: 0, tokens: Tokenizer.tokenize(scalars[...], base: 0))
        let context = SentenceContext(sentence: sentence, language: language, analyzer: analyzer, line: scalars[...], base: 0)
        let known = GazetteerMatcher().mentions(in: context, gazetteer: Self.gazetteer, document: &state)
        let learned = LearnedNameMatcher(spans: spans.map { NERSpan(tokens: $0.0, type: $0.1) }, others: known, known: known)
            .mentions(in: context, gazetteer: Self.gazetteer, document: &state)
        return MentionMerger.merge(known + learned).map { m in
            (state.entities[m.entity]!.id, state.entities[m.entity]!.type, context.text(of: m.tokens))
        }
    }

    func ids(_ found: [(String, NodeType, String)]) -> [String] { found.map(\.0) }

    @Test func persons() {
        // Learned only: a new person.
        #expect(merge("Anna Kowalski arrived in Warsaw.", .en, [(0..<2, .person)]).map(\.1).first == .person)
        #expect(merge("وصل محمود عباس إلى عمان.", .ar, [(1..<3, .person)]).contains { $0 == ("محمود-عباس", .person, "محمود عباس") })
        // A gazetteer name the model calls a person keeps its id and type.
        #expect(ids(merge("Kenya signed the deal.", .en, [(0..<1, .person)])) == ["Q114"])
        // A person may hold a known name: أبو أيوب المصري is not Egypt.
        let found = merge("قتل أبو أيوب المصري أمس.", .ar, [(1..<3, .person)])
        #expect(found.map(\.1) == [.person] && found.first?.2 == "أبو أيوب المصري")
    }

    @Test func organizations() {
        // Learned only, with a group head: an armed group.
        #expect(merge("The Valley Brigades attacked the post.", .en, [(1..<3, .organization)]).map(\.1) == [.group])
        // A learned body may hold a known place (Bank of Kenya); the place inside is dropped.
        let bank = merge("The Central Bank of Kenya raised rates.", .en, [(1..<5, .organization)])
        #expect(bank.map(\.2) == ["Central Bank of Kenya"] && bank.map(\.1) == [.organization])
        // A state body with a country is that country.
        #expect(ids(merge("قالت الحكومة العراقية إن الهجوم فشل.", .ar, [(1..<3, .organization)])) == ["Q796"])
        // A learned span crossing a known name is dropped; the known name stays.
        #expect(ids(merge("The United Nations Office said so.", .en, [(2..<4, .organization)])).contains("Q1065"))
    }

    /// A deal is not a body, and a title's portfolio is not a place; the country beside each stays.
    @Test func documentsAndPortfoliosAreNoEntities() {
        #expect(ids(merge("Kenya signed the Defence Cooperation Agreement.", .en, [(3..<6, .organization)])) == ["Q114"])
        #expect(ids(merge("وقعت كينيا اتفاقية التعاون الدفاعي.", .ar, [(2..<5, .organization)])) == ["Q114"])
        #expect(ids(merge("Kenya's Cabinet Secretary for Defence spoke.", .en, [(6..<7, .location)])) == ["Q114"])
    }

    @Test func locations() {
        // Learned only: a new place.
        #expect(merge("Fighting reached Tal Abyad yesterday.", .en, [(2..<4, .location)]).map(\.1) == [.place])
        // A learned place holding a known name is dropped for the known one (canonical id wins).
        #expect(ids(merge("They met in northern Syria today.", .en, [(3..<5, .location)])) == ["Q858"])
        // A learned place named with a body's head word is an organization.
        #expect(merge("The bill went to Parliament on Monday.", .en, [(4..<5, .location)]).map(\.1) == [.organization])
    }
}
