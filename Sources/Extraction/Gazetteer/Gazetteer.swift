import Foundation
import KnowledgeGraph

/// Everything the extractor knows before reading a document: entities with their names in
/// English and Arabic, nisba and demonym forms, titles, organization heads, relation triggers
/// and coreference words. Loaded once from the package's resources and extensible with
/// user lexicon files in the same format (see Resources/README.md).
public struct Gazetteer: Sendable {
    var entries: [GazetteerEntry] = []
    // Keyed tables hash the keys' bytes (see KeyIndex): String hashing of Arabic keys was
    // most of extraction's time.
    var entryIndex = KeyTable<Int>()
    /// Phrase key (token keys joined by spaces) → what it names.
    var phrases = KeyTable<[GazetteerMatch]>()
    var maxPhraseTokens = 1
    var titles = KeyTable<String>()
    var maxTitleTokens = 1
    var orgHeads = KeySet()
    var placeHeads = KeySet()
    var stops = KeySet()
    var triggers = KeyTable<[Trigger]>()
    /// Where each trigger entry id was defined (`file:line`), to refuse a second entry with the same id.
    var triggerIDs: [String: String] = [:]
    /// The Arabic clitics the trigger finder takes off a word (triggers.tsv `clitic` lines), keyed.
    var triggerClitics = TriggerClitics()
    var coref = KeyTable<CorefKind>()
    /// First words of the coreference phrases of two or three words, built by `finish()`: a word that
    /// starts none is not joined with the next ones for a lookup.
    var corefStarts = KeySet()
    var blocks = KeySet()
    /// Nouns for one member of a body (قياديا في حماس، عناصر من داعش, a commander of ISIS): acting
    /// on the member is acting on the body.
    var memberHeads = KeySet()
    /// Words that introduce the agent of a passive (من قبل، على يد), each as its token keys.
    var agentMarkers: [[String]] = []
    /// The markers' first words, built by `finish()`: most tokens are ruled out by one keyed lookup,
    /// not a string comparison per marker.
    var agentMarkerStarts = KeySet()
    var notNisba = KeySet()
    /// Words a sentence never ends on (of, the, في، على): a line ending on one continues on the next.
    var lineContinuers = KeySet()
    /// Words that make a learned name a document or deal (Agreement, اتفاقية), which kg does not keep as a node.
    var documentWords = KeySet()
    /// Words the learned recognizer may tag that are never a name alone (Monday, يناير).
    var notNames = KeySet()
    /// With ``orgHeads``, words that make a learned name an organization, not a place (Parliament).
    var bodyHeads = KeySet()
    /// Words that make a learned organization name an armed group (militia, كتائب).
    var groupHeads = KeySet()
    /// Words that, with a country, name its state (the Iraqi government, حكومة العراق).
    var stateBodies = KeySet()
    /// First words of every phrase and word list, for clitic analysis.
    var known = KeySet()
    /// What the word lists say of a one-word key, as the recognizer's clue bits (see
    /// ``NERFeatures/Clues``): 1 title, 2 organization head, 4 place head, 8 stop word.
    var wordClues = KeyTable<UInt8>()
    /// `phrases` and `titles` as word tries, built by `finish()`.
    var phraseTrie = PhraseTrie(KeyTable<[GazetteerMatch]>())
    var titleTrie = PhraseTrie(KeyTable<String>())

    struct Trigger: Sendable, Equatable {
        /// `with`: a partner after مع/with; `passive`: an agent after by/من; `amount`: only with a sum
        /// of money in the clause (قدمت، provided); `in`: the target follows في/in (يشارك في);
        /// `reverse`: the object acts on the subject (تستضيف الكويت قوات: the forces operate in Kuwait).
        enum Frame: String, Sendable { case plain = "-", with, passive, amount, `in`, reverse }
        var relation: RelationType
        var frame: Frame
        /// The lexicon entry's id (`lex:ar:opposes:اغتال`): it reaches the edge's evidence.
        var id: String
        /// The entry's CAMEO root code (`18`), if given.
        var cameo: String? = nil

        /// Same relation and frame: one reading of a word, whichever entry gave it first.
        func sameReading(_ other: Trigger) -> Bool { relation == other.relation && frame == other.frame }
    }

    struct TriggerClitics: Sendable {
        /// و ف ب ل س …: taken off the front; the rest is looked up.
        var proclitics: [String] = []
        /// لل بال وال ال: taken off the front; the rest is looked up with and without ال.
        var articles: [String] = []
        /// ه ها هم …: object or possessive pronouns taken off the end.
        var enclitics: [String] = []
    }

    /// `organization`: the last organization named (the alliance, الحلف); `person-pair`: the last
    /// two persons (the two ministers, الوزيران).
    enum CorefKind: String, Sendable { case pair, group, hisCountry = "his-country", organization, personPair = "person-pair" }

    /// The gazetteer shipped with the package: its prebuilt table when the table was made from
    /// the TSV files as they are (see ``GazetteerTable``), else those files parsed.
    public static func builtIn() throws(ExtractionError) -> Gazetteer {
        let sources = try GazetteerTable.sources()
        if let table = try? GazetteerTable.shipped(for: sources) { return table }
        return try parsed(sources)
    }

