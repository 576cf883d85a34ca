import KnowledgeGraph

/// A relation found in a sentence, before it joins the graph.
struct RelationCandidate: Sendable {
    var source: String
    var type: RelationType
    var target: String
    var attributes = EdgeAttributes()
    /// Token range of the trigger in the sentence, if a word signalled the relation.
    var trigger: Range<Int>?
}

/// Mentions joined by و / and / commas (المملكة المتحدة ومصر، كل من X و Y), as one argument.
struct MentionGroup {
    var members: [EntityMention]
    var start: Int { members.first!.tokens.lowerBound }
    var end: Int { members.last!.tokens.upperBound }
    var preposition: String? { members.first!.preposition }
    var entities: [String] {
        var seen: [String] = []
        for m in members where !seen.contains(m.entity) { seen.append(m.entity) }
        return seen
    }

    /// Groups a sentence's mentions: a mention joins the one before when only a conjunction,
    /// comma or كل من lies between them, or when it carries the و clitic right after it.
    static func groups(_ mentions: [EntityMention], _ context: SentenceContext) -> [MentionGroup] {
        var out: [MentionGroup] = []
        for m in mentions {
            if let last = out.last, joins(last, m, context) {
                out[out.count - 1].members.append(m)
            } else {
                out.append(MentionGroup(members: [m]))
            }
        }
        return out
    }

    static func joins(_ group: MentionGroup, _ m: EntityMention, _ context: SentenceContext) -> Bool {
        if m.tokens == group.members.last!.tokens { return true }  // البلدين: both countries at once
        let gap = group.end..<m.tokens.lowerBound
        let tokens = context.tokens
        let first = context.tokens[m.tokens.lowerBound].key
        let cliticAnd = first.hasPrefix("و") && context.readings[m.tokens.lowerBound].contains { $0.clitic.hasPrefix("و") }
        if gap.isEmpty { return cliticAnd || m.preposition == nil && group.members.last!.form == .adjective && m.form == .adjective }
        guard gap.count <= 2 else { return false }
        // "against al-Shabaab, the High Commissioner said": a reference after a comma is no list member.
        if m.form == .reference, gap.contains(where: { [",", "،"].contains(tokens[$0].key) }) { return false }
        // A nisba or demonym coordinates with its kind only: "the Coalition, and British aircraft"
        // are two phrases, "American and British forces" one.
        if (group.members.last!.form == .adjective) != (m.form == .adjective) { return false }
        // ", and" ends a list already running (Syria, Iraq, and Libya) but after a single name it
        // starts a new clause (a member of NATO, and Tunisia has …).
        if gap.count == 2, group.members.count < 2, gap.contains(where: { [",", "،"].contains(tokens[$0].key) }),
           gap.contains(where: { ["and", "و"].contains(tokens[$0].key) }) { return false }
        return gap.allSatisfy { ["و", "and", ",", "،", "or", "او"].contains(tokens[$0].key) || (gap.count == 2 && tokens[$0].key == "the") }
            && !(m.preposition.map { ["في", "in", "مع", "with", "to", "الي"].contains($0) } ?? false)
    }
}
