import KnowledgeGraph

/// Matches relation rules over one sentence: its tokens and clitic readings, its mention groups
/// and the trigger lexicon's hits. Backtracking, with lazy gaps (the nearest fit first) and
/// greedy optional slots; one match per start token.
struct RuleMatcher {
    let context: SentenceContext
    let groups: [MentionGroup]
    let entities: [String: DocumentEntity]
    /// Per token: the group starting there and the trigger readings.
    private var groupAt: [Int?]
    private var triggersAt: [[Gazetteer.Trigger]]

    /// What one slot matched: its tokens, and the group or trigger reading it bound.
    struct Binding {
        var tokens: Range<Int>
        var group: Int? = nil
        var trigger: Gazetteer.Trigger? = nil
    }

    typealias Match = [Binding?]

    init(context: SentenceContext, groups: [MentionGroup], entities: [String: DocumentEntity],
         triggers: [(Int, Gazetteer.Trigger)]) {
        self.context = context
        self.groups = groups
        self.entities = entities
        let n = context.tokens.count
        groupAt = Array(repeating: nil, count: n)
        triggersAt = Array(repeating: [], count: n)
        for (k, g) in groups.enumerated() where groupAt[g.start] == nil { groupAt[g.start] = k }
        for (i, t) in triggers { triggersAt[i].append(t) }
    }

    /// Every match of `rule`, one per start token, left to right.
    func matches(_ rule: RelationRule) -> [Match] {
        var out: [Match] = []
        var bindings = Match(repeating: nil, count: rule.slots.count)
        for start in starts(rule) {
            if match(rule.slots, 0, start, &bindings) { out.append(bindings) }
        }
        return out
    }

    /// Where a match can start: at a group or a trigger when the pattern opens with one, so most
    /// tokens are never looked at.
    func starts(_ rule: RelationRule) -> [Int] {
        guard let first = rule.slots.first, !first.optional else { return Array(0..<context.tokens.count) }
        switch first.kind {
        case .group: return groups.map(\.start)
        case .trigger: return triggersAt.indices.filter { !triggersAt[$0].isEmpty }
        default: return Array(0..<context.tokens.count)
        }
    }

    private func match(_ slots: [RelationRule.Slot], _ k: Int, _ p: Int, _ b: inout Match) -> Bool {
        guard k < slots.count else { return true }
        let slot = slots[k]
        if case .gap(let lo, let hi) = slot.kind {
            var q = p
            for width in 0...hi {
                if width > 0 {
                    guard q < context.tokens.count else { return false }
                    q += 1
                }
                if width >= lo, match(slots, k + 1, q, &b) { return true }
            }
            return false
        }
        if let bound = bind(slot, at: p) {
            b[k] = bound
            if match(slots, k + 1, bound.tokens.upperBound, &b) { return true }
        }
        b[k] = nil
        return slot.optional && match(slots, k + 1, p, &b)
    }

    /// What `slot` binds at token `p`, if it fits there.
    func bind(_ slot: RelationRule.Slot, at p: Int) -> Binding? {
        guard p < context.tokens.count else { return nil }
        switch slot.kind {
        case .word(let set):
            return hasWord(set, at: p) ? Binding(tokens: p..<(p + 1)) : nil
        case .trigger(let relations, let words):
            if let words, !hasWord(words, at: p) { return nil }
            guard let t = triggersAt[p].first(where: { relations.isEmpty || relations.contains($0.relation) }) else { return nil }
            return Binding(tokens: p..<(p + 1), trigger: t)
        case .group(let condition):
            if let k = groupAt[p] {
                return fits(groups[k], condition) ? Binding(tokens: groups[k].start..<groups[k].end, group: k) : nil
            }
            // A preposition written as a word of its own (في الصومال, on Israel) belongs to its group.
            guard p + 1 < context.tokens.count, let k = groupAt[p + 1], groups[k].preposition == context.tokens[p].key,
                  fits(groups[k], condition) else { return nil }
            return Binding(tokens: p..<groups[k].end, group: k)
        case .gap:
            return nil
        }
    }

    /// The token's key or one of its clitic readings' stems is in the set.
    func hasWord(_ set: KeySet, at p: Int) -> Bool {
        context.readings[p].contains { set.contains($0.stem) } || set.contains(context.tokens[p].key)
    }

    func fits(_ g: MentionGroup, _ c: RelationRule.GroupCondition) -> Bool {
        if c.bare, g.preposition != nil { return false }
        if let preps = c.prepositions, !(g.preposition.map(preps.contains) ?? false) { return false }
        if c.adjective, !g.members.allSatisfy({ $0.form == .adjective }) { return false }
        if c.several, g.entities.count < 2 { return false }
        if !c.types.isEmpty, !g.entities.allSatisfy({ entities[$0].map { c.types.contains($0.type) } ?? false }) { return false }
        return true
    }
}
