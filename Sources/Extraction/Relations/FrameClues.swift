import KnowledgeGraph

/// The clues the frames read beyond plain word order: relative clauses (الذي تقوده X), a subject
/// before an apposition or an adverbial (in partnership with), a country's possessive, and the word
/// lists behind them.
extension Frame {
    static let tiedWords: KeySet = ["linked", "loyal", "affiliated", "tied", "allied", "المرتبطه", "الموالي", "المواليه", "الموالين", "التابعه"]
    static let pronounConjunctions: KeySet = ["لكنها", "لكنه", "ولكنها", "ولكنه", "انها", "وانها", "لانها"]
    static let relatives: KeySet = ["الذي", "التي", "الذين"]

    func relativeSubjectFollows(_ t: Int, _ p: Int) -> Bool {
        context.language == .ar && Self.relatives.contains(context.tokens[p].key)
            && (objectSuffix(t) || !groups.contains(where: { $0.end == p || $0.end == p - 1 && ["،", ","].contains(context.tokens[p - 1].key) }))
    }

    /// تقوده، يشنها: a verb with an object pronoun (the trigger is found only with the suffix off).
    func objectSuffix(_ t: Int) -> Bool {
        let key = context.tokens[t].key
        return (key.keyHasSuffix("ه") || key.keyHasSuffix("ها")) && gazetteer?.triggers[key] == nil
    }

    static let sendWords: KeySet = ["send", "sends", "sent", "sending"]
    static let forceNouns: KeySet = ["troops", "soldiers", "officers", "police", "forces", "personnel", "warships", "ships", "jets", "aircraft", "peacekeepers", "units", "frigate", "battalion"]
    static let attackNouns: KeySet = ["attacks", "attack", "strikes", "raids", "offensive", "assault", "shelling"]

    /// "…, is training soldiers in partnership with Portugal", بالتعاون مع: the sentence's first agent
    /// holds the relation, not the object before the phrase.
    func adverbialSubject(at t: Int) -> MentionGroup? {
        let tokens = context.tokens
        let adverbial = t >= 1 && tokens[t - 1].key == "in" && t + 1 < tokens.count && tokens[t + 1].key == "with"
            || tokens[t].key.hasPrefix("بال") && t + 1 < tokens.count && tokens[t + 1].key == "مع"
        guard adverbial else { return nil }
        return groups.first { g in
            g.end <= t && g.preposition == nil && g.entities.allSatisfy { Self.agentTypes.contains(type($0) ?? .place) && type($0) != .person }
        }
    }

    /// التحالف الذي تقوده الولايات المتحدة: the antecedent is the object of a verb with an object pronoun.
    func relativeObject(_ r: RelationType, at t: Int, excluding s: MentionGroup) -> MentionGroup? {
        guard t >= 2, objectSuffix(t), relativeSubjectFollows(t, t - 1) else { return nil }
        let p = t - 1
        let end = p > 0 && ["،", ","].contains(context.tokens[p - 1].key) ? p - 1 : p
        return groups.last { $0.end == end && $0.entities != s.entities && fits(r, target: $0) }
    }

    /// The place right after "COUNTRY's".
    func possessed(_ g: MentionGroup) -> MentionGroup? {
        let tokens = context.tokens
        guard g.end + 1 < tokens.count, ["'", "’"].contains(tokens[g.end].key), tokens[g.end + 1].key == "s" else { return nil }
        return groups.first { $0.start == g.end + 2 && $0.entities.allSatisfy { type($0) == .place } }
    }

    /// Frames fixed by the words around the trigger; nil when none applies. An empty answer
    /// cancels the trigger.
    func fixedFrame(_ r: RelationType, at t: Int) -> [RelationCandidate]? {
        // "as part of the mission" says what a deployment is for, not who is a member.
        if context.tokens[t].key == "part", t > 0, context.tokens[t - 1].key == "as" { return [] }
        // "will send 400 police officers to Haiti": sending is deployment only with forces sent.
        if Self.sendWords.contains(context.tokens[t].key),
           !context.tokens[(t + 1)..<min(t + 7, context.tokens.count)].contains(where: { Self.forceNouns.contains($0.key) }) { return [] }
        // ميناء الحديدة الخاضع لسيطرة الحوثيين: the place before الخاضع is held by the name after.
        if r == .operatesIn, t >= 2, ["الخاضع", "الخاضعه", "الخاضعين", "تحت"].contains(context.tokens[t - 1].key) {
            guard let holder = groups.first(where: { $0.start == t + 1 }), fits(r, sourceGroup: holder),
                  let place = groups.last(where: { $0.end == t - 1 && fits(r, target: $0) }) else { return [] }
            return holder.entities.flatMap { a in place.entities.map { RelationCandidate(source: a, type: r, target: $0) } }
        }
        // "trained by instructors from X": the noun belongs to the passive's agent phrase.
        if t > 0, context.tokens[t - 1].key == "by", ["instructors", "trainers", "advisers", "advisors"].contains(context.tokens[t].key) { return [] }
        return nil
    }
}
