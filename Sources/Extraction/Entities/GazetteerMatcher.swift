/// Finds the gazetteer's names, nisba forms and demonyms, longest first, trying each
/// clitic reading of a phrase's first word (والمملكة المتحدة → و + المملكة المتحدة).
struct GazetteerMatcher: EntityRecognizer {
    func mentions(in context: SentenceContext, gazetteer g: Gazetteer, document: inout DocumentState) -> [EntityMention] {
        let tokens = context.tokens
        var out: [EntityMention] = []
        var i = 0
        while i < tokens.count {
            guard tokens[i].isWord || tokens[i].kind == .number else { i += 1; continue }
            var found: (EntityMention, Int)?
            search: for reading in context.readings[i] {
                for (n, matches) in g.phraseMatches(first: reading, tokens, from: i, limit: min(g.maxPhraseTokens, tokens.count - i)) {
                    if let match = pick(matches, tokens: tokens[i..<(i + n)], document: document) {
                        let id = document.entity(forEntry: match.entry)
                        let mention = EntityMention(
                            tokens: i..<(i + n), entity: id, form: match.form == .name ? .name : .adjective,
                            preposition: context.preposition(at: i, clitic: reading.clitic))
                        if found == nil || n > found!.1 { found = (mention, n) }
                        break
                    }
                }
                if found != nil, found!.1 == min(g.maxPhraseTokens, tokens.count - i) { break search }
            }
            if let (mention, n) = found {
                out.append(mention)
                i += n
            } else {
                i += 1
            }
        }
        return out
    }

    /// The entity a phrase names: acronyms only in capitals; between a country and a city of the
    /// same spelling (عمان), the city when its country is already in the document.
    func pick(_ matches: [GazetteerMatch], tokens: ArraySlice<Token>, document: DocumentState) -> GazetteerMatch? {
        let allCaps = tokens.allSatisfy { !$0.isWord || $0.allCaps }
        let usable = matches.filter { !$0.caseSensitive || allCaps }
        guard usable.count > 1 else { return usable.first }
        let g = document.gazetteer
        if let place = usable.first(where: { m in
            g.entries[m.entry].type == .place && g.entries[m.entry].country.flatMap { g.entry(id: $0) }.map { document.entities[$0.id] != nil } == true
        }) {
            return place
        }
        return usable.first { $0.form == .name } ?? usable.first
    }
}