    /// The shipped TSV files parsed and inflected, as before there was a table.
    static func parsed(_ sources: [GazetteerTable.Source]) throws(ExtractionError) -> Gazetteer {
        var gazetteer = Gazetteer()
        for source in sources {
            try gazetteer.load(contentsOf: source.path, countriesTable: source.name == "countries")
        }
        gazetteer.finish()
        return gazetteer
    }

    /// Adds the lines of a user lexicon file (same format as Resources/gazetteer.tsv and words.tsv).
    public mutating func addLexicon(path: String) throws(ExtractionError) {
        try load(contentsOf: path, countriesTable: false)
        finish()
    }

    mutating func load(contentsOf path: String, countriesTable: Bool) throws(ExtractionError) {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ExtractionError(.io, "cannot read lexicon \(path): \(FileProblem.reason(error, path: path))")
        }
        var loader = GazetteerLoader(gazetteer: self, file: path)
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.hasSuffix("\r") ? line.dropLast() : line
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = trimmed.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if countriesTable {
                try loader.country(["country", fields[0], "-", fields[1], fields[2], "-", "-"], line: number + 1, fromICU: true)
            } else {
                try loader.line(fields, number: number + 1)
            }
        }
        self = loader.gazetteer
    }

    /// Builds the derived tables once all lines are in.
    mutating func finish() {
        known = KeySet(stops.keys + orgHeads.keys + placeHeads.keys + blocks.keys + triggers.keys)
        for key in phrases.keys { known.insert(String(key.split(separator: " ").first ?? "")) }
        for key in titles.keys { known.insert(String(key.split(separator: " ").first ?? "")) }
        for key in coref.keys { known.insert(String(key.split(separator: " ").first ?? "")) }
        corefStarts = KeySet.firstWords(ofPhrases: coref.keys)
        agentMarkerStarts = KeySet(agentMarkers.compactMap(\.first))
        maxPhraseTokens = phrases.keys.map { $0.split(separator: " ").count }.max() ?? 1
        maxTitleTokens = titles.keys.map { $0.split(separator: " ").count }.max() ?? 1
        phraseTrie = PhraseTrie(phrases)
        titleTrie = PhraseTrie(titles)
        wordClues = KeyTable()
        for (keys, bit) in [(titles.keys, 1), (orgHeads.keys, 2), (placeHeads.keys, 4), (stops.keys, 8)] as [([String], UInt8)] {
            for key in keys where !key.contains(" ") { wordClues[key] = (wordClues[key] ?? 0) | bit }
        }
    }

    /// The gazetteer phrases that start at token `start` with its first word read as `first`
    /// (a clitic reading), at most `limit` tokens long, longest first.
    /// - Complexity: O(limit) lookups.
    func phraseMatches(first: CliticAnalyzer.Reading, _ tokens: [Token], from start: Int, limit: Int) -> [(tokens: Int, value: [GazetteerMatch])] {
        phraseTrie.matches(first: first, tokens, from: start, limit: limit)
    }

    /// The longest title that starts at token `start` with its first word read as `first`: its length and role.
    /// - Complexity: O(limit) lookups.
    func longestTitle(first: CliticAnalyzer.Reading, _ tokens: [Token], from start: Int, limit: Int) -> (tokens: Int, value: String)? {
        titleTrie.matches(first: first, tokens, from: start, limit: limit).first
    }

    func entry(id: String) -> GazetteerEntry? { entryIndex[id].map { entries[$0] } }

    /// The node ids the extractor gives the known entities a name stands for, in any of
    /// their forms and either script: `ISIS`, `Daesh` and `داعش` all give the Islamic
    /// State's id; a nisba (`البريطانية`) gives its country's. Case is ignored.
    ///
    /// - Complexity: O(length of name).
    public func entityIDs(named name: String) -> [String] {
        var ids: [String] = []
        for match in phrases[Gazetteer.phraseKey(name)] ?? [] where !ids.contains(entries[match.entry].id) {
            ids.append(entries[match.entry].id)
        }
        return ids
    }

    /// Every phrase key naming one of `ids`, with the ids it names: ``entityIDs(named:)``
    /// turned round, for the HTML view's search.
    /// - Complexity: O(phrases in the gazetteer).
    package func phraseKeys(naming ids: Set<String>) -> [String: [String]] {
        var out: [String: [String]] = [:]
        for key in phrases.keys {
            for match in phrases[key] ?? [] {
                let id = entries[match.entry].id
                if ids.contains(id), !(out[key]?.contains(id) ?? false) { out[key, default: []].append(id) }
            }
        }
        return out
    }

    /// Whether an id is a known place (a city name can also be a given name: Aden Duale).
    func placeLike(_ id: String) -> Bool { entry(id: id)?.type == .place }

    /// The phrase key of a name: its tokens' keys joined by single spaces.
    static func phraseKey(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        return Tokenizer.tokenize(scalars[...], base: 0).map(\.key).joined(separator: " ")
    }

    static func slug(_ name: String) -> String {
        var out = ""
        var dash = false
        for s in TextNormalizer.key(name).unicodeScalars {
            if s.properties.isAlphabetic || ("0"..."9").contains(s) {
                if dash, !out.isEmpty { out.append("-") }
                out.unicodeScalars.append(s)
                dash = false
            } else {
                dash = true
            }
        }
        return out
    }
}
