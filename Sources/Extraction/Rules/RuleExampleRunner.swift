import KnowledgeGraph

/// Runs a rule's `example` and `counter` sentences, as swift-format tests one rule at a time.
///
/// - A rule that emits: its examples' facts hold with only that rule on (no other pattern, no
///   Swift rule, no default argument choice), each made by the rule; on a counter it makes nothing,
///   and the counter's facts hold for the whole extractor.
/// - A rule that cancels or gates triggers runs with the default argument choice on: its examples'
///   facts hold with it, and each `no` fact is there without it (the rule is what removes it);
///   a counter's facts hold with it.
package struct RuleExampleRunner: Sendable {
    let extractor: Extractor

    package init(extractor: Extractor) { self.extractor = extractor }

    /// The problems found, one line each (`FILE:LINE: …`); empty when every sentence passes.
    package func check(_ id: String) -> [String] {
        guard let rule = extractor.rules.rules.first(where: { $0.id == id }) else { return ["unknown rule \(id)"] }
        var alone = extractor
        alone.rules.isolated = id
        var without = alone
        without.rules.disabled.insert(id)
        var problems: [String] = []
        for e in rule.examples {
            let g = graph(alone, e)
            for f in e.facts where holds(f, g, by: rule.gatesTriggers ? nil : id) == f.negated {
                problems.append("\(e.origin): \(f.negated ? "found" : "missing") \(f.description.replacingNo) with \(id)")
            }
            guard rule.gatesTriggers else { continue }
            let before = graph(without, e)
            for f in e.facts where f.negated && !holds(f, before, by: nil) {
                problems.append("\(e.origin): \(f.source) -\(f.relation.rawValue)-> \(f.target) is not found even without \(id), so the example shows nothing")
            }
        }
        for c in rule.counters {
            let g = graph(alone, c)
            if !rule.gatesTriggers, let edge = g.edges.first(where: { $0.evidence.contains { $0.rule == id } }) {
                problems.append("\(c.origin): \(id) made \(edge.source) -\(edge.type.rawValue)-> \(edge.target)")
            }
            let whole = rule.gatesTriggers ? g : graph(extractor, c)
            for f in c.facts where holds(f, whole, by: nil) == f.negated {
                problems.append("\(c.origin): \(f.negated ? "found" : "missing") \(f.description.replacingNo)")
            }
        }
        return problems
    }

    func graph(_ x: Extractor, _ e: RelationRule.Example) -> KnowledgeGraph {
        x.extract(Document(name: "example", text: e.text))
    }

    /// Whether the graph has the fact's edge (either way for a symmetric relation), made by `rule` if given.
    func holds(_ f: RelationRule.Fact, _ g: KnowledgeGraph, by rule: String?) -> Bool {
        let sources = ids(f.source, g), targets = ids(f.target, g)
        return g.edges.contains { e in
            e.type == f.relation && (rule.map { r in e.evidence.contains { $0.rule == r } } ?? true)
                && (sources.contains(e.source) && targets.contains(e.target)
                    || f.relation.isSymmetric && sources.contains(e.target) && targets.contains(e.source))
        }
    }

    /// Node ids whose id, label or a name matches `name`, ignoring case.
    func ids(_ name: String, _ g: KnowledgeGraph) -> Set<String> {
        let key = TextNormalizer.key(name)
        return Set(g.nodes.filter { n in
            n.id == name || TextNormalizer.key(n.label) == key || n.aliases.contains { TextNormalizer.key($0) == key }
                || [n.names.en, n.names.ar].contains { $0.map { TextNormalizer.key($0) == key } ?? false }
        }.map(\.id))
    }
}

private extension String {
    /// A fact's text without its `no `, for messages that say found/missing.
    var replacingNo: String { hasPrefix("no ") ? String(dropFirst(3)) : self }
}
