import KnowledgeGraph

/// Turns documents into a knowledge graph: reading → sentences and tokens → entity mentions
/// → references → relations → graph. One extractor can serve many documents.
public struct Extractor: Sendable {
    public let gazetteer: Gazetteer
    /// The learned entity recognizers; without them only the gazetteer and the patterns find names.
    public let models: EntityModels?
    /// The relation patterns and the switches that turn rules off.
    public var rules: RelationRules

    public init(gazetteer: Gazetteer, models: EntityModels? = nil, rules: RelationRules = RelationRules()) {
        self.gazetteer = gazetteer
        self.models = models
        self.rules = rules
    }

    /// An extractor with the package's gazetteer, plus the given lexicon files, and the package's
    /// learned recognizers unless `recognizer` is false.
    public static func standard(lexicons: [String] = [], recognizer: Bool = true) throws(ExtractionError) -> Extractor {
        try WordSets.checkBuiltIn()
        var g = try Gazetteer.builtIn()
        for path in lexicons { try g.addLexicon(path: path) }
        return Extractor(gazetteer: g, models: recognizer ? try EntityModels.builtIn() : nil, rules: try RelationRules.builtIn())
    }

    /// The graph of one document.
    /// - Complexity: O(n) in the length of the text; memory is bounded by the longest line.
    public func extract(_ document: Document) -> KnowledgeGraph {
        var builder = GraphAssembler(document: document.name)
        builder.keepsGazetteerPlaces = rules.keeps(RuleID.gazetteerLocatedIn) && rules.isolated == nil
        var state = DocumentState(gazetteer: gazetteer, language: document.language)
        let analyzer = CliticAnalyzer(caching: true, isKnown: { [known = gazetteer.known] in known.contains($0) })
        let relations = RelationExtractor(gazetteer: gazetteer, rules: rules)
        var words = KeyIndex()
        var line: [Unicode.Scalar] = []
        var lineStart = 0
        var offset = 0
        var sentenceCount = 0

        func process() {
            let tokens = Tokenizer.tokenize(line[...], base: lineStart, words: &words)
            for sentence in SentenceSplitter.split(tokens, firstIndex: sentenceCount) {
                let language = document.languageIsFixed ? document.language : LanguageDetector.detect(sentence, default: document.language)
                let context = SentenceContext(sentence: sentence, language: language, analyzer: analyzer,
                                              line: line[...], base: lineStart)
                let mentions = recognize(context, &state)
                // Only agents define "both countries": not a list of places (في سوريا والعراق).
                let groups = MentionGroup.groups(mentions, context)
                    .filter { $0.preposition.map(Words.betweenWords.contains) ?? true }.map(\.entities)
                state.remember(mentions, groups: groups)
                var found = relations.relations(context, mentions: mentions, entities: state.entities, year: state.datelineYear)
                if rules.isolated == nil { found += documentRelations(found, mentions, &state) }
                builder.add(context, mentions: mentions, relations: found, entities: state.entities)
                sentenceCount += 1
            }
        }

        var lineBreak = false
        for scalar in document.text.unicodeScalars {
            if lineBreak {
                lineBreak = false
                // A sentence wrapped across a line break stays one: the break reads as a space,
                // at its own offset, so evidence offsets stay exact.
                if LineJoiner(continuers: gazetteer.lineContinuers).joins(line, next: scalar) {
                    line.append(" ")
                } else {
                    process()
                    line.removeAll(keepingCapacity: true)
                    lineStart = offset
                }
            }
            if scalar == "\n" { lineBreak = true } else { line.append(scalar) }
            offset += 1
        }
        process()
        return builder.graph(entities: state.entities, gazetteer: gazetteer)
    }

    /// Relations from what the document knows beyond the sentence: a leader's country, talks
    /// between officials lifted to their states, bodies named against a group.
    func documentRelations(_ found: [RelationCandidate], _ mentions: [EntityMention], _ state: inout DocumentState) -> [RelationCandidate] {
        var out = LeaderAffiliation.affiliations(found, &state)
        out += StateLevelRelation.lift(found + out, state)
        for m in mentions where m.form == .name {
            if let group = state.opposedGroups[m.entity] {
                out.append(RelationCandidate(source: m.entity, type: .opposes, target: group, rule: RuleID.bodyAgainstGroup))
            }
        }
        return out.filter { rules.keeps($0.rule) }
    }

    /// Runs the entity stages in order, each seeing what the earlier ones found.
    func recognize(_ context: SentenceContext, _ state: inout DocumentState) -> [EntityMention] {
        var found = GazetteerMatcher().mentions(in: context, gazetteer: gazetteer, document: &state)
        let known = found
        let learned = learnedSpans(context, known: known, &state)
        noteDateline(found, context, &state)
        noteInnerGroups(found, context, &state)
        found += OrganizationChainMatcher(known: found).mentions(in: context, gazetteer: gazetteer, document: &state)
        found += PlaceHeadMatcher(known: found, learned: learned).mentions(in: context, gazetteer: gazetteer, document: &state)
        var merged = MentionMerger.merge(found)
        found += TitlePersonMatcher(others: merged, learned: learned).mentions(in: context, gazetteer: gazetteer, document: &state)
        merged = MentionMerger.merge(found)
        found += QuotedNameMatcher(others: merged).mentions(in: context, gazetteer: gazetteer, document: &state)
        merged = MentionMerger.merge(found)
        if !learned.isEmpty {
            found += LearnedNameMatcher(spans: learned, others: merged, known: known).mentions(in: context, gazetteer: gazetteer, document: &state)
            merged = MentionMerger.merge(found)
        }
        state.remember(merged, groups: [])
        found += ReferenceMatcher(others: merged).mentions(in: context, gazetteer: gazetteer, document: &state)
        return MentionMerger.merge(found).filter { !namesACurrency($0, context) }.map { metonymy($0, context, &state) }
    }

