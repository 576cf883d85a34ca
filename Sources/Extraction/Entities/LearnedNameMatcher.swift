import KnowledgeGraph

/// Adds the names the learned recognizer found that no list or pattern did, the way spaCy
/// runs its entity ruler beside the statistical model:
/// - a known name or a pattern's mention keeps its id and type, and a learned span that
///   crosses or lies inside one is dropped;
/// - a learned person or organization may contain known names (فيلق القدس is not Jerusalem,
///   Real Madrid is not Madrid, أبو أيوب المصري is not Egypt); a learned place may not;
/// - type rules from the word lists: a group head makes an armed group, and a state body with
///   a country (the Iraqi government) is that country.
struct LearnedNameMatcher: EntityRecognizer {
    let spans: [NERSpan]
    /// The earlier stages' mentions, merged.
    let others: [EntityMention]
    /// The gazetteer's own mentions: the only ones a longer learned name may swallow.
    let known: [EntityMention]

    func mentions(in context: SentenceContext, gazetteer g: Gazetteer, document: inout DocumentState) -> [EntityMention] {
        var out: [EntityMention] = []
        for span in joiningParticles(spans, context) where span.type != .misc {
            let r = span.type == .person ? withNisba(trimmed(span.tokens, context), context) : trimmed(span.tokens, context)
            guard !r.isEmpty, plausible(r, context, g) else { continue }
            let inside = others.filter { $0.tokens.overlaps(r) }
            let swallowed = inside.allSatisfy { m in
                r.lowerBound <= m.tokens.lowerBound && m.tokens.upperBound <= r.upperBound && m.tokens != r
                    && known.contains { $0.tokens == m.tokens && $0.entity == m.entity }
            }
            guard swallowed, inside.isEmpty || span.type != .location else { continue }
            if let m = mention(r, type(of: span, r, context, g), inside: inside, context, g, &document) { out.append(m) }
        }
        return out
    }

    /// English persons the model split at a particle (Ursula von | der Leyen, Omar al | - Bashir) are one.
    func joiningParticles(_ spans: [NERSpan], _ context: SentenceContext) -> [NERSpan] {
        guard context.language == .en else { return spans }
        let tokens = context.tokens
        var out: [NERSpan] = []
        for var span in spans.sorted(by: { $0.tokens.lowerBound < $1.tokens.lowerBound }) {
            // Omar | al-Bashir: the first name before a particle and hyphen belongs to the person.
            let a = span.tokens.lowerBound
            if span.type == .person, a >= 3, tokens[a - 1].key == "-", Words.nameParticles.contains(tokens[a - 2]),
               tokens[a - 3].isWord, tokens[a - 3].capitalized, out.last.map({ $0.tokens.upperBound <= a - 3 }) ?? true {
                span = NERSpan(tokens: (a - 3)..<span.tokens.upperBound, type: .person)
            }
            if let last = out.last, last.type == .person, span.type == .person, last.tokens.upperBound <= span.tokens.lowerBound {
                let gap = last.tokens.upperBound..<span.tokens.lowerBound
                let edge = tokens[last.tokens.upperBound - 1]
                let joins = gap.allSatisfy { Words.nameParticles.contains(tokens[$0]) || tokens[$0].key == "-" }
                    && (Words.nameParticles.contains(edge) || gap.contains { Words.nameParticles.contains(tokens[$0]) }
                        || (gap.count == 1 && tokens[gap.lowerBound].key == "-"))
                if joins {
                    out[out.count - 1] = NERSpan(tokens: last.tokens.lowerBound..<span.tokens.upperBound, type: .person)
                    continue
                }
            }
            out.append(span)
        }
        return out
    }

    /// The model's type, unless the words say otherwise: a place named with a body's head word
    /// (in Parliament, مجلس النواب) is an organization.
    func type(of span: NERSpan, _ r: Range<Int>, _ context: SentenceContext, _ g: Gazetteer) -> NERType {
        guard span.type == .location else { return span.type }
        let body = r.contains { k in context.readings[k].contains { g.orgHeads.contains($0) || g.bodyHeads.contains($0) } }
        return body ? .organization : .location
    }

    /// An Arabic person's name runs over a nisba right after it (أبو أيوب المصري): the model often
    /// stops before a word the gazetteer knows as a country's adjective.
    func withNisba(_ r: Range<Int>, _ context: SentenceContext) -> Range<Int> {
        guard context.language == .ar, !r.isEmpty,
              known.contains(where: { $0.form == .adjective && $0.tokens == r.upperBound..<(r.upperBound + 1) }) else { return r }
        return r.lowerBound..<(r.upperBound + 1)
    }

