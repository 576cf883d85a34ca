/// A place named after a place noun: مدينة X، بلدة X، جرود عرسال، the town of X. The name is
/// one word the gazetteer does not know, or the name the learned recognizer found there
/// (ولاية ميكلنبورج فوربومرن).
struct PlaceHeadMatcher: EntityRecognizer {
    let known: [EntityMention]
    var learned: [NERSpan] = []

    func mentions(in context: SentenceContext, gazetteer g: Gazetteer, document: inout DocumentState) -> [EntityMention] {
        let tokens = context.tokens
        var out: [EntityMention] = []
        for i in tokens.indices where tokens[i].isWord {
            if let m = namedBase(i, context, g, &document) { out.append(m); continue }
            guard let reading = context.readings[i].first(where: { g.placeHeads.contains($0) }) else { continue }
            var j = i + 1
            if context.language == .en, j < tokens.count, Words.placeOf.contains(tokens[j]) { j += 1 }
            guard j < tokens.count, tokens[j].isWord, !known.contains(where: { $0.tokens.contains(j) }),
                  !g.known.contains(tokens[j]), !tokens[j].key.hasPrefix("ال") || definiteName(i, j, reading.stem, context),
                  context.language == .ar || tokens[j].capitalized, !isConstructAdjective(j, context) else { continue }
            let end = learnedEnd(at: j, context) ?? j + 1
            let name = context.text(of: j..<end)
            let id = document.add(DocumentEntity(id: Gazetteer.slug(name), type: .place, label: name,
                                                 english: context.language == .en ? name : nil,
                                                 arabic: context.language == .ar ? name : nil, aliases: [name]))
            out.append(EntityMention(tokens: i..<end, entity: id, form: .name,
                                     preposition: context.preposition(at: i, clitic: reading.clitic)))
            // "the departments of Antioquia and Cordoba": a plural place noun takes a second name.
            let k = j + 2
            if context.language == .en, reading.stem.hasSuffix("s"), k < tokens.count, Words.englishAnd.contains(tokens[j + 1]),
               tokens[k].isWord, tokens[k].capitalized, !g.known.contains(tokens[k]), !known.contains(where: { $0.tokens.contains(k) }) {
                let second = context.text(of: k..<(k + 1))
                let sid = document.add(DocumentEntity(id: Gazetteer.slug(second), type: .place, label: second, english: second, aliases: [second]))
                out.append(EntityMention(tokens: k..<(k + 1), entity: sid, form: .name, preposition: nil))
            }
        }
        out += dateline(context, g, &document)
        if context.language == .en { out += namedBefore(context, g, &document); out += afterIn(context, g, &document, out) }
        return out
    }

    /// The end of a learned name of several words starting at `j`, over words no other stage took.
    func learnedEnd(at j: Int, _ context: SentenceContext) -> Int? {
        guard let span = learned.first(where: { $0.tokens.lowerBound == j && $0.tokens.count > 1 }) else { return nil }
        var end = j + 1
        while end < span.tokens.upperBound, context.tokens[end].isWord, !known.contains(where: { $0.tokens.contains(end) }) { end += 1 }
        return end
    }

    /// "BOGOTA, 2 February -": a word in capitals opening one of the first lines, before a comma and a
    /// day or month, is the dateline's place.
    func dateline(_ context: SentenceContext, _ g: Gazetteer, _ document: inout DocumentState) -> [EntityMention] {
        let tokens = context.tokens
        guard context.language == .en, document.sentencesSeen <= 3, tokens.count > 3, tokens[0].isWord, tokens[0].allCaps,
              tokens[0].key.unicodeScalars.count > 2, tokens[1].key == ",",
              tokens[2].kind == .number || DateParser.months[tokens[2]] != nil,
              !known.contains(where: { $0.tokens.contains(0) }), !g.known.contains(tokens[0]) else { return [] }
        let name = context.text(of: 0..<1).capitalized
        let id = document.add(DocumentEntity(id: Gazetteer.slug(name), type: .place, label: name, english: name,
                                             aliases: [name, context.text(of: 0..<1)]))
        return [EntityMention(tokens: 0..<1, entity: id, form: .name, preposition: nil)]
    }

