import Foundation
import KnowledgeGraph

/// The named word lists and word tables the relation machinery reads: prepositions, clause
/// openers, the words of amounts and dates. They live in `Resources/wordsets.tsv`, keyed through
/// the normalizer on load as the tokenizer keys words, so a list is written in ordinary spelling (روبية, إلى) and matches the
/// keys of the text (روبيه, الي).
struct WordSets: Sendable {
    /// A named set of words (`set  NAME  words`).
    enum Name: String, CaseIterable, Sendable {
        case partnerPrepositions = "partner-prepositions", agentPrepositions = "agent-prepositions"
        case inPrepositions = "in-prepositions", locativePrepositions = "locative-prepositions"
        case locativeClitics = "locative-clitics", placeBefore = "place-before"
        case withPrepositions = "with-prepositions", betweenWords = "between", whereWords = "where"
        case againstPrepositions = "against-prepositions", targetPrepositions = "target-prepositions"
        case pronouns, auxiliaries, particles, clauseWords = "clause-words", clauseMarks = "clause-marks"
        case compass, determiners, articles, apostrophes, commas
        case tiedWords = "tied-words", pronounConjunctions = "pronoun-conjunctions", relatives
        case siteHeads = "site-heads", headRoles = "head-roles", seatWords = "seat-words"
        case memberPronouns = "member-pronouns", sterling, poundWords = "pound-words"
        case dayLinks = "day-links", dayRanges = "day-ranges", yearNouns = "year-nouns", sinceWords = "since"
        case yearBefore = "year-before", englishAgent = "english-agent", englishSource = "english-source"
        case englishAnd = "english-and", englishComma = "english-comma", sourcePrepositions = "source-prepositions"
        case adverbialIn = "adverbial-in", clashWords = "clash-words", supportNouns = "support-nouns"
        case mentionPrepositions = "mention-prepositions", placeDirections = "place-directions"
        case definiteArticle = "definite-article", partitives, partitiveOf = "partitive-of"
        case unitNouns = "unit-nouns", unitOf = "unit-of", conjunctionClitics = "conjunction-clitics"
        case andClitics = "and-clitics", listAnd = "list-and", listJoiners = "list-joiners"
        case separatePrepositions = "separate-prepositions"
        case referenceHeads = "reference-heads", interchangeableHeads = "interchangeable-heads"
        case forCountryHeads = "for-country-heads", constructNouns = "construct-nouns", purposeNouns = "purpose-nouns"
        case orgNameJoiners = "org-name-joiners", nationalBodies = "national-bodies", bodyModifiers = "body-modifiers"
        case baseHeads = "base-heads", baseKinds = "base-kinds", baseClosers = "base-closers", namedUnits = "named-units"
        case placeOf = "place-of", placeAfterIn = "place-after-in", notPlaces = "not-places"
        case trailingPlaceHeads = "trailing-place-heads", nameParticles = "name-particles", nameClosers = "name-closers"
        case portfolioPrepositions = "portfolio-prepositions", lowercaseTitles = "lowercase-titles"
        case possessiveS = "possessive-s", titleBodyPrepositions = "title-body-prepositions"
        case hostPrepositions = "host-prepositions", titlePrepositions = "title-prepositions", titleOf = "title-of"
        case titleModifiers = "title-modifiers", titleComplements = "title-complements"
        case complementPrepositions = "complement-prepositions", capitalWords = "capital-words", againstWords = "against-words"
        case datelineMarks = "dateline-marks", placeEndMarks = "place-end-marks"
        case supportClitics = "support-clitics", chargeClitics = "charge-clitics", chargePrepositions = "charge-prepositions"
        case sentenceEnders = "sentence-enders", sentenceClosers = "sentence-closers", abbreviations
    }

    /// A named word → value table (`map  TABLE  VALUE  words`).
    enum Table: String, CaseIterable, Sendable {
        case currency, currencyNisba = "currency-nisba", currencySymbol = "currency-symbol"
        case dollarPrefix = "dollar-prefix", scale, month
    }

    private var sets = [KeySet](repeating: KeySet(), count: Name.allCases.count)
    private var tables = [KeyTable<String>](repeating: KeyTable(), count: Table.allCases.count)

    subscript(_ name: Name) -> KeySet { sets[Name.allCases.firstIndex(of: name)!] }
    subscript(_ table: Table) -> KeyTable<String> { tables[Table.allCases.firstIndex(of: table)!] }