    /// The span without punctuation at its ends (a quote or dash the model took in).
    func trimmed(_ r: Range<Int>, _ context: SentenceContext) -> Range<Int> {
        var (a, b) = (r.lowerBound, r.upperBound)
        while a < b, !context.tokens[a].isWord { a += 1 }
        while b > a, !context.tokens[b - 1].isWord || context.language == .en && Words.nameParticles.contains(context.tokens[b - 1]) { b -= 1 }
        return a..<b
    }

    /// English names hold a capitalized word; no name is a lone stop or day word; and a title
    /// starting the span (also with a clitic on it: بنظيره), inside it or right after it (the British High Commissioner, Japanese Foreign
    /// Minister) belongs to a person the title patterns read, not to a body.
    func plausible(_ r: Range<Int>, _ context: SentenceContext, _ g: Gazetteer) -> Bool {
        let tokens = context.tokens
        if context.language == .en, !r.contains(where: { tokens[$0].capitalized }) { return false }
        if r.count == 1 {
            let key = tokens[r.lowerBound].key
            if g.stops.contains(key) || g.notNames.contains(key) || Words.titleModifiers.contains(key) { return false }
        }
        // A deal or document (the Defence Cooperation Agreement) is not an entity of the graph.
        if r.contains(where: { k in context.readings[k].contains { g.documentWords.contains($0) } }) { return false }
        // A portfolio after a title (Cabinet Secretary for Defence) is the title's.
        if context.language == .en, r.lowerBound >= 2, Words.portfolioPrepositions.contains(tokens[r.lowerBound - 1]),
           (max(0, r.lowerBound - 4)..<(r.lowerBound - 1)).contains(where: { startsTitle($0, context, g) }) { return false }
        // Right after a title, the title patterns read the name; what they left (اللواء البحري) is the title's.
        // (English titles the patterns take are capitalized; "the ambassador John Casson" is left to the model.)
        if context.language == .ar, r.lowerBound > 0, startsTitle(r.lowerBound - 1, context, g) { return false }
        let upTo = min(r.upperBound + 1, tokens.count)
        return !(r.lowerBound..<upTo).contains { startsTitle($0, context, g) }
    }

    func startsTitle(_ i: Int, _ context: SentenceContext, _ g: Gazetteer) -> Bool {
        context.tokens[i].isWord && context.readings[i].contains { r in
            g.longestTitle(first: r, context.tokens, from: i, limit: min(g.maxTitleTokens, context.tokens.count - i)) != nil
        }
    }

    func mention(_ r: Range<Int>, _ type: NERType, inside: [EntityMention], _ context: SentenceContext,
                 _ g: Gazetteer, _ document: inout DocumentState) -> EntityMention? {
        let preposition = context.preposition(at: r.lowerBound, clitic: "")
        let label = context.text(of: r)
        switch type {
        case .person:
            let (key, compact) = DocumentState.nameKeys(r, context)
            // Every longer word of the span already names one person (كيونغ دو after جيونغ كيونغ دو).
            let named = Set(r.filter { context.tokens[$0].key.unicodeScalars.count >= 3 }.compactMap { document.surnames[context.tokens[$0]] })
            if let earlier = document.surnames[key] ?? document.surnames[compact] ?? (named.count == 1 ? named.first : nil) {
                return EntityMention(tokens: r, entity: earlier, form: .reference, preposition: preposition)
            }
            let id = document.person(r, context, country: nil, role: nil)
            return EntityMention(tokens: r, entity: id, form: .name, preposition: preposition)
        case .organization:
            let countries = inside.filter { document.entities[$0.entity]?.type == .country }
            let words = r.map { context.readings[$0].map(\.stem) + [context.tokens[$0].key] }
            if countries.count == 1, r.count <= 4, words.contains(where: { $0.contains(where: g.stateBodies.contains) }) {
                return EntityMention(tokens: r, entity: countries[0].entity, form: .reference, preposition: preposition)
            }
            let group = words.contains { $0.contains(where: g.groupHeads.contains) }
                || inside.contains { document.entities[$0.entity]?.type == .group }
            let entity = DocumentEntity(id: Gazetteer.slug(label), type: group ? .group : .organization, label: label,
                                        country: countries.first?.entity)
            return EntityMention(tokens: r, entity: document.add(entity), form: .name, preposition: preposition)
        case .location:
            let id = document.add(DocumentEntity(id: Gazetteer.slug(label), type: .place, label: label))
            return EntityMention(tokens: r, entity: id, form: .name, preposition: preposition)
        case .misc:
            return nil
        }
    }
}
