import KnowledgeGraph

/// Finding a trigger's subject and object, and which entity types fit each relation.
extension Frame {
    /// The subject: after a pronoun, the nearest argument before it; else the first agent-like
    /// argument without a preposition in the trigger's clause, then in the sentence.
    func subject(for r: RelationType, at t: Int) -> MentionGroup? {
        let agents = groups.filter { g in
            g.entities.allSatisfy { Self.agentTypes.contains(type($0) ?? .place) } && fits(r, sourceGroup: g)
        }
        // "they deploy", "ISIS, which still operates", "التي تسيطر": the nearest argument before
        // the pronoun, whatever its preposition; adverbs and auxiliaries may stand between.
        var p = t - 1
        while p > 0, Words.auxiliaries.contains(context.tokens[p]) { p -= 1 }
        // لكنها، إنه: a conjunction carrying the subject pronoun; the last plain agent before it.
        if p >= 0, Words.pronounConjunctions.contains(context.tokens[p]) {
            return agents.last { $0.end <= p && $0.preposition == nil }
        }
        if p >= 0, Words.pronouns.contains(context.tokens[p]) {
            // الهجمات التي يشنها التنظيم, التحالف الذي تقوده واشنطن: a relative whose verb carries the object
            // pronoun, or whose antecedent is no entity, has its subject after the verb.
            if relativeSubjectFollows(t, p),
               let after = agents.first(where: { $0.start > t && $0.start <= t + 3 && $0.preposition == nil }) {
                return after
            }
            return agents.last { $0.end <= p && !(possessed($0) != nil && context.language == .en) }
        }
        var candidates = agents.filter { $0.preposition == nil }
        // Only persons lead (ترأس الوفد … اللواء X): prefer them when the sentence has one.
        if r == .leads, candidates.contains(where: { $0.entities.contains { type($0) == .person } }) {
            candidates = candidates.filter { $0.entities.contains { type($0) == .person } }
        }
        let clause = clauses[t]
        let beforeInClause = candidates.first { clauses[$0.start] == clause && $0.end <= t }
        let afterInClause = candidates.first { clauses[$0.start] == clause && $0.start > t }
        // A verb opening its clause (وقعت الولايات المتحدة …) has its subject after it.
        let clauseStart = clauses.firstIndex(of: clause) ?? 0
        let opensClause = (clauseStart..<t).filter { context.tokens[$0].isWord && !Self.particles.contains(context.tokens[$0]) }.count == 0
        // "Poland, a member of NATO since 1999, joined …": the subject stands before the apposition.
        let commas = (0..<t).filter { Words.englishComma.contains(context.tokens[$0]) }
        if opensClause, context.language == .en, commas.count >= 2, commas[commas.count - 2] + 1 < t,
           Words.articles.contains(context.tokens[commas[commas.count - 2] + 1].key),
           let before = candidates.last(where: { $0.end <= commas[commas.count - 2] }) {
            return before
        }
        if opensClause, let afterInClause { return afterInClause }
        return beforeInClause ?? candidates.first { $0.end <= t } ?? afterInClause ?? candidates.first
    }

