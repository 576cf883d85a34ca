/// A place named after a place noun: مدينة X، بلدة X، جرود عرسال، the town of X. The name is
/// one word the gazetteer does not know.
struct PlaceHeadMatcher: EntityRecognizer {
    let known: [EntityMention]

    func mentions(in context: SentenceContext, document: inout DocumentState) -> [EntityMention] {
        let g = document.gazetteer
        let tokens = context.tokens
        var out: [EntityMention] = []
        for i in tokens.indices where tokens[i].isWord {
            guard let reading = context.readings[i].first(where: { g.placeHeads.contains($0.stem) }) else { continue }
            var j = i + 1
            if context.language == .en, j < tokens.count, tokens[j].key == "of" { j += 1 }
            guard j < tokens.count, tokens[j].isWord, !known.contains(where: { $0.tokens.contains(j) }),
                  !g.known.contains(tokens[j].key), !tokens[j].key.hasPrefix("ال"),
                  context.language == .ar || tokens[j].capitalized, !isConstructAdjective(j, context) else { continue }
            let name = context.text(of: j..<(j + 1))
            let id = document.add(DocumentEntity(id: Gazetteer.slug(name), type: .place, label: name,
                                                 english: context.language == .en ? name : nil,
                                                 arabic: context.language == .ar ? name : nil, aliases: [name]))
            out.append(EntityMention(tokens: i..<(j + 1), entity: id, form: .name,
                                     preposition: context.preposition(at: i, clitic: reading.clitic)))
        }
        if context.language == .en { out += namedBefore(context, &document) }
        return out
    }

    /// منطقة بالغة الأهمية: a feminine adjective in construct with a definite noun, not a name.
    func isConstructAdjective(_ j: Int, _ context: SentenceContext) -> Bool {
        let tokens = context.tokens
        guard context.language == .ar, tokens[j].key.hasSuffix("ه"), j + 1 < tokens.count else { return false }
        return tokens[j + 1].key.hasPrefix("ال")
    }

    /// English places whose place noun follows the name: Borno State, Diyala Province.
    func namedBefore(_ context: SentenceContext, _ document: inout DocumentState) -> [EntityMention] {
        let g = document.gazetteer
        let tokens = context.tokens
        var out: [EntityMention] = []
        for j in tokens.indices.dropFirst() where tokens[j].capitalized && Self.trailingHeads.contains(tokens[j].key) {
            let i = j - 1
            guard tokens[i].isWord, tokens[i].capitalized, !g.known.contains(tokens[i].key), !g.stops.contains(tokens[i].key),
                  !known.contains(where: { $0.tokens.contains(i) || $0.tokens.contains(j) }) else { continue }
            let name = context.text(of: i..<(j + 1))
            let id = document.add(DocumentEntity(id: Gazetteer.slug(name), type: .place, label: name, english: name,
                                                 aliases: [name, context.text(of: i..<j)]))
            out.append(EntityMention(tokens: i..<(j + 1), entity: id, form: .name, preposition: context.preposition(at: i, clitic: "")))
        }
        return out
    }

    static let trailingHeads: Set<String> = ["state", "province", "governorate", "district", "county", "region"]
}