    /// قاعدة الوطية الجوية، قاعدة حميميم العسكرية: a base named by a word and a kind adjective;
    /// the name may be definite here because the adjective closes it.
    func namedBase(_ i: Int, _ context: SentenceContext, _ g: Gazetteer, _ document: inout DocumentState) -> EntityMention? {
        let tokens = context.tokens
        guard context.language == .ar, let clitic = context.readings[i].first(where: { Words.baseHeads.contains($0) })?.clitic, i + 1 < tokens.count,
              tokens[i + 1].isWord,
              !g.known.contains(tokens[i + 1]),
              !known.contains(where: { $0.tokens.contains(i + 1) }) else { return nil }
        // قاعدة التاجي شمال بغداد، قاعدة التاجي.: a name closed by a compass word or punctuation.
        let kind = i + 2 < tokens.count && Words.baseKinds.contains(tokens[i + 2])
        let closed = i + 2 >= tokens.count || !tokens[i + 2].isWord || Words.baseClosers.contains(tokens[i + 2])
        guard kind || closed && !tokens[i + 1].key.keyHasSuffix("ه"), !tokens[i + 1].key.keyHasPrefix("ال") || kind || Words.baseClosers.contains(tokens[min(i + 2, tokens.count - 1)]) else { return nil }
        let end = kind ? i + 3 : i + 2
        let full = context.text(of: i..<end)
        let base = context.text(of: (i + 1)..<(i + 2))
        let id = document.add(DocumentEntity(id: Gazetteer.slug(full), type: .place, label: full, arabic: full, aliases: [full, base]))
        return EntityMention(tokens: i..<end, entity: id, form: .name, preposition: context.preposition(at: i, clitic: clitic))
    }

    /// ولاية الجزيرة، مدينة الحديدة: after an indefinite head of a named unit, a definite word no
    /// adjective follows is the name (not منطقة العمليات, not المدينة القديمة).
    func definiteName(_ i: Int, _ j: Int, _ head: String, _ context: SentenceContext) -> Bool {
        let tokens = context.tokens
        return context.language == .ar && j == i + 1 && Words.namedUnits.contains(head)
            && !(j + 1 < tokens.count && tokens[j + 1].key.keyHasPrefix("ال")) && tokens[j].key.unicodeScalars.count > 4
    }

    /// منطقة بالغة الأهمية: a feminine adjective in construct with a definite noun, not a name.
    func isConstructAdjective(_ j: Int, _ context: SentenceContext) -> Bool {
        let tokens = context.tokens
        guard context.language == .ar, tokens[j].key.hasSuffix("ه"), j + 1 < tokens.count else { return false }
        return tokens[j + 1].key.hasPrefix("ال")
    }

    /// English places whose place noun follows the name: Borno State, Diyala Province.
    func namedBefore(_ context: SentenceContext, _ g: Gazetteer, _ document: inout DocumentState) -> [EntityMention] {
        let tokens = context.tokens
        var out: [EntityMention] = []
        // Cabo Delgado province, Borno State: one or two capitalized words before the place noun.
        func nameWord(_ k: Int) -> Bool {
            tokens[k].isWord && tokens[k].capitalized && !g.known.contains(tokens[k]) && !g.stops.contains(tokens[k])
                && !known.contains(where: { $0.tokens.contains(k) })
        }
        for j in tokens.indices.dropFirst() where Words.trailingPlaceHeads.contains(tokens[j]) {
            var i = j - 1
            guard nameWord(i), !known.contains(where: { $0.tokens.contains(j) }) else { continue }
            if i > 1, nameWord(i - 1) { i -= 1 }
            let name = context.text(of: i..<(j + 1))
            let id = document.add(DocumentEntity(id: Gazetteer.slug(name), type: .place, label: name, english: name,
                                                 aliases: [name, context.text(of: i..<j)]))
            out.append(EntityMention(tokens: i..<(j + 1), entity: id, form: .name, preposition: context.preposition(at: i, clitic: "")))
        }
        return out
    }

    /// English places the gazetteer does not know, after "in": "at the university in Tema". One or two
    /// capitalized words, not sentence-initial, followed by no further capitalized word (which would make
    /// an organization or a person), and not a month, title, head word or other known word.
    func afterIn(_ context: SentenceContext, _ g: Gazetteer, _ document: inout DocumentState, _ found: [EntityMention]) -> [EntityMention] {
        let tokens = context.tokens
        var out: [EntityMention] = []
        for i in tokens.indices.dropFirst() where Words.placeAfterIn.contains(tokens[i]) && !tokens[i].capitalized {
            var j = i + 1
            while j < tokens.count, j - i <= 2, tokens[j].isWord, tokens[j].capitalized, isUnknown(tokens[j].key, g) { j += 1 }
            guard j > i + 1 else { continue }
            if j < tokens.count, tokens[j].isWord, tokens[j].capitalized { continue }
            if j < tokens.count, Words.apostrophes.contains(tokens[j]) { continue }
            guard !(known + found).contains(where: { m in (i + 1..<j).contains { m.tokens.contains($0) } }) else { continue }
            let name = context.text(of: (i + 1)..<j)
            let id = document.add(DocumentEntity(id: Gazetteer.slug(name), type: .place, label: name, english: name, aliases: [name]))
            out.append(EntityMention(tokens: (i + 1)..<j, entity: id, form: .name, preposition: context.preposition(at: i + 1, clitic: "")))
        }
        return out
    }

    func isUnknown(_ key: String, _ g: Gazetteer) -> Bool {
        !g.known.contains(key) && !g.stops.contains(key) && g.titles[key] == nil && DateParser.months[key] == nil
            && !Words.notPlaces.contains(key) && key.unicodeScalars.count > 2
    }

}
