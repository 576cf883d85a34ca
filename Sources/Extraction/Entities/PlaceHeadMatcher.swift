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
                  context.language == .ar || tokens[j].capitalized else { continue }
            let name = context.text(of: j..<(j + 1))
            let id = document.add(DocumentEntity(id: Gazetteer.slug(name), type: .place, label: name,
                                                 english: context.language == .en ? name : nil,
                                                 arabic: context.language == .ar ? name : nil, aliases: [name]))
            out.append(EntityMention(tokens: i..<(j + 1), entity: id, form: .name,
                                     preposition: context.preposition(at: i, clitic: reading.clitic)))
        }
        return out
    }
}
