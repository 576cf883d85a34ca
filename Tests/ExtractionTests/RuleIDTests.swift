import Foundation
import KnowledgeGraph
import Testing
@testable import Extraction

/// Every edge kg extracts names the rule or trigger entry that made it, and the id reaches the JSON.
@Suite struct RuleIDTests {
    static let swiftRules = RuleID.all
    static let patternRules = Set(RelationTests.extractor.rules.rules.map(\.id))

    /// The ids the lexicon defines: every trigger reading's id.
    static let lexiconIDs: Set<String> = {
        let g = RelationTests.extractor.gazetteer
        return Set(g.triggers.keys.flatMap { g.triggers[$0]!.map(\.id) })
    }()

    @Test func everyDevSetEdgeNamesAKnownRule() throws {
        let (_, graphs) = try CorpusTests.score(directory: DevSetTests.directory, tag: "rules")
        var edges = 0
        for (name, graph) in graphs {
            for edge in graph.edges {
                for ev in edge.evidence {
                    let rule = try #require(ev.rule, "\(name): \(edge.source) \(edge.type) \(edge.target) has no rule")
                    #expect(Self.swiftRules.contains(rule) || Self.lexiconIDs.contains(rule) || Self.patternRules.contains(rule), "\(name): unknown rule \(rule)")
                    edges += 1
                }
            }
        }
        #expect(edges > 100)
    }

    @Test func aTriggerEdgeNamesItsEntryInTheJSON() throws {
        let g = RelationTests.graph("France held talks with Jordan about border security.")
        let edge = try #require(g.edges.first { $0.type == .talks })
        #expect(edge.evidence.first?.rule == "lex:en:talks:talks")
        let json = String(decoding: try GraphJSON.encode(g), as: UTF8.self)
        #expect(json.contains("\"rule\" : \"lex:en:talks:talks\""))
        #expect(try GraphJSON.decode(GraphJSON.encode(g)) == g)
    }

    @Test func swiftMakersNameThemselves() throws {
        // The Egyptian navy's country comes from its nisba; the ambassador's from his title.
        let g = RelationTests.graph("وقال السفير الفرنسي بيار دوبون إن القوات البحرية المصرية شاركت في التدريب.")
        let rules = Set(g.edges.flatMap { $0.evidence.compactMap(\.rule) })
        #expect(rules.contains(RuleID.titleAffiliation))
        #expect(rules.contains(RuleID.nisbaAffiliation))
        #expect(RelationTests.has(g, "بيار-دوبون", .affiliatedWith, "Q142"))
    }

    /// The accused, not the accuser, supplies: the charge's verbal noun takes the accusation's object.
    @Test(arguments: [
        ("واشنطن تتهم طهران بتسليح الحوثيين.", "Q30", "Q794", "بتسليح"),
        ("Iran accused Israel of supplying weapons to Hamas.", "Q794", "Q801", "supplying"),
    ])
    func theAccusedDoesWhatTheChargeSays(text: String, accuser: String, accused: String, charge: String) throws {
        let g = RelationTests.graph(text)
        #expect(RelationTests.has(g, accuser, .opposes, accused))
        let supply = try #require(g.edges.first { $0.type == .support })
        #expect(supply.source == accused)
        #expect(supply.evidence.first?.rule == RuleID.accusedAgent)
        #expect(supply.evidence.first?.trigger?.text == charge)
        #expect(!g.edges.contains { $0.type == .support && $0.source == accuser })
    }
}
