import KnowledgeGraph

/// Scores kg's names on CoNLL data: the learned model alone, or the whole entity stage
/// (gazetteer, patterns and model merged), with kg's types read as CoNLL's: persons PER,
/// organizations and groups ORG, countries and places LOC, nisba and demonyms MISC.
package struct NERScorer {
    package let extractor: Extractor
    package let language: Language

    package init(extractor: Extractor, language: Language) {
        self.extractor = extractor
        self.language = language
    }

    /// The scores, and with `details` a line for each name missed or wrongly found.
    package func score(_ corpus: CoNLLCorpus, modelOnly: Bool, details: ((String) -> Void)? = nil) -> NEREvaluation {
        var evaluation = NEREvaluation()
        NERCorpusTagging(gazetteer: extractor.gazetteer, language: language).walk(corpus) { s, sentence, context, state in
            let predicted: [NERSpan]
            if modelOnly {
                let known = GazetteerMatcher().mentions(in: context, gazetteer: extractor.gazetteer, document: &state)
                predicted = extractor.learnedSpans(context, known: known, &state)
            } else {
                predicted = extractor.recognize(context, &state).compactMap { span(of: $0, context, state) }
            }
            let gold = NERSpan.spans(s.tags)
            let found = sentence.conllSpans(predicted)
            evaluation.add(gold: gold, predicted: found)
            if let details { report(s, gold: gold, found: found, details) }
        }
        return evaluation
    }

    func report(_ s: CoNLLCorpus.Sentence, gold: [NERSpan], found: [NERSpan], _ details: (String) -> Void) {
        func text(_ span: NERSpan) -> String { "\(span.type.label) \(s.tokens[span.tokens].joined(separator: " "))" }
        for g in gold where !found.contains(g) { details("missed   \(text(g))") }
        for f in found where !gold.contains(f) { details("spurious \(text(f))") }
    }

    /// A mention as a CoNLL name; references count only when they are a person's name alone.
    func span(of m: EntityMention, _ context: SentenceContext, _ state: DocumentState) -> NERSpan? {
        guard let e = state.entities[m.entity] else { return nil }
        // CoNLL tags a demonym MISC (British); ANERcorp leaves a nisba untagged (البريطانية).
        if m.form == .adjective { return language == .en ? NERSpan(tokens: m.tokens, type: .misc) : nil }
        if m.form == .reference {
            guard e.type == .person, m.tokens.count == 1, extractor.gazetteer.titles[context.tokens[m.tokens.lowerBound]] == nil,
                  state.surnames[context.tokens[m.tokens.lowerBound]] != nil else { return nil }
        }
        switch e.type {
        case .person: return NERSpan(tokens: m.tokens, type: .person)
        case .organization, .group: return NERSpan(tokens: m.tokens, type: .organization)
        case .country, .place: return NERSpan(tokens: m.tokens, type: .location)
        case .event: return NERSpan(tokens: m.tokens, type: .misc)
        }
    }
}
