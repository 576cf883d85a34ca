import Synchronization

/// Splits Arabic proclitics off a word's key, longest first, but only when what remains is a
/// known word: لليبيا is ل + ليبيا, while واشنطن, بغداد, بريطانيا and وزير stay whole.
struct CliticAnalyzer: Sendable {
    /// One reading of a word: the clitic taken off and the word that remains.
    struct Reading: Sendable, Equatable {
        var clitic: String
        let stem: String
        /// ``KeyIndex/hash(_:)`` of the stem, computed once: readings are cached and looked up in many tables.
        let stemHash: Int?

        init(clitic: String, stem: String, stemHash: Int?) {
            self.clitic = clitic
            self.stem = stem
            self.stemHash = stemHash
        }

        init(clitic: String, stem: String) { self.init(clitic: clitic, stem: stem, stemHash: KeyIndex.hash(stem)) }

        /// The whole token, nothing taken off.
        init(_ token: Token) { self.init(clitic: "", stem: token.key, stemHash: token.keyHash) }
    }

    /// Proclitics, longest first. Those ending in ال keep the article on the stem;
    /// لل stands for ل + ال, or for ل before a word that starts with ل.
    static let proclitics: [String] = [
        "وبال", "فبال", "وكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال", "وب", "ول", "و", "ف", "ب", "ل", "ك",
    ]

    let isKnown: @Sendable (String) -> Bool
    /// Readings already worked out, by word key: running text repeats its words.
    let cache: ReadingCache?

    /// - Parameter caching: remember each word's readings (for one document's run; `isKnown`
    ///   must not change meanwhile).
    init(caching: Bool = false, isKnown: @escaping @Sendable (String) -> Bool) {
        self.isKnown = isKnown
        self.cache = caching ? ReadingCache() : nil
    }

    /// The readings of a word key: the whole word first, known or not, then each clitic taken
    /// off that leaves a known word, longest clitic first.
    /// - Complexity: O(number of proclitics) lookups, O(length of the key) once cached.
    func readings(of key: String) -> [Reading] {
        guard let cache else { return analyse(key: key) }
        if let known = cache.readings(of: key) { return known }
        let out = analyse(key: key)
        cache.remember(out, for: key)
        return out
    }

    func analyse(key: String) -> [Reading] {
        var out = [Reading(clitic: "", stem: key)]
        let scalars = key.unicodeScalars
        guard let first = scalars.first, "وفبلكا".unicodeScalars.contains(first) else { return out }
        for clitic in Self.proclitics where key.keyHasPrefix(clitic) {
            let rest = String(key.unicodeScalars.dropFirst(clitic.unicodeScalars.count))
            guard rest.unicodeScalars.count >= 2 else { continue }
            for stem in Self.stems(clitic: clitic, rest: rest) where isKnown(stem) {
                let reading = Reading(clitic: Self.cliticPart(clitic, stem: stem), stem: stem)
                if !out.contains(reading) { out.append(reading) }
            }
        }
        return out
    }

    /// The best reading: the whole word if known, else the longest clitic that leaves a known word.
    func analyse(_ key: String) -> Reading? {
        let all = readings(of: key)
        return isKnown(key) ? all[0] : all.dropFirst().first
    }

    static func stems(clitic: String, rest: String) -> [String] {
        if clitic == "ال" { return [] }  // the article is part of the names we know
        if clitic.keyHasSuffix("لل") { return ["ال" + rest, "ل" + rest] }
        if clitic.keyHasSuffix("ال") { return ["ال" + rest] }
        return [rest]
    }

    /// What was actually taken off: وبال with stem الـ… took off وب.
    static func cliticPart(_ clitic: String, stem: String) -> String {
        if clitic.keyHasSuffix("لل") { return String(clitic.unicodeScalars.dropLast()) }
        if clitic.keyHasSuffix("ال") { return String(clitic.unicodeScalars.dropLast(2)) }
        return clitic
    }
}

/// Word key → its readings, shared by the sentences of one run.
final class ReadingCache: Sendable {
    /// Enough for the vocabulary of a large corpus; beyond it, words are analysed afresh.
    static let limit = 500_000
    private let table = Mutex(KeyTable<[CliticAnalyzer.Reading]>())

    func readings(of key: String) -> [CliticAnalyzer.Reading]? {
        table.withLock { $0[key] }
    }

    func remember(_ readings: [CliticAnalyzer.Reading], for key: String) {
        table.withLock { if $0.count < Self.limit { $0[key] = readings } }
    }
}
