import KnowledgeGraph

/// An organization named by a head noun and what follows it. In Arabic: the head
/// (وزارة، القوات، الجيش، برنامج …) and its genitive or adjective chain of definite words and
/// known names (القوات المسلحة البريطانية، برنامج الأمم المتحدة الإنمائي، حكومة ليبية).
/// In English: a run of capitalized words holding a head word (Kenya Defence Forces), with an
/// acronym in brackets after it taken as an alias. A nisba, demonym or country inside the name
/// gives the organization's country.
struct OrganizationChainMatcher: EntityRecognizer {
    let known: [EntityMention]

    func mentions(in context: SentenceContext, gazetteer g: Gazetteer, document: inout DocumentState) -> [EntityMention] {
        context.language == .ar ? arabic(context, g, &document) : english(context, g, &document)
    }

    func arabic(_ context: SentenceContext, _ g: Gazetteer, _ document: inout DocumentState) -> [EntityMention] {
        let tokens = context.tokens
        var out: [EntityMention] = []
        var i = 0
        while i < tokens.count {
            guard tokens[i].isWord, let reading = context.readings[i].first(where: { g.orgHeads.contains($0) }),
                  !known.contains(where: { $0.tokens.contains(i) }) else { i += 1; continue }
            var j = i + 1
            var countries: [String] = []
            while j < tokens.count, j - i <= 5, tokens[j].isWord {
                // An armed group right after the chain is the verb's object, not part of the name
                // (تحارب القوات الصومالية حركة الشباب).
                // A second nisba joined by و (القوات البحرية المغربية والإسبانية) names a second body;
                // the name ends before it and the nisba stands for its country.
                if let m = known.first(where: { $0.tokens.lowerBound == j }), document.entities[m.entity]?.type == .country, !countries.isEmpty,
                   context.readings[j].contains(where: { $0.clitic.hasPrefix("و") }) {
                    break
                }
                // الحكومة السودانية الإمارات: a country's name after the nisba is the verb's object.
                if let m = known.first(where: { $0.tokens.lowerBound == j }), !countries.isEmpty, m.form == .name,
                   document.entities[m.entity]?.type == .country {
                    break
                }
                if let m = known.first(where: { $0.tokens.lowerBound == j }), m.preposition == nil,
                   document.entities[m.entity]?.type != .group {
                    if document.entities[m.entity]?.type == .country { countries.append(m.entity) }
                    j = m.tokens.upperBound
                    continue
                }
                let key = tokens[j].key
                // جهاز مكافحة الإرهاب، قوات حفظ السلام: an indefinite head in construct with a verbal noun.
                if j == i + 1, !reading.stem.keyHasPrefix("ال"), Words.constructNouns.contains(tokens[j]), j + 1 < tokens.count,
                   tokens[j + 1].key.keyHasPrefix("ال") {
                    j += 2
                    continue
                }
                // المركز الليبي لإزالة الألغام: a purpose phrase of a few verbal nouns continues the name.
                if j > i + 1, Words.purposeNouns.contains(tokens[j]), j + 1 < tokens.count, tokens[j + 1].key.keyHasPrefix("ال") {
                    j += 2
                    continue
                }
                // كلية القيادة والأركان البريطانية: a coordinated genitive inside the name, when a nisba closes it
                // (نظام الأسد والمجموعات المتطرفة are two; so are القوات البحرية العمانية والبحرية الهندية).
                if j > i + 1, countries.isEmpty, key.keyHasPrefix("وال"), key.unicodeScalars.count > 5,
                   known.contains(where: { $0.tokens.lowerBound == j + 1 && document.entities[$0.entity]?.type == .country }),
                   !g.orgHeads.containsWithoutFirstScalar(key), !isRelationWord(String(key.unicodeScalars.dropFirst()), g) {
                    j += 1
                    continue
                }
                guard key.hasPrefix("ال"), key.unicodeScalars.count > 3,
                      !g.stops.contains(key), g.coref[key] == nil, g.titles[key] == nil, !isRelationWord(key, g) else { break }
                j += 1
            }
            // A lone head is not a name; nor is an indefinite head followed by a plain word.
            guard j > i + 1 else { i += 1; continue }
            out.append(organization(i..<j, clitic: reading.clitic, countries: countries, context, g, &document))
            i = j
        }
        return out
    }

