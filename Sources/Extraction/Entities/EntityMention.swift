import KnowledgeGraph

/// An entity as this document knows it: from the gazetteer or found by a pattern.
struct DocumentEntity: Sendable {
    var id: String
    var type: NodeType
    var label: String
    var english: String?
    var arabic: String?
    var wikidata: String?
    /// The country a person or organization belongs to, or a place lies in (an entity id).
    var country: String?
    /// A person's role, e.g. `ambassador`.
    var role: String?
    var aliases: Set<String> = []
}

/// One place in a sentence that names an entity.
struct EntityMention: Sendable {
    enum Form: Sendable, Equatable {
        /// The entity's name.
        case name
        /// A nisba or demonym standing for its country (البريطانية, British).
        case adjective
        /// A word that refers back (البلدين, the group, a surname alone): used for relations,
        /// not recorded as a name of the entity.
        case reference
    }

    /// Token indices in the sentence.
    var tokens: Range<Int>
    var entity: String
    var form: Form
    /// The proclitic or preposition before the mention (ل, ب, في, with, by …), keyed.
    var preposition: String?
    /// Affiliations found with the mention (a title's nisba): entity ids and the role.
    var affiliations: [String] = []
    var role: String?
}

/// What a sentence offers the recognizers: its tokens and their clitic readings.
struct SentenceContext {
    let sentence: Sentence
    let language: Language
    /// For each token, the keys it can stand for: the whole key first, then stems with clitics taken off.
    let readings: [[CliticAnalyzer.Reading]]
    /// The line the sentence lies on, and the document offset of its first scalar.
    let line: ArraySlice<Unicode.Scalar>
    let base: Int

    var tokens: [Token] { sentence.tokens }

    init(sentence: Sentence, language: Language, analyzer: CliticAnalyzer, line: ArraySlice<Unicode.Scalar>, base: Int) {
        self.sentence = sentence
        self.language = language
        self.line = line
        self.base = base
        self.readings = sentence.tokens.map { token in
            guard language == .ar, token.isWord else { return [CliticAnalyzer.Reading(token)] }
            return analyzer.readings(of: token.key)
        }
    }

    /// The original text between two document offsets on this line.
    func text(_ start: Int, _ end: Int) -> String {
        let from = line.startIndex + start - base
        return String(scalars: line[from..<(from + end - start)])
    }

    /// The original text of a token range.
    func text(of range: Range<Int>) -> String {
        text(tokens[range.lowerBound].start, tokens[range.upperBound - 1].end)
    }

    /// The key of tokens `range` joined by spaces, with `first` standing for the first token.
    func phrase(_ range: Range<Int>, first: String) -> String {
        var out = first
        for i in range.dropFirst() {
            out += " "
            out += tokens[i].key
        }
        return out
    }

    /// The proclitic or preceding preposition token of a mention starting at token `i`.
    func preposition(at i: Int, clitic: String) -> String? {
        if !clitic.isEmpty, !Words.conjunctionClitics.contains(clitic) {
            // وب, فلل: the preposition after the conjunction.
            return Words.conjunctionClitics.containsFirstScalar(of: clitic) ? String(clitic.unicodeScalars.dropFirst()) : clitic
        }
        var k = i - 1
        if k > 0, Words.placeDirections.contains(tokens[k]) { k -= 1 }
        // "in the Gulf of Guinea", "to the southern Sahel": the article stands between.
        if k > 0, Words.definiteArticle.contains(tokens[k]) { k -= 1 }
        guard k >= 0, tokens[k].isWord else { return nil }
        // "in parts of Libya", "في أجزاء من ليبيا": the preposition before the partitive noun.
        if k >= 2, Words.partitiveOf.contains(tokens[k]), Words.partitives.contains(tokens[k - 1]),
           Words.mentionPrepositions.contains(tokens[k - 2]) {
            return tokens[k - 2].key
        }
        // "وحدات من الجيش التركي", "troops from the Turkish army": the body is the agent, not a source.
        if k >= 1, Words.unitOf.contains(tokens[k]), Words.unitNouns.contains(tokens[k - 1]) { return nil }
        return Words.mentionPrepositions.contains(tokens[k]) ? tokens[k].key : nil
    }
}

/// A stage that finds entity mentions in a sentence. Stages run in order; each may read
/// and grow the document's entities.
protocol EntityRecognizer {
    func mentions(in context: SentenceContext, gazetteer: Gazetteer, document: inout DocumentState) -> [EntityMention]
}
