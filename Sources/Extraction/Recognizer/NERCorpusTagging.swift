import KnowledgeGraph

/// Runs the pipeline's first steps over CoNLL sentences: retokenizing, clitic readings and the
/// gazetteer, so training and scoring see the features the extractor computes on text.
package struct NERCorpusTagging {
    package let gazetteer: Gazetteer
    package let language: Language

    package init(gazetteer: Gazetteer, language: Language) {
        self.gazetteer = gazetteer
        self.language = language
    }

    /// Calls `body` with each sentence retokenized and read as the pipeline reads a sentence, and the
    /// state of its document (one per CoNLL document, so coreference stays inside it).
    func walk(_ corpus: CoNLLCorpus,
              _ body: (CoNLLCorpus.Sentence, RetokenizedSentence, SentenceContext, inout DocumentState) -> Void) {
        let analyzer = CliticAnalyzer(caching: true, isKnown: { [known = gazetteer.known] in known.contains($0) })
        var state = DocumentState(gazetteer: gazetteer, language: language)
        var document = -1
        for (index, s) in corpus.sentences.enumerated() {
            if s.document != document {
                state = DocumentState(gazetteer: gazetteer, language: language)
                document = s.document
            }
            let sentence = RetokenizedSentence(s)
            let context = SentenceContext(sentence: Sentence(index: index, tokens: sentence.tokens), language: language,
                                          analyzer: analyzer, line: sentence.line[...], base: 0)
            body(s, sentence, context, &state)
        }
    }

    /// Each sentence retokenized, with its features.
    func prepare(_ corpus: CoNLLCorpus) -> [(RetokenizedSentence, NERFeatures)] {
        var out: [(RetokenizedSentence, NERFeatures)] = []
        walk(corpus) { _, sentence, context, state in
            let known = GazetteerMatcher().mentions(in: context, gazetteer: gazetteer, document: &state)
            let clues = NERFeatures.Clues(context, known: known, entities: state.entities, gazetteer: gazetteer)
            out.append((sentence, NERFeatures(context.tokens, clues: clues)))
        }
        return out
    }

    /// Training examples for ``NERTrainer``.
    package func examples(_ corpus: CoNLLCorpus) -> [NERTrainer.Example] {
        prepare(corpus).map { NERTrainer.Example(features: $0.1, gold: $0.0.gold) }
    }
}
