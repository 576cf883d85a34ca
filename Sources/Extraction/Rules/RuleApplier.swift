import KnowledgeGraph

/// A rule as the matcher runs it: one shared object, so a sentence's pass over the rules copies
/// no arrays or strings.
final class RuleProgram: Sendable {
    let id: String
    let slots: [RelationRule.Slot]
    let actions: [RelationRule.Action]
    let requiredWords: [WordBits]
    /// The relations of the first required trigger slot, as bits of `RelationType.allCases`; nil if none.
    let requiredTriggers: UInt32?
    let gates: Bool

    init(_ rule: RelationRule) {
        id = rule.id
        slots = rule.slots
        actions = rule.actions
        requiredWords = rule.requiredWords
        requiredTriggers = rule.requiredTriggers.map { set in set.reduce(0) { $0 | RuleProgram.bit($1) } }
        gates = actions.contains { if case .require = $0 { true } else { false } }
    }

    static func bit(_ r: RelationType) -> UInt32 { 1 << UInt32(RelationType.allCases.firstIndex(of: r)!) }
}

/// Runs a sentence's relation rules in three passes: `require` gates, then `cancel`, then `emit`.
/// A trigger that a rule cancelled or emitted for is taken from kg's default argument choice.
struct RuleApplier {
    let rules: [RuleProgram]

    /// A trigger reading at a token.
    struct TriggerHit: Equatable {
        var token: Int
        var relation: RelationType
    }

    struct Outcome {
        var relations: [RelationCandidate] = []
        /// Triggers a rule cancelled or made its relations for.
        var taken: [TriggerHit] = []
    }

    func apply(_ matcher: RuleMatcher, triggers: [(Int, Gazetteer.Trigger)]) -> Outcome {
        var out = Outcome()
        var cancelled: [TriggerHit] = []
        var found: [(RuleProgram, [RuleMatcher.Match])] = []
        let present = triggers.reduce(UInt32(0)) { $0 | RuleProgram.bit($1.1.relation) }
        for rule in rules {
            // A sentence without a required trigger or word cannot match; a `require` still gates on that.
            let possible = (rule.requiredTriggers.map { $0 & present != 0 } ?? true)
                && !rule.requiredWords.contains { !$0.intersects(matcher.present) }
            let matches = possible ? matcher.matches(rule.slots) : []
            if !matches.isEmpty || rule.gates { found.append((rule, matches)) }
        }
        for (rule, matches) in found {
            for case .require(let k) in rule.actions {
                let kept = matches.compactMap { $0[k]?.tokens.lowerBound }
                for (t, trigger) in triggers where !kept.contains(t) && matcher.bind(rule.slots[k], at: t)?.trigger == trigger {
                    cancelled.append(TriggerHit(token: t, relation: trigger.relation))
                }
            }
            for case .cancel(let k) in rule.actions {
                for m in matches { if let b = m[k], let t = b.trigger { cancelled.append(TriggerHit(token: b.tokens.lowerBound, relation: t.relation)) } }
            }
        }
        for (rule, matches) in found {
            for m in matches { out.relations += emitted(rule, m, matcher, skipping: cancelled, taken: &out.taken) }
        }
        out.taken += cancelled
        return out
    }

    /// The entities an emit argument names in a match: the group's, or its one member.
    func entities(_ a: RelationRule.Argument, _ m: RuleMatcher.Match, _ matcher: RuleMatcher) -> [String] {
        guard let k = m[a.slot]?.group else { return [] }
        let all = matcher.groups[k].entities
        guard let member = a.member else { return all }
        return member <= all.count ? [all[member - 1]] : []
    }

    func emitted(_ rule: RuleProgram, _ m: RuleMatcher.Match, _ matcher: RuleMatcher,
                 skipping cancelled: [TriggerHit], taken: inout [TriggerHit]) -> [RelationCandidate] {
        let trigger = m.indices.first { m[$0]?.trigger != nil }.flatMap { k in m[k].map { (k, $0) } }
        if let (_, b) = trigger, let t = b.trigger, cancelled.contains(TriggerHit(token: b.tokens.lowerBound, relation: t.relation)) {
            return []
        }
        var out: [RelationCandidate] = []
        for case .emit(let s, let relation, let o) in rule.actions {
            guard let type = relation ?? trigger?.1.trigger?.relation else { continue }
            for a in entities(s, m, matcher) {
                for b in entities(o, m, matcher) where a != b {
                    var c = RelationCandidate(source: a, type: type, target: b, rule: rule.id)
                    if let (_, hit) = trigger {
                        c.trigger = hit.tokens
                        c.cameo = hit.trigger?.cameo
                    }
                    out.append(c)
                }
            }
        }
        // Only an edge of the trigger's own relation takes the trigger from the default choice.
        if let (_, b) = trigger, let t = b.trigger, out.contains(where: { $0.type == t.relation }) {
            taken.append(TriggerHit(token: b.tokens.lowerBound, relation: t.relation))
        }
        return out
    }
}