    /// The package's lists, loaded once. ``Extractor/standard(lexicons:recognizer:)`` reports a broken
    /// or missing file through ``checkBuiltIn()`` before any list is read.
    static let builtIn: Result<WordSets, ExtractionError> = {
        guard let url = Bundle.module.url(forResource: "wordsets", withExtension: "tsv", subdirectory: "Resources")
            ?? Bundle.module.url(forResource: "wordsets", withExtension: "tsv") else {
            return .failure(ExtractionError(.missingResource, "the package resource wordsets.tsv is missing"))
        }
        return Result { () throws(ExtractionError) in try load(path: url.path) }
    }()

    static func checkBuiltIn() throws(ExtractionError) { _ = try builtIn.get() }

    /// A named set of the package's lists (empty only if the file failed to load, which
    /// ``checkBuiltIn()`` reports first).
    static func set(_ name: Name) -> KeySet { (try? builtIn.get())?[name] ?? KeySet() }

    static func table(_ table: Table) -> KeyTable<String> { (try? builtIn.get())?[table] ?? KeyTable() }

    /// Reads a word-set file; every set and table must be given once.
    static func load(path: String) throws(ExtractionError) -> WordSets {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ExtractionError(.io, "cannot read word sets \(path): \(FileProblem.reason(error, path: path))")
        }
        return try parse(text, file: (path as NSString).lastPathComponent)
    }

    static func parse(_ text: String, file: String) throws(ExtractionError) -> WordSets {
        var out = WordSets()
        var seen = Set<String>()
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let at = "\(file):\(number + 1)"
            try out.add(fields, at: at, seen: &seen)
        }
        let missing = Name.allCases.map(\.rawValue).filter { !seen.contains("set " + $0) }
            + Table.allCases.map(\.rawValue).filter { !seen.contains("map " + $0) }
        guard missing.isEmpty else {
            throw ExtractionError(.invalidData, "\(file): no list named \(missing.joined(separator: ", "))")
        }
        return out
    }

    private mutating func add(_ f: [String], at: String, seen: inout Set<String>) throws(ExtractionError) {
        switch f[0] {
        case "set":
            guard f.count >= 3, let name = Name(rawValue: f[1]) else { throw Self.bad(f, at: at) }
            guard seen.insert("set " + f[1]).inserted else { throw ExtractionError(.invalidData, "\(at): set \(f[1]) is given twice") }
            let k = Name.allCases.firstIndex(of: name)!
            for word in Self.words(f[2]) {
                let key = Gazetteer.phraseKey(word)  // as the tokenizer keys a word or a mark
                guard !key.isEmpty, !key.contains(" ") else {
                    throw ExtractionError(.invalidData, "\(at): '\(word)' is not one word; a set holds words")
                }
                sets[k].insert(key)
            }
        case "map":
            guard f.count >= 4, let table = Table(rawValue: f[1]), !f[2].isEmpty else { throw Self.bad(f, at: at) }
            if table == .scale, Double(f[2]) == nil { throw ExtractionError(.invalidData, "\(at): scale '\(f[2])' is not a number") }
            seen.insert("map " + f[1])
            let k = Table.allCases.firstIndex(of: table)!
            for word in Self.words(f[3]) {
                let key = Gazetteer.phraseKey(word)
                guard !key.isEmpty else { throw ExtractionError(.invalidData, "\(at): '\(word)' has no letters to match") }
                if let earlier = tables[k][key], earlier != f[2] {
                    throw ExtractionError(.invalidData, "\(at): '\(word)' in \(f[1]) is already \(earlier)")
                }
                tables[k][key] = f[2]
            }
        default:
            throw Self.bad(f, at: at)
        }
    }

    private static func words(_ field: String) -> [String] {
        field.split(separator: "|").map { $0.trimmingSpaces }.filter { !$0.isEmpty }
    }

    private static func bad(_ f: [String], at: String) -> ExtractionError {
        let names = Name.allCases.map(\.rawValue).joined(separator: " ")
        let tables = Table.allCases.map(\.rawValue).joined(separator: " ")
        return ExtractionError(.invalidData, "\(at): expected 'set NAME words' (\(names)) or 'map TABLE VALUE words' (\(tables)), found '\(f.joined(separator: " "))'")
    }
}
