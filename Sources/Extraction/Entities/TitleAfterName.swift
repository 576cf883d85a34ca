extension TitlePersonMatcher {
    /// The name before a title in apposition: "Mohammed bin Zayed, the crown prince", «محمد بن سلمان،
    /// ولي العهد». English names are the capitalized words (and particles) before the comma; Arabic
    /// ones a person the recognizer found there.
    func nameBefore(title i: Int, _ context: SentenceContext, _ g: Gazetteer) -> Range<Int>? {
        let tokens = context.tokens
        let english = context.language == .en
        var comma = i - 1
        // "Mohammed bin Zayed, the Emirati crown prince": a nisba or demonym may stand before the title.
        if let adjective = others.first(where: { $0.form == .adjective && $0.tokens.upperBound == i }) { comma = adjective.tokens.lowerBound - 1 }
        if english, comma >= 0, Words.definiteArticle.contains(tokens[comma]) { comma -= 1 }
        guard comma >= 1, tokens[comma].key == (english ? "," : "،") else { return nil }
        if !english {
            return learned.first { span in
                span.type == .person && span.tokens.upperBound == comma && !others.contains { $0.tokens.overlaps(span.tokens) }
            }?.tokens
        }
        var start = comma
        while start > 0, comma - start < 5 {
            let t = tokens[start - 1]
            guard t.isWord, !others.contains(where: { $0.tokens.contains(start - 1) }), !g.stops.contains(t.key),
                  g.titles[t.key] == nil, !g.notNames.contains(t.key),
                  t.capitalized || Words.nameParticles.contains(t) else { break }
            start -= 1
        }
        while start < comma, !tokens[start].capitalized { start += 1 }
        return start < comma ? start..<comma : nil
    }
}