    func object(for r: RelationType, at t: Int, excluding s: MentionGroup) -> MentionGroup? {
        var after = groups.filter { $0.start > t && $0.entities != s.entities && fits(r, target: $0) }
        // An object in a later clause with its own subject belongs to that clause's verb
        // (ترأس X الجانب الأردني، فيما قاد الوفد الألماني Y).
        after.removeAll { g in
            clauses[g.start] != clauses[t]
                && Words.clauseWords.contains(context.tokens[clauses.firstIndex(of: clauses[g.start]) ?? 0].key)
        }
        if let first = after.first, clauses[first.start] != clauses[t],
           groups.contains(where: { $0.start > t && $0.start < first.start && clauses[$0.start] == clauses[first.start]
               && $0.preposition == nil && $0.entities.allSatisfy { type($0) == .person } }) {
            after.removeFirst()
        }
        // A new coordinated clause (، وباكستان عضو فيه; , and Tunisia …) has its own verb.
        after.removeAll { g in
            clauses[g.start] != clauses[t] && r != .funding
                && (g.members.first.map { m in context.readings[m.tokens.lowerBound].contains { $0.clitic.hasPrefix("و") } } ?? false
                    || g.start > 0 && Words.englishAnd.contains(context.tokens[g.start - 1]))
        }
        // Strikes in Syria are not against Syria: an opponent is named plainly or after ضد / against / على.
        if r == .opposes {
            // "fighting against insurgents linked to the Islamic State": the group the fighters are tied to.
            after.removeAll { g in
                !Words.againstPrepositions.contains(g.preposition ?? "ضد")
                    && !(Words.withPrepositions.contains(g.preposition ?? "") && Words.clashWords.contains(context.tokens[t]))
                    && !(g.start >= 2 && Words.tiedWords.contains(context.tokens[g.start - 2]) && clauses[g.start] == clauses[t])
                    && !namesAMember(g)
            }
            after.removeAll { clauses[$0.start] != clauses[t] && type($0.entities[0]) != .group }
        }
        // عضو فيه / member of it: the organization named before.
        if r == .memberOf, t + 1 < context.tokens.count, Words.memberPronouns.contains(context.tokens[t + 1]) {
            return groups.last { $0.end <= s.start && fits(r, target: $0) }
                ?? groups.last { $0.end <= t && $0.start != s.start && fits(r, target: $0) }
        }
        // "gave $5m to Haiti's National Police": the body the country's name qualifies.
        if r != .operatesIn, r != .locatedIn, let g = after.first, g.end + 1 < context.tokens.count,
           Words.apostrophes.contains(context.tokens[g.end]), Words.possessiveS.contains(context.tokens[g.end + 1]),
           let body = groups.first(where: { $0.start == g.end + 2 && $0.entities.allSatisfy { type($0) == .organization } }) {
            return body
        }
        switch r {
        case .operatesIn:
            guard let g = after.first(where: { Words.targetPrepositions.contains($0.preposition ?? "") }) else { return nil }
            // "in Mozambique's Cabo Delgado province": the place the country's name qualifies.
            return possessed(g) ?? g
        case .memberOf:
            return after.first
        default:
            return after.first
        }
    }

    /// The mention right after an agent marker (من قبل، على يد) within a few words after the trigger.
    func markedAgent(after t: Int) -> MentionGroup? {
        guard let lexicon, let end = Self.agentMarkerEnd(lexicon.gazetteer, context.tokens, after: t) else { return nil }
        return groups.first { $0.start == end }
    }

    /// The token after the first agent marker in the six words after `t`, if any.
    static func agentMarkerEnd(_ gazetteer: Gazetteer, _ tokens: [Token], after t: Int) -> Int? {
        for k in (t + 1)..<min(t + 7, tokens.count) where gazetteer.agentMarkerStarts.contains(tokens[k]) {
            for m in gazetteer.agentMarkers where k + m.count <= tokens.count && (0..<m.count).allSatisfy({ tokens[k + $0].key == m[$0] }) {
                return k + m.count
            }
        }
        return nil
    }

    /// قياديا في حماس، a commander of ISIS: the body after a member noun and its preposition.
    func namesAMember(_ g: MentionGroup) -> Bool {
        guard let heads = lexicon?.gazetteer.memberHeads, g.start >= 2, let p = g.preposition,
              context.tokens[g.start - 1].key == p else { return false }
        return heads.contains(context.tokens[g.start - 2])
    }

    func after(_ t: Int, within n: Int, where ok: (MentionGroup) -> Bool) -> MentionGroup? {
        groups.first { $0.start > t && $0.start <= t + n && ok($0) }
    }

    func fits(_ r: RelationType, sourceGroup g: MentionGroup) -> Bool {
        g.entities.contains { fits(r, source: $0) }
    }

    func fits(_ r: RelationType, source id: String) -> Bool {
        guard let ty = type(id) else { return false }
        switch r {
        case .leads: return ty == .person || ty == .organization || ty == .country
        default: return ty != .place
        }
    }

    func fits(_ r: RelationType, target g: MentionGroup) -> Bool {
        g.entities.allSatisfy { id in
            guard let ty = type(id) else { return false }
            switch r {
            case .operatesIn, .locatedIn: return ty == .country || ty == .place
            case .memberOf: return ty == .organization || ty == .group
            case .opposes: return ty != .place
            case .leads: return ty == .organization || ty == .group || ty == .event
            default: return ty != .place
            }
        }
    }

    /// Symmetric partners are of one kind: states with states, persons with persons.
    func compatible(_ a: MentionGroup, _ b: MentionGroup) -> Bool {
        let kinds = { (g: MentionGroup) in Set(g.entities.compactMap { self.type($0) }.map { $0 == .person ? 1 : 0 }) }
        return kinds(a) == kinds(b) && !b.entities.contains { type($0) == .place }
    }
}
