import Foundation
import KnowledgeGraph
import Testing
@testable import Extraction

/// The relation pattern rules: each rule's own sentences with only that rule on, the checks that
/// refuse a bad rules file with `file:line`, and the switches that turn rules off.
@Suite struct RuleTests {
    static let extractor = RelationTests.extractor
    static let ids = extractor.rules.rules.map(\.id)

    @Test(arguments: ids) func examplesAndCountersPass(_ id: String) {
        let rule = Self.extractor.rules.rules.first { $0.id == id }!
        #expect(!rule.examples.isEmpty)
        #expect(RuleExampleRunner(extractor: Self.extractor).check(id) == [])
    }

    @Test func everyShippedRuleRuns() {
        #expect(Self.ids.count >= 7)
        #expect(Set(Self.ids).count == Self.ids.count)
        #expect(Self.extractor.rules.rules.contains { $0.language == .ar } && Self.extractor.rules.rules.contains { $0.language == .en })
    }

    /// A rules file written to a temporary path, loaded after the shipped rules.
    static func load(_ text: String) throws(ExtractionError) -> RelationRules {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("kg-rule-\(UUID().uuidString).rules").path
        try! text.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        var rules = extractor.rules
        try rules.add(paths: [path])
        return rules
    }

    static let header = "rule en:test\n  match  A:group T:trigger(opposes) B:group\n"

    @Test(arguments: [
        ("rule test\n", ":1: a rule id is LANGUAGE:NAME"),
        ("rule en:as-part-of\n", ":1: rule en:as-part-of is already defined at"),
        ("  match  \"x\"\n", ":1: an indented field outside a rule"),
        ("rule en:t\n  match  A:group ~3\n  emit  A -opposes-> A\n  example  x => a -opposes-> b\n", ":2: a match line cannot end with a gap"),
        ("rule en:t\n  match  A:grup\n", ":2: unknown slot 'A:grup'"),
        ("rule en:t\n  match  A:group(animal)\n", ":2: unknown group condition 'animal'"),
        ("rule en:t\n  match  T:trigger(hates) A:group\n", ":2: unknown relation 'hates' in trigger"),
        ("rule en:t\n  match  @nowhere A:group\n", ":2: unknown word set '@nowhere'"),
        ("rule en:t\n  match  A:group ~20 B:group\n", ":2: a gap is ~N or ~M-N"),
        (header + "  emit  A -likes-> B\n", ":3: unknown relation 'likes'"),
        (header + "  emit  A -> C\n", ":3: no slot named 'C'"),
        (header + "  cancel  A\n", ":3: 'cancel A': the slot is not a trigger"),
        (header + "  emit  A -> B\n", ":1: rule en:test has no example"),
        (header + "  emit  A -> B\n  example  Russia attacked Ukraine.\n", ":4: an example needs '=> SOURCE -relation-> TARGET'"),
        ("rule en:t\n  match  A:group B:group\n  emit  A -> B\n", ":3: 'emit A -> B' takes the trigger's relation"),
        ("frobnicate\n", ":1: unknown line kind 'frobnicate'"),
    ]) func aBadRulesFileNamesItsLine(_ text: String, _ message: String) {
        do {
            _ = try Self.load(text)
            Issue.record("loaded: \(text)")
        } catch {
            #expect(error.code == .invalidRules)
            #expect(error.message.contains(".rules" + message), "\(error.message)")
        }
    }

    @Test func aUserRuleAddsAConstructionWithoutSwift() throws {
        // "campaign" is no trigger in the lexicon: the rule names the word and the relation itself.
        let text = """
            rule en:my-campaign-against
              about    X's campaign against Y
              match    A:group(agent, bare) "'" "s" "campaign" "against" "the"? B:group(agent)
              emit     A -opposes-> B
              example  Turkey's campaign against the PKK went on. => Turkey -opposes-> PKK
            """
        var x = Self.extractor
        x.rules = try Self.load(text)
        #expect(RuleExampleRunner(extractor: x).check("en:my-campaign-against") == [])
        let g = x.extract(Document(name: "t", text: "Turkey's campaign against the PKK went on."))
        let edge = try #require(g.edges.first { $0.type == .opposes && $0.source == "Q43" })
        #expect(edge.evidence.first?.rule == "en:my-campaign-against")
    }

    @Test func aRuleSwitchedOffMakesNoEdge() throws {
        let text = "Houthi attacks on Israel continued overnight."
        let on = Self.extractor.extract(Document(name: "t", text: text))
        #expect(on.edges.contains { $0.type == .opposes && $0.evidence.contains { $0.rule == "en:agent-before-attack" } })
        var x = Self.extractor
        try x.rules.disable(["en:agent-before-attack"], gazetteer: x.gazetteer)
        let off = x.extract(Document(name: "t", text: text))
        #expect(!off.edges.contains { $0.evidence.contains { $0.rule == "en:agent-before-attack" } })
        // A trigger entry and a Swift rule switch off the same way.
        try x.rules.disable(["lex:en:opposes:shell", "swift:state-level"], gazetteer: x.gazetteer)
        #expect(!x.extract(Document(name: "t", text: "Russia shelled Ukraine overnight.")).edges.contains { $0.type == .opposes })
        #expect(Self.extractor.extract(Document(name: "t", text: "Russia shelled Ukraine overnight.")).edges.contains { $0.type == .opposes })
    }

    @Test func anUnknownRuleIDIsRefused() {
        var x = Self.extractor
        #expect(throws: ExtractionError.self) { try x.rules.disable(["en:no-such-rule"], gazetteer: x.gazetteer) }
    }
}
