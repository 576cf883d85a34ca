import KnowledgeGraph

/// A person after a title: السفير البريطاني جون كاسن, وزير الخارجية الفرنسي جان إيف لودريان,
/// the British High Commissioner to Kenya, Jane Marriott. The title gives the role; a nisba,
/// demonym, possessive country or "to / لدى X" gives the affiliation. The name runs to the
/// next stop word, known word or punctuation mark. A title with no name after it
/// (الوزير الفرنسي, the High Commissioner) refers back to the person with that title.
struct TitlePersonMatcher: EntityRecognizer {
    let others: [EntityMention]
    /// Persons the learned recognizer found: where one starts right after the title and runs further
    /// than the word lists read (ستيفان دوجاريك, Mohammed Shia al-Sudani), it gives the name's end.
    var learned: [NERSpan] = []

    func mentions(in context: SentenceContext, gazetteer g: Gazetteer, document: inout DocumentState) -> [EntityMention] {
        let learnedNames = Set(learned.filter { $0.type == .person }.map(\.tokens.lowerBound))
        let tokens = context.tokens
        var out: [EntityMention] = []
        var i = 0
        while i < tokens.count {
            guard tokens[i].isWord, !others.contains(where: { $0.tokens.contains(i) }),
                  var (titleEnd, role, clitic) = title(at: i, context, g) else { i += 1; continue }
            var affiliations: [String] = []
            // A country named just before: "Kenya's Cabinet Secretary", "the British High Commissioner".
            if let before = others.last(where: { $0.tokens.upperBound <= i && $0.tokens.upperBound >= i - 2 }),
               document.entities[before.entity]?.type == .country {
                affiliations.append(before.entity)
            } else if context.language == .en, let org = others.last(where: { m in
                m.tokens.upperBound == i || m.tokens.upperBound == i - 2 && Words.apostrophes.contains(tokens[i - 2]) && Words.possessiveS.contains(tokens[i - 1]) }),
                      document.entities[org.entity]?.type == .organization {
                // "French Armed Forces Minister Claire Dumont": the body named just before the title.
                affiliations.append(org.entity)
            }
            var j = titleEnd
            // Modifiers: nisba or an organization (اللواء بالقوات البحرية), "لدى / to / in X".
            while j < tokens.count {
                if let m = others.first(where: { $0.tokens.lowerBound == j }) {
                    let prep = m.preposition
                    if m.form == .adjective || prep.map(Words.titleBodyPrepositions.contains) == true || document.entities[m.entity]?.type == .organization {
                        if prep.map(Words.hostPrepositions.contains) != true { affiliations.append(m.entity) }
                        j = m.tokens.upperBound
                        continue
                    }
                    if let prep, Words.titlePrepositions.contains(prep) {
                        j = m.tokens.upperBound
                        continue
                    }
                }
                if tokens[j].isWord, Words.titlePrepositions.contains(tokens[j]),
                   j + 1 < tokens.count, others.contains(where: { $0.tokens.lowerBound == j + 1 }) {
                    j += 1
                    continue
                }
                // "head of the UN office, X": the article before the body.
                if context.language == .en, Words.titleOf.contains(tokens[j]), j + 2 < tokens.count, Words.definiteArticle.contains(tokens[j + 1]),
                   let m = others.first(where: { $0.tokens.lowerBound == j + 2 }), document.entities[m.entity]?.type == .organization {
                    affiliations.append(m.entity)
                    j = m.tokens.upperBound
                    continue
                }
                break
            }
            // English apposition: "High Commissioner to Kenya, Jane Marriott".
            var nameStart = j
            // English and Arabic apposition: "High Commissioner to Kenya, Jane Marriott"; «الرئيس الأمريكي، دونالد ترامب،».
            if nameStart < tokens.count, tokens[nameStart].key == (context.language == .en ? "," : "،"), nameStart + 1 < tokens.count,
               context.language == .en || learnedNames.contains(nameStart + 1)
                || PersonName.end(from: nameStart + 1, context, g, others: others) >= nameStart + 3 { nameStart += 1 }
            // A second title or a title's modifier belongs to the title (Chief of Staff, Major General
            // X; اللواء الركن X; اللواء البحري X), and so does an Arabic genitive complement
            // (المتحدث باسم الخارجية القطرية X; وزير الدولة لشؤون الدفاع X) when a name follows it.
            if let (end, next) = TitleExtension.end(after: nameStart, context, g, others: others, affiliations: &affiliations,
                                                    learnedNames: learnedNames) {
                nameStart = end
                if let next { role = next }
                titleEnd = max(titleEnd, min(end, j))
            }
            let patternEnd = PersonName.end(from: nameStart, context, g, others: others)
            let nameEnd = max(patternEnd, learnedEnd(at: nameStart, context) ?? patternEnd)
            // A minister named with no country at the top of a datelined story is the host's (WARSAW - Defence
            // Minister X). Further down, a visitor is as likely (AMMAN - … Defence Secretary Y of Britain).
            if affiliations.isEmpty, nameEnd > nameStart, let host = document.datelineCountry, document.sentencesSeen <= 3,
               let role, Self.hostRoles.contains(where: { role.contains($0) }) {
                affiliations.append(host)
            }
            if nameEnd > nameStart {
                let range = nameStart..<nameEnd
                let id = document.person(range, context, country: affiliations.first, role: role)
                out.append(EntityMention(tokens: range, entity: id, form: .name,
                                         preposition: context.preposition(at: i, clitic: clitic),
                                         affiliations: affiliations, role: role))
                i = nameEnd
            } else if let range = nameBefore(title: i, context, g) {
                // "Mohammed bin Zayed, the crown prince": the name came first.
                let id = document.person(range, context, country: affiliations.first, role: role)
                out.append(EntityMention(tokens: range, entity: id, form: .name,
                                         preposition: context.preposition(at: range.lowerBound, clitic: ""),
                                         affiliations: affiliations, role: role))
                i = max(j, i + 1)
            } else {
                // No name: a reference to the person introduced with this role or country.
                if let id = document.lastPerson(role: role, country: affiliations.first) {
                    out.append(EntityMention(tokens: i..<titleEnd, entity: id, form: .reference,
                                             preposition: context.preposition(at: i, clitic: clitic)))
                }
                i = max(j, i + 1)
            }
        }
        return out
    }

