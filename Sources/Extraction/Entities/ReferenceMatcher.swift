/// Words that refer back to entities met earlier in the document: a surname or acronym alone
/// (أنكونا, Marriott, BATUK), البلدين / both countries (the two countries just named together),
/// التنظيم / the group (the last group), بلاده / his country (the last person's country).
struct ReferenceMatcher: EntityRecognizer {
    let others: [EntityMention]

    func mentions(in context: SentenceContext, gazetteer g: Gazetteer, document: inout DocumentState) -> [EntityMention] {
        let tokens = context.tokens
        var covered = Set<Int>()
        for m in others { covered.formUnion(m.tokens) }
        var out: [EntityMention] = []
        var i = 0
        while i < tokens.count {
            defer { i += 1 }
            guard tokens[i].isWord, !covered.contains(i) else { continue }
            // Two-word references first (both countries).
            if i + 1 < tokens.count, g.corefStarts.contains(tokens[i]), let kind = g.coref[tokens[i].key + " " + tokens[i + 1].key]
                ?? (i + 2 < tokens.count ? g.coref[tokens[i].key + " " + tokens[i + 1].key + " " + tokens[i + 2].key] : nil) {
                let n = g.coref[tokens[i].key + " " + tokens[i + 1].key] != nil ? 2 : 3
                out += resolve(kind, i..<(i + n), clitic: "", context, &document)
                i += n - 1
                continue
            }
            for reading in context.readings[i] {
                if let kind = g.coref[reading] {
                    out += resolve(kind, i..<(i + 1), clitic: reading.clitic, context, &document)
                    break
                }
            }
            // A reference word with a proclitic the analyzer did not take off (لبلاده، وبلاده).
            if out.last?.tokens.lowerBound != i, let first = tokens[i].key.unicodeScalars.first, "وفبل".unicodeScalars.contains(first),
               let kind = g.coref[droppingFirstScalarOf: tokens[i].key] {
                out += resolve(kind, i..<(i + 1), clitic: String(first), context, &document)
            }
            if out.last?.tokens.lowerBound == i { continue }
            let key = tokens[i].key
            if let person = document.surnames[tokens[i]] ?? strippedSurname(key, document) {
                out.append(EntityMention(tokens: i..<(i + 1), entity: person, form: .reference,
                                         preposition: context.preposition(at: i, clitic: "")))
            } else if tokens[i].allCaps, let org = document.acronyms[key] {
                out.append(EntityMention(tokens: i..<(i + 1), entity: org, form: .name,
                                         preposition: context.preposition(at: i, clitic: "")))
            } else if let (org, clitic) = definiteHead(i, context, document) {
                out.append(EntityMention(tokens: i..<(i + 1), entity: org, form: .reference,
                                         preposition: context.preposition(at: i, clitic: clitic)))
            }
        }
        return out
    }

    /// "the mission", "the force", المركز، البعثة: a body's head noun with the article refers to the last
    /// organization whose name holds that noun.
    func definiteHead(_ i: Int, _ context: SentenceContext, _ document: DocumentState) -> (String, String)? {
        let tokens = context.tokens
        if context.language == .en {
            // "the federal police", "the national army": one lower-case modifier may stand between.
            let the = i > 1 && tokens[i - 1].isWord && !tokens[i - 1].capitalized && Words.definiteArticle.contains(tokens[i - 2]) ? i - 2 : i - 1
            guard i > 0, the >= 0, Words.definiteArticle.contains(tokens[the]), !tokens[i].capitalized, Words.referenceHeads.contains(tokens[i]),
                  !(i + 1 < tokens.count && tokens[i + 1].capitalized) else { return nil }
            // "the force" may also be a body named a mission, and the other way round.
            let heads = Words.interchangeableHeads.contains(tokens[i]) ? Words.interchangeableHeads.keys : [tokens[i].key]
            return document.organizations.last { id in
                heads.contains { document.entities[id]?.label.lowercased().contains($0) ?? false }
            }.map { ($0, "") }
        }
        for reading in context.readings[i] where Words.referenceHeads.contains(reading) {
            // Only alone: المركز الليبي … is a name, not a reference.
            if i + 1 < tokens.count, tokens[i + 1].key.keyHasPrefix("ال") { return nil }
            let head = String(reading.stem.unicodeScalars.dropFirst(2))
            if let org = document.organizations.last(where: { id in
                guard let e = document.entities[id] else { return false }
                return ([e.label, e.arabic ?? ""] + Array(e.aliases)).contains { Gazetteer.slug($0).contains(head) }
            }) {
                return (org, reading.clitic)
            }
        }
        return nil
    }

    /// A surname with one proclitic on it (ولودريان).
    func strippedSurname(_ key: String, _ document: DocumentState) -> String? {
        guard let first = key.unicodeScalars.first, "وفلب".unicodeScalars.contains(first) else { return nil }
        return document.surnames[droppingFirstScalarOf: key]
    }

    func resolve(
        _ kind: Gazetteer.CorefKind, _ range: Range<Int>, clitic: String, _ context: SentenceContext, _ document: inout DocumentState
    ) -> [EntityMention] {
        let prep = context.preposition(at: range.lowerBound, clitic: clitic)
        switch kind {
        case .pair:
            // Two countries named together earlier in this sentence come first (ويدعم البلدان after
            // وتعاونت مصر والمملكة المتحدة), then the document's last pair.
            guard let (a, b) = sentencePair(before: range.lowerBound, context, document) ?? document.pair else { return [] }
            return [a, b].map { EntityMention(tokens: range, entity: $0, form: .reference, preposition: prep) }
        case .group:
            guard let group = context.language == .en ? document.groupNamedBody ?? document.lastGroup : document.lastGroup else { return [] }
            return [EntityMention(tokens: range, entity: group, form: .reference, preposition: prep)]
        case .personPair:
            let persons = document.persons.suffix(2)
            guard persons.count == 2 else { return [] }
            return persons.map { EntityMention(tokens: range, entity: $0, form: .reference, preposition: prep) }
        case .organization:
            guard let org = document.lastOrganization else { return [] }
            return [EntityMention(tokens: range, entity: org, form: .reference, preposition: prep)]
        case .hisCountry:
            // The speaker named earlier in this sentence (وقال المعمري إن … لبلاده), else the last person.
            let named = others.last { $0.tokens.upperBound <= range.lowerBound && document.entities[$0.entity]?.type == .person }?.entity
            let surnames = document.surnames
            let surname = (0..<range.lowerBound).reversed().compactMap { surnames[context.tokens[$0]] }.first
            guard let person = named ?? surname ?? document.persons.last else { return [] }
            // A speaker whose country is unknown stands for it: better the person than a wrong state.
            var country = document.entities[person]?.country ?? person
            if document.entities[country]?.type == .organization { country = document.entities[country]?.country ?? person }
            return [EntityMention(tokens: range, entity: country, form: .reference, preposition: prep)]
        }
    }

    /// The last two countries coordinated as agents (no preposition, or بين / between) before token `i`.
    func sentencePair(before i: Int, _ context: SentenceContext, _ document: DocumentState) -> (String, String)? {
        let groups = MentionGroup.groups(others.filter { $0.tokens.upperBound <= i }, context)
        for g in groups.reversed() where g.preposition.map(Words.betweenWords.contains) ?? true {
            let countries = g.entities.filter { document.entities[$0]?.type == .country }
            if countries.count == 2 { return (countries[0], countries[1]) }
        }
        return nil
    }
}