    /// The names the learned recognizer tags in a sentence, with the gazetteer's findings as clues.
    func learnedSpans(_ context: SentenceContext, known: [EntityMention], _ state: inout DocumentState) -> [NERSpan] {
        guard let models, !context.tokens.isEmpty else { return [] }
        let clues = NERFeatures.Clues(context, known: known, entities: state.entities, gazetteer: gazetteer)
        let features = NERFeatures(context.tokens, clues: clues, lexicon: &state.lexicon)
        return NERSpan.spans(models.model(for: context.language).tag(features))
    }

    /// A place opening one of the first sentences and followed by a comma or dash is the dateline.
    func noteDateline(_ found: [EntityMention], _ context: SentenceContext, _ state: inout DocumentState) {
        state.sentencesSeen += 1
        if state.datelineYear == nil, state.sentencesSeen <= 3,
           // A dateline's date opens its line (CAIRO, 4 March 2024 -) and names a month.
           let dated = DateParser.dates(in: context.tokens).first(where: { d in
               d.token <= 6 && d.text.contains(" ") && Attachments.hasYear(d.text) && !d.text.hasPrefix("since") }) {
            state.datelineYear = Attachments.year(in: dated.text)
        }
        guard state.datelineCountry == nil, state.sentencesSeen <= 3,
              let m = found.first(where: { $0.tokens.lowerBound == 0 }), m.tokens.upperBound < context.tokens.count,
              Words.datelineMarks.contains(context.tokens[m.tokens.upperBound]),
              let e = state.entities[m.entity] else { return }
        if e.type == .country { state.datelineCountry = e.id } else if e.type == .place, let c = e.country { state.datelineCountry = c }
    }

    /// دولار أسترالي، دينار كويتي: a nisba right after a currency word names the currency, not a party.
    func namesACurrency(_ m: EntityMention, _ context: SentenceContext) -> Bool {
        let i = m.tokens.lowerBound
        return context.language == .ar && m.tokens.count == 1 && i > 0
            && AmountParser.currencyWords[AmountParser.stem(context.tokens[i - 1].key)] != nil
            && AmountParser.qualified[context.tokens[i]] != nil
    }

    /// A city acting as an agent (تقدم واشنطن مساعدات) stands for its country. Not after a
    /// preposition or a place noun (في العاصمة عمّان), and not as a dateline (بيروت –).
    func metonymy(_ m: EntityMention, _ context: SentenceContext, _ state: inout DocumentState) -> EntityMention {
        // A partner after مع / with is an agent too (partnership with Paris).
        guard m.form == .name, m.preposition.map(Words.withPrepositions.contains) ?? true,
              let e = state.entities[m.entity], e.type == .place,
              let country = e.country, let index = gazetteer.entryIndex[country] else { return m }
        let tokens = context.tokens
        let after = m.tokens.upperBound
        let partner = m.preposition.map(Words.withPrepositions.contains) ?? false
        if !partner, after < tokens.count, tokens[after].kind == .punct, Words.placeEndMarks.contains(tokens[after]) {
            return m
        }
        if after >= tokens.count, !partner { return m }
        if m.tokens.lowerBound > 0 {
            let before = tokens[m.tokens.lowerBound - 1]
            if before.kind == .punct || gazetteer.placeHeads.contains(before.key) || Words.capitalWords.contains(before)
                || (gazetteer.stops.contains(before.key) && m.preposition == nil && !Words.clauseWords.contains(before.key)) {
                return m
            }
        } else if partner || after >= tokens.count || !tokens[after].isWord {
            return m
        }
        var stands = m
        stands.entity = state.entity(forEntry: index)
        return stands
    }

    /// A group named inside an organization's name (التحالف الدولي لهزيمة داعش) is the group
    /// that a later التنظيم / the group refers to.
    func noteInnerGroups(_ mentions: [EntityMention], _ context: SentenceContext, _ state: inout DocumentState) {
        for m in mentions where m.tokens.count > 1 && state.entities[m.entity]?.type == .organization {
            for k in m.tokens {
                for reading in context.readings[k] {
                    if let match = gazetteer.phrases[reading]?.first(where: { gazetteer.entries[$0.entry].type == .group }) {
                        state.lastGroup = state.entity(forEntry: match.entry)
                        // التحالف الدولي ضد داعش, the Coalition to Defeat ISIS: the body opposes the group.
                        if k > m.tokens.lowerBound, Words.againstWords.contains(context.tokens[k - 1]) || k > m.tokens.lowerBound + 1
                            && Words.againstWords.contains(context.tokens[k - 2]) {
                            state.opposedGroups[m.entity] = state.lastGroup
                        }
                    }
                }
            }
        }
    }
}
