import KnowledgeGraph

/// The clues the frames read beyond plain word order: relative clauses (الذي تقوده X), a subject
/// before an apposition or an adverbial (in partnership with), a country's possessive, and the word
/// lists behind them.
extension Frame {
    func relativeSubjectFollows(_ t: Int, _ p: Int) -> Bool {
        context.language == .ar && Words.relatives.contains(context.tokens[p])
            && (objectSuffix(t) || !groups.contains(where: { $0.end == p || $0.end == p - 1 && Words.commas.contains(context.tokens[p - 1]) }))
    }

    /// تقوده، يشنها: a verb with an object pronoun (the trigger is found only with the suffix off).
    func objectSuffix(_ t: Int) -> Bool {
        let key = context.tokens[t].key
        return (key.keyHasSuffix("ه") || key.keyHasSuffix("ها")) && lexicon?.gazetteer.triggers[key] == nil
    }

    /// "…, is training soldiers in partnership with Portugal", بالتعاون مع: the sentence's first agent
    /// holds the relation, not the object before the phrase.
    func adverbialSubject(at t: Int) -> MentionGroup? {
        let tokens = context.tokens
        let adverbial = t >= 1 && Words.adverbialIn.contains(tokens[t - 1]) && t + 1 < tokens.count && Words.withPrepositions.contains(tokens[t + 1])
            || tokens[t].key.hasPrefix("بال") && t + 1 < tokens.count && Words.withPrepositions.contains(tokens[t + 1])
        guard adverbial else { return nil }
        return groups.first { g in
            g.end <= t && g.preposition == nil && g.entities.allSatisfy { Self.agentTypes.contains(type($0) ?? .place) && type($0) != .person }
        }
    }

    /// التحالف الذي تقوده الولايات المتحدة: the antecedent is the object of a verb with an object pronoun.
    func relativeObject(_ r: RelationType, at t: Int, excluding s: MentionGroup) -> MentionGroup? {
        guard t >= 2, objectSuffix(t), relativeSubjectFollows(t, t - 1) else { return nil }
        let p = t - 1
        let end = p > 0 && Words.commas.contains(context.tokens[p - 1]) ? p - 1 : p
        return groups.last { $0.end == end && $0.entities != s.entities && fits(r, target: $0) }
    }

    /// The place right after "COUNTRY's".
    func possessed(_ g: MentionGroup) -> MentionGroup? {
        let tokens = context.tokens
        guard g.end + 1 < tokens.count, Words.apostrophes.contains(tokens[g.end]), Words.possessiveS.contains(tokens[g.end + 1]) else { return nil }
        return groups.first { $0.start == g.end + 2 && $0.entities.allSatisfy { type($0) == .place } }
    }
}