    func english(_ context: SentenceContext, _ g: Gazetteer, _ document: inout DocumentState) -> [EntityMention] {
        let tokens = context.tokens
        var out: [EntityMention] = []
        var i = 0
        while i < tokens.count {
            guard tokens[i].capitalized, !g.stops.contains(tokens[i]) else { i += 1; continue }
            var j = i
            var hasHead = false
            var countries: [String] = []
            while j < tokens.count {
                let t = tokens[j]
                // A title after the head ends the name: French Armed Forces | Minister Claire Dumont.
                if hasHead, startsTitle(j, context, g) { break }
                if t.capitalized, !g.stops.contains(t.key) {
                    if g.orgHeads.contains(t.key) { hasHead = true }
                    if let m = known.first(where: { $0.tokens.lowerBound == j }), document.entities[m.entity]?.type == .country {
                        countries.append(m.entity)
                    }
                    j += 1
                } else if Words.orgNameJoiners.contains(t), j + 1 < tokens.count, tokens[j + 1].capitalized, hasHead || j > i {
                    j += 1
                } else {
                    break
                }
            }
            let overlapsTitle = g.titles[tokens[i]] != nil
            if !hasHead, let end = nationalBody(from: i, context, document) {
                out.append(organization(i..<end, clitic: "", countries: countries, context, g, &document))
                i = end
                continue
            }
            guard hasHead, j - i >= 2, !overlapsTitle else { i = max(j, i + 1); continue }
            // The Ukraine Defence Contact Group, the Somalia Stabilization Fund: a body named for a country is not its.
            if Words.forCountryHeads.contains(tokens[j - 1]) { countries = [] }
            var mention = organization(i..<j, clitic: "", countries: countries, context, g, &document)
            // "(BATUK)" after the name is its acronym.
            if j + 2 < tokens.count, tokens[j].key == "(", tokens[j + 1].allCaps, tokens[j + 2].key == ")" {
                document.entities[mention.entity]?.aliases.insert(context.text(of: (j + 1)..<(j + 2)))
                mention.tokens = i..<j
                document.acronyms[tokens[j + 1].key] = mention.entity
            }
            out.append(mention)
            i = j
        }
        return out
    }

    /// A demonym and a common body noun: the British delegation, Nigerian special forces.
    func nationalBody(from i: Int, _ context: SentenceContext, _ document: DocumentState) -> Int? {
        let tokens = context.tokens
        guard let m = known.first(where: { $0.tokens.lowerBound == i }), m.form == .adjective else { return nil }
        var j = m.tokens.upperBound
        if j + 1 < tokens.count, !tokens[j].capitalized, Words.bodyModifiers.contains(tokens[j]) { j += 1 }
        guard j < tokens.count, !tokens[j].capitalized, Words.nationalBodies.contains(tokens[j]) else { return nil }
        return j + 1
    }

    func startsTitle(_ j: Int, _ context: SentenceContext, _ g: Gazetteer) -> Bool {
        let n = min(g.maxTitleTokens, context.tokens.count - j)
        return n >= 1 && (1...n).contains { g.titles[context.phrase(j..<(j + $0), first: context.tokens[j].key)] != nil }
    }

    func isRelationWord(_ key: String, _ g: Gazetteer) -> Bool {
        g.triggers[key] != nil && !g.orgHeads.contains(key)
    }

    func organization(
        _ range: Range<Int>, clitic: String, countries: [String], _ context: SentenceContext, _ g: Gazetteer, _ document: inout DocumentState
    ) -> EntityMention {
        let label = context.text(of: range)
        var name = clitic.isEmpty ? label : String(label.unicodeScalars.dropFirst(clitic.unicodeScalars.count))
        // للجيش is ل + الجيش: the elided alef of ال comes back in the name.
        if !clitic.isEmpty, clitic.hasSuffix("ل"), TextNormalizer.key(name).hasPrefix("ل"), !TextNormalizer.key(name).hasPrefix("ال") {
            name = "ا" + name
        }
        // A chain that ends in a known organization's name is that organization
        // (الأكاديمية العسكرية الملكية ساندهيرست is the academy the gazetteer calls ساندهيرست).
        if let known = knownOrganization(endingAt: range, context, g) {
            let id = document.entity(forEntry: known)
            document.entities[id]?.aliases.insert(name)
            return EntityMention(tokens: range, entity: id, form: .name,
                                 preposition: context.preposition(at: range.lowerBound, clitic: clitic))
        }
        let entity = DocumentEntity(
            id: Gazetteer.slug(TextNormalizer.key(name)), type: .organization, label: name,
            english: context.language == .en ? name : nil, arabic: context.language == .ar ? name : nil,
            country: countries.first, aliases: [name])
        let id = document.add(entity)
        return EntityMention(tokens: range, entity: id, form: .name,
                             preposition: context.preposition(at: range.lowerBound, clitic: clitic))
    }

    /// The gazetteer organization named by the longest run of the chain's last words, if any.
    func knownOrganization(endingAt range: Range<Int>, _ context: SentenceContext, _ g: Gazetteer) -> Int? {
        for start in range.lowerBound..<range.upperBound {
            let key = Gazetteer.phraseKey(context.text(of: start..<range.upperBound))
            if let match = g.phrases[key]?.first(where: { $0.form == .name && g.entries[$0.entry].type == .organization }) {
                return match.entry
            }
        }
        return nil
    }
}
