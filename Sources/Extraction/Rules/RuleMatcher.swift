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
    /// Per token `p`: the vocabulary ids of its key and clitic stems, `tokenWords[wordStarts[p]..<wordStarts[p + 1]]`
    /// (flat, so a sentence costs two arrays, not one per token); and all of the sentence's.
    private var tokenWords: [Int] = []
    private var wordStarts: [Int] = [0]
    private(set) var present = WordBits()
    /// Per token `p`: indices into `triggers`, `triggerIndices[triggerStarts[p]..<triggerStarts[p + 1]]`.
    private var triggerIndices: [Int]
    private var triggerStarts: [Int]
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
        wordStarts.reserveCapacity(n + 1)
        for i in 0..<n {
            let first = tokenWords.count
            if vocabulary.count > 0 && context.tokens[i].kind != .number {
                for r in context.readings[i] {
                    if let id = vocabulary.id(r.stem, hash: r.stemHash), !tokenWords[first...].contains(id) { tokenWords.append(id); present.insert(id) }
                }
            }
            wordStarts.append(tokenWords.count)
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
        (triggerIndices, triggerStarts) = Self.byToken(triggers.map(\.0), tokenCount: n)
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
        case .trigger?: for p in 0..<context.tokens.count where triggerStarts[p] < triggerStarts[p + 1] { attempt(p) }
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
            guard let k = triggerIndices[triggerStarts[p]..<triggerStarts[p + 1]].first(where: { relations.isEmpty || relations.contains(triggers[$0].1.relation) }) else { return nil }
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
        tokenWords[wordStarts[p]..<wordStarts[p + 1]].contains { set.contains($0) }
    }

    /// The indices of `positions` grouped by position, each group in index order: (indices, starts),
    /// the group of position `p` being `indices[starts[p]..<starts[p + 1]]`.
    static func byToken(_ positions: [Int], tokenCount n: Int) -> ([Int], [Int]) {
        var starts = [Int](repeating: 0, count: n + 1)
        for p in positions { starts[p + 1] += 1 }
        for p in 0..<n { starts[p + 1] += starts[p] }
        var next = starts
        var indices = [Int](repeating: 0, count: positions.count)
        for (k, p) in positions.enumerated() {
            indices[next[p]] = k
            next[p] += 1
        }
        return (indices, starts)
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
