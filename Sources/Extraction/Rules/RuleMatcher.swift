import KnowledgeGraph

/// Matches relation rules over one sentence: its tokens and clitic readings, its mention groups
/// and the trigger lexicon's hits. Backtracking, with lazy gaps (the nearest fit first) and
/// greedy optional slots; one match per start token.
struct RuleMatcher {
    let context: SentenceContext
    let groups: [MentionGroup]
    let entities: EntityTable
    /// Per token: the group starting there and the trigger readings.
    private var groupAt: [Int?]
    /// Per group: the node types of its entities as bits, whether all members are nisbas, how many entities.
    private var groupTypes: [UInt8]
    private var groupAdjective: [Bool]
    private var groupSize: [Int]
    /// Per token: the vocabulary ids of its key and clitic stems; and all of the sentence's.
    private var wordsAt: [[Int]]
    private(set) var present = WordBits()
    /// Per token: indices into `triggers` (ints, so building the table copies no strings).
    private var triggersAt: [[Int]]
    private let triggers: [(Int, Gazetteer.Trigger)]

    /// What one slot matched: its tokens, and the group or trigger reading it bound.
    struct Binding {
        var tokens: Range<Int>
        var group: Int? = nil
        var trigger: Gazetteer.Trigger? = nil
    }

    typealias Match = [Binding?]

    init(context: SentenceContext, groups: [MentionGroup], entities: EntityTable,
         triggers: [(Int, Gazetteer.Trigger)], vocabulary: KeyIndex) {
        self.context = context
        self.groups = groups
        self.entities = entities
        let n = context.tokens.count
        groupAt = Array(repeating: nil, count: n)
        triggersAt = Array(repeating: [], count: n)
        wordsAt = Array(repeating: [], count: n)
        for i in 0..<n where vocabulary.count > 0 && context.tokens[i].kind != .number {
            for r in context.readings[i] {
                if let id = vocabulary.id(r.stem, hash: r.stemHash), !wordsAt[i].contains(id) { wordsAt[i].append(id); present.insert(id) }
            }
        }
        for (k, g) in groups.enumerated() where groupAt[g.start] == nil { groupAt[g.start] = k }
        groupTypes = []
        groupSize = []
        for g in groups {
            let ids = g.entities
            groupTypes.append(ids.reduce(0) { $0 | (entities[$1].map { RelationRule.GroupCondition.bit($0.type) } ?? 0x80) })
            groupSize.append(ids.count)
        }
        groupAdjective = groups.map { g in g.members.allSatisfy { $0.form == .adjective } }
        self.triggers = triggers
        for (k, hit) in triggers.enumerated() { triggersAt[hit.0].append(k) }
    }

    /// Every match of a rule's slots, one per start token, left to right. A pattern that opens
    /// with a group or a trigger is only tried where one starts.
    func matches(_ slots: [RelationRule.Slot]) -> [Match] {
        var out: [Match] = []
        var bindings = Match(repeating: nil, count: slots.count)
        func attempt(_ start: Int) {
            if match(slots, 0, start, &bindings) { out.append(bindings) }
        }
        switch slots.first.map({ $0.optional ? nil : $0.kind }) {
        case .group?: for g in groups { attempt(g.start) }
        case .trigger?: for p in triggersAt.indices where !triggersAt[p].isEmpty { attempt(p) }
        default: for p in 0..<context.tokens.count { attempt(p) }
        }
        return out
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
        case .word:
            return hasWord(slot.bits, at: p) ? Binding(tokens: p..<(p + 1)) : nil
        case .trigger(let relations, let words):
            if words != nil, !hasWord(slot.bits, at: p) { return nil }
            guard let k = triggersAt[p].first(where: { relations.isEmpty || relations.contains(triggers[$0].1.relation) }) else { return nil }
            return Binding(tokens: p..<(p + 1), trigger: triggers[k].1)
        case .group(let condition):
            if let k = groupAt[p] {
                return fits(k, condition) ? Binding(tokens: groups[k].start..<groups[k].end, group: k) : nil
            }
            // A preposition written as a word of its own (في الصومال, on Israel) belongs to its group.
            guard p + 1 < context.tokens.count, let k = groupAt[p + 1], groups[k].preposition == context.tokens[p].key,
                  fits(k, condition) else { return nil }
            return Binding(tokens: p..<groups[k].end, group: k)
        case .gap:
            return nil
        }
    }

    /// The token's key or one of its clitic readings' stems is in the set.
    func hasWord(_ set: WordBits, at p: Int) -> Bool {
        wordsAt[p].contains { set.contains($0) }
    }

    func fits(_ k: Int, _ c: RelationRule.GroupCondition) -> Bool {
        let g = groups[k]
        if c.bare, g.preposition != nil { return false }
        if let preps = c.prepositions, !(g.preposition.map(preps.contains) ?? false) { return false }
        if c.adjective, !groupAdjective[k] { return false }
        if c.several, groupSize[k] < 2 { return false }
        // Every entity's type is allowed (an entity of unknown type has a bit no condition allows).
        if c.typeMask != 0, groupTypes[k] & ~c.typeMask != 0 { return false }
        return true
    }
}
