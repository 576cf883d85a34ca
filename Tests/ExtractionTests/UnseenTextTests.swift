import KnowledgeGraph
import Testing
@testable import Extraction

/// Rules added after the sixth blind score (ghana-netherlands-maritime, libya-turkey-military),
/// each tested on sentences written for these tests.
@Suite struct UnseenTextTests {
    let base = GeneralizationTests()

    func graph(_ text: String) -> KnowledgeGraph { base.graph(text) }
    func has(_ g: KnowledgeGraph, _ s: String, _ r: RelationType, _ t: String) -> Bool { base.has(g, s, r, t) }
    func labels(_ g: KnowledgeGraph, _ type: NodeType) -> [String] { base.labels(g, type) }

    @Test(arguments: [
        ("Foreign Minister Anna de Vries arrived in Rabat.", "Anna de Vries"),
        ("The deal was signed by General Karl von Stein.", "Karl von Stein"),
        ("Ambassador Khalid bin Hamad attended the ceremony.", "Khalid bin Hamad"),
    ])
    func nameParticlesStayInsideEnglishNames(text: String, name: String) {
        #expect(labels(graph(text), .person) == [name])
    }

    @Test func aParticleDoesNotEndANameOrStartOne() {
        // "de" before a lower-case word is not a particle of the name.
        #expect(labels(graph("Minister Anna Berg de facto leads the talks."), .person) == ["Anna Berg"])
    }

    @Test func anUnknownCapitalizedWordAfterInIsAPlace() {
        let g = graph("Officers will be trained at the Regional Maritime University in Tema.")
        #expect(labels(g, .place) == ["Tema"])
        // Months, days, institutions and names that run on are not places.
        #expect(labels(graph("Talks resumed in March and again in Parliament on Monday."), .place).isEmpty)
        #expect(labels(graph("The forces were trained in Kofi Annan Peacekeeping Centre programmes."), .place).isEmpty)
    }

    @Test func anArticleBetweenPrepositionAndPlaceKeepsThePreposition() {
        let g = graph("The Kenyan Navy operates in the Gulf of Guinea.")
        #expect(has(g, "kenyan-navy", .operatesIn, "gulf-of-guinea"))
        #expect(labels(g, .country) == ["Kenya"])
        let d = graph("The Royal Danish Navy will deploy a frigate to the Bay of Bengal.")
        #expect(has(d, "royal-danish-navy", .operatesIn, "bay-of-bengal"))
    }

    @Test func aPurposePhraseContinuesAnArabicBodyName() {
        let g = graph("وقدمت اليابان 5 ملايين دولار للمركز الأردني لإزالة الألغام.")
        #expect(labels(g, .organization) == ["المركز الأردني لإزالة الألغام"])
        #expect(has(g, "Q17", .funding, Gazetteer.slug("المركز الأردني لإزالة الألغام")))
    }

    @Test func aNamedBaseIsAPlace() {
        let g = graph("وتتمركز قوات روسية في قاعدة حميميم الجوية منذ عام 2015.")
        #expect(labels(g, .place) == ["قاعدة حميميم الجوية"])
        // A base with no name is not a place.
        #expect(labels(graph("وأنشأت تركيا قاعدة عسكرية جديدة."), .place).isEmpty)
    }
}