    /// The end of a learned person starting at `start`, short of any mention the earlier stages found.
    func learnedEnd(at start: Int, _ context: SentenceContext) -> Int? {
        guard let span = learned.first(where: { $0.type == .person && $0.tokens.lowerBound == start }) else { return nil }
        var end = start
        while end < span.tokens.upperBound, !others.contains(where: { $0.tokens.contains(end) }) { end += 1 }
        // A name ends in a name word, not a mark or a particle (Anna Berg de facto).
        while end > start, !context.tokens[end - 1].isWord || Words.nameParticles.contains(context.tokens[end - 1]) && context.language == .en {
            end -= 1
        }
        return end > start ? end : nil
    }

    /// Roles that, named without a country, belong to the dateline's country.
    static let hostRoles = ["minister", "chief of staff", "chief of general staff"]

    /// The longest title starting at token `i`: its end, role and the clitic on its first word.
    func title(at i: Int, _ context: SentenceContext, _ g: Gazetteer) -> (Int, String?, String)? {
        let tokens = context.tokens
        for reading in context.readings[i] {
            if let (n, role) = g.longestTitle(first: reading, tokens, from: i, limit: min(g.maxTitleTokens + 1, tokens.count - i)) {
                // English titles are capitalized words; "general" in lower case is not a title.
                if context.language == .en, !tokens[i].capitalized, tokens[i].key.count > 5, !role.contains("spokes"),
                   !Words.lowercaseTitles.contains(tokens[i]) { return nil }
                return (i + n, role.isEmpty ? nil : role, reading.clitic)
            }
        }
        return nil
    }
}
