import KnowledgeGraph
import Testing
@testable import Extraction

/// Persons named in Arabic and in Latin letters merge only on a strong, unambiguous match.
@Suite struct CrossScriptMergeTests {
    func person(_ id: String, _ label: String) -> Node { Node(id: id, label: label, type: .person, aliases: [label]) }

    @Test(arguments: [
        ("John Casson", "جون كاسن"), ("Jeremy Hunt", "جيريمي هانت"), ("Lloyd Austin", "لويد أوستن"),
        ("Emmanuel Macron", "إيمانويل ماكرون"), ("Antony Blinken", "أنتوني بلينكن"),
    ])
    func aTransliterationIsTheSamePerson(latin: String, arabic: String) {
        #expect(Transliteration.skeleton(latin) == Transliteration.skeleton(arabic))
        let uk = Node(id: "Q145", label: "United Kingdom", type: .country)
        let graph = KnowledgeGraph(nodes: [person("en", latin), person("ar", arabic), uk],
                                   edges: [Edge(source: "ar", type: .affiliatedWith, target: "Q145")])
        let (merged, merges) = CrossScriptMerger.merge(graph)
        #expect(merges == [NodeMerge(kept: "en", merged: "ar", rule: "transliteration", forms: [latin, arabic])])
        #expect(merged.nodes.filter { $0.type == .person }.map(\.id) == ["en"])
        #expect(merged.node(id: "en")?.names == Names(en: latin, ar: arabic))
        #expect(merged.edges.map(\.source) == ["en"])
    }

    @Test func differentNamesStayApart() {
        #expect(Transliteration.skeleton("John Casson") != Transliteration.skeleton("جون كيري"))
        let graph = KnowledgeGraph(nodes: [person("a", "John Casson"), person("b", "جون كيري")], edges: [])
        let (merged, merges) = CrossScriptMerger.merge(graph)
        #expect(merges.isEmpty && merged.nodeCount == 2)
    }

    /// Two Latin persons with one skeleton: the Arabic name could be either, so nothing merges; a short
    /// name (Ali, علي) is too common to trust. The same names alone do merge.
    @Test func weakOrAmbiguousMatchesDoNotMerge() {
        let ambiguous = KnowledgeGraph(nodes: [person("a", "Karim Nasser"), person("b", "Kareem Nasir"), person("c", "كريم ناصر")], edges: [])
        #expect(CrossScriptMerger.merge(ambiguous).1.isEmpty)
        let alone = KnowledgeGraph(nodes: [person("a", "Karim Nasser"), person("c", "كريم ناصر")], edges: [])
        #expect(CrossScriptMerger.merge(alone).1.map(\.kept) == ["a"])
        let short = KnowledgeGraph(nodes: [person("a", "Ali"), person("b", "علي")], edges: [])
        #expect(CrossScriptMerger.merge(short).1.isEmpty)
    }
}
