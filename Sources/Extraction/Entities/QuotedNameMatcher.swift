import KnowledgeGraph

/// A name in quotes right after a body's head noun: تنظيم "جند الخلافة"، حركة «أحرار الشام»,
/// the group "Ansar Dine". The quotes mark where the name ends; the head gives the type (a group
/// head makes an armed group). Quotes without such a head are speech, not names.
struct QuotedNameMatcher: EntityRecognizer {
    let others: [EntityMention]
    static let longest = 5

    func mentions(in context: SentenceContext, gazetteer g: Gazetteer, document: inout DocumentState) -> [EntityMention] {
        let tokens = context.tokens
        var out: [EntityMention] = []
        for open in tokens.indices.dropFirst() where tokens[open].kind == .punct && NERFeatures.isQuote(tokens[open]) {
            let head = context.readings[open - 1].map(\.stem)
            let isGroup = head.contains(where: g.groupHeads.contains)
            guard isGroup || head.contains(where: g.orgHeads.contains) else { continue }
            guard let close = (open + 1..<min(tokens.count, open + 2 + Self.longest)).first(where: {
                tokens[$0].kind == .punct && NERFeatures.isQuote(tokens[$0])
            }), close > open + 1 else { continue }
            let name = (open + 1)..<close
            guard name.allSatisfy({ tokens[$0].isWord }), !others.contains(where: { $0.tokens.overlaps(name) }) else { continue }
            let label = context.text(of: name)
            let entity = DocumentEntity(id: Gazetteer.slug(label), type: isGroup ? .group : .organization, label: label)
            out.append(EntityMention(tokens: name, entity: document.add(entity), form: .name,
                                     preposition: context.preposition(at: open - 1, clitic: context.readings[open - 1].last?.clitic ?? "")))
        }
        return out
    }
}
