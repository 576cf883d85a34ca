import Foundation
import GraphQuery
import KnowledgeGraph
import Testing

/// Paths on the seed-like fixture, explained with the evidence in its documents.
struct ExplanationTests {
    let graph = TestGraphs.seedLike

    func explain(_ from: String, _ to: String, k: Int = 1, filter: QueryFilter = QueryFilter()) -> [PathExplanation] {
        let resolver = EntityResolver(graph: graph)
        let a = try! resolver.node(named: from), b = try! resolver.node(named: to)
        let finder = PathFinder(view: AdjacencyView(graph.index, filter: filter, keeping: [a, b]))
        return finder.shortestPaths(from: a, to: b, k: k, maxHops: 6)
            .map { PathExplanation(path: $0, in: graph, filter: filter) }
    }

    /// Each hop as "from relation(direction) to".
    func hops(_ path: PathExplanation) -> [String] {
        path.hops.map { hop in
            "\(hop.from.id) " + hop.links.map { "\($0.relation)(\($0.direction.rawValue))" }.joined(separator: "+") + " \(hop.to.id)"
        }
    }

    @Test func ukToLibyaIsDirect() {
        let paths = explain("المملكة المتحدة", "Libya")
        #expect(paths.map(hops) == [["Q145 cooperation(both) Q1016"]])
    }

    @Test func isisToSandhurstGoesThroughTheUK() {
        let paths = explain("ISIS", "Sandhurst", k: 2)
        #expect(paths.map(hops) == [
            ["Q2429253 opposes(backward) Q145", "Q145 located_in(backward) Q1056418"],
            ["Q2429253 opposes(backward) Q145", "Q145 cooperation(both) Q1016", "Q1016 training(backward) Q1056418"],
        ])
    }

    @Test func followModeWalksEdgesOnlyTheirWay() {
        // Islamic State has only incoming edges, so nothing leaves it in follow mode …
        #expect(explain("ISIS", "Sandhurst", filter: QueryFilter(direction: .follow)).isEmpty)
        // … while Sandhurst reaches it: located in the UK, which opposes it.
        let paths = explain("Sandhurst", "ISIS", filter: QueryFilter(direction: .follow))
        #expect(paths.map(hops) == [["Q1056418 located_in(forward) Q145", "Q145 opposes(forward) Q2429253"]])
    }

    /// The quoted sentence and trigger are exactly the document's text at the stated
    /// Unicode-scalar offsets.
    @Test func evidenceQuotesTheDocumentAtItsOffsets() throws {
        let paths = explain("ISIS", "Sandhurst", k: 2)
        let links = paths.flatMap(\.hops).flatMap(\.links)
        #expect(links.allSatisfy { !$0.evidence.isEmpty })
        for evidence in links.flatMap(\.evidence) {
            let text = try String(contentsOf: TestGraphs.fixtureURL(evidence.document + ".txt"), encoding: .utf8)
            let scalars = Array(text.unicodeScalars)
            func slice(_ start: Int, _ end: Int) -> String {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[start..<end])
                return String(view)
            }
            #expect(slice(evidence.start, evidence.end) == evidence.text)
            let trigger = try #require(evidence.trigger)
            #expect(slice(trigger.start, trigger.end) == trigger.text)
        }
    }

    @Test func textShowsOneHopPerLineThenItsEvidence() {
        let text = ExplanationText.render(explain("UK", "Libya"))
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0] == "1 hop:")
        #expect(lines[1] == "  United Kingdom —cooperation— Libya")
        #expect(lines[2].hasPrefix("      [fixture-ar, sentence 0, 0–"))
        #expect(lines[2].contains("\"أعلنت المملكة المتحدة أنها ستواصل التعاون الأمني مع ليبيا على الحدود الجنوبية.\""))
        #expect(lines[2].hasSuffix("trigger \"التعاون\" at 34–41]"))
    }

    @Test func jsonCarriesTheSameEvidence() throws {
        let paths = explain("UK", "Libya")
        let data = try JSONEncoder().encode(paths)
        let decoded = try JSONDecoder().decode([PathExplanation].self, from: data)
        #expect(decoded == paths)
        let evidence = try #require(decoded.first?.hops.first?.links.first?.evidence.first)
        #expect(evidence.document == "fixture-ar")
        #expect(evidence.trigger?.text == "التعاون")
    }

    @Test func minimumEvidenceDropsUnsupportedEdges() {
        // Every edge of the fixture has one sentence; asking for two leaves no path.
        #expect(explain("UK", "Libya", filter: QueryFilter(minEvidence: 2)).isEmpty)
        #expect(!explain("UK", "Libya", filter: QueryFilter(minEvidence: 1)).isEmpty)
    }
}

/// The rule behind each hop is part of its explanation.
@Test func explanationsNameTheRuleOfEachHop() throws {
    let evidence = Evidence(document: "d", sentence: 0, start: 0, end: 24, text: "Russia shelled Kharkiv.",
                            trigger: Trigger(start: 7, end: 14, text: "shelled", cameo: "19"), rule: "lex:en:opposes:shell")
    let graph = try QueryGraph(KnowledgeGraph(
        nodes: [Node(id: "ru", label: "Russia", type: .country), Node(id: "kh", label: "Kharkiv", type: .place)],
        edges: [Edge(source: "ru", type: .opposes, target: "kh", evidence: [evidence])]))
    let a = try #require(graph.index.node(id: "ru")), b = try #require(graph.index.node(id: "kh"))
    let finder = PathFinder(view: AdjacencyView(graph.index, filter: QueryFilter(), keeping: [a, b]))
    let paths = finder.shortestPaths(from: a, to: b, k: 1, maxHops: 2).map { PathExplanation(path: $0, in: graph, filter: QueryFilter()) }
    let text = ExplanationText.render(paths)
    #expect(text.contains("  Russia —opposes→ Kharkiv"))
    #expect(text.contains("trigger \"shelled\" at 7–14; rule lex:en:opposes:shell]"))
}
