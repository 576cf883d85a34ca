/// Splits Arabic proclitics off a word's key, longest first, but only when what remains is a
/// known word: لليبيا is ل + ليبيا, while واشنطن, بغداد, بريطانيا and وزير stay whole.
struct CliticAnalyzer: Sendable {
    /// One reading of a word: the clitic taken off and the word that remains.
    struct Reading: Sendable, Equatable {
        var clitic: String
        var stem: String
    }

    /// Proclitics, longest first. Those ending in ال keep the article on the stem;
    /// لل stands for ل + ال, or for ل before a word that starts with ل.
    static let proclitics: [String] = [
        "وبال", "فبال", "وكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال", "وب", "ول", "و", "ف", "ب", "ل", "ك",
    ]

    let isKnown: @Sendable (String) -> Bool

    /// The readings of a word key that leave a known word, whole word first when it is known.
    /// - Complexity: O(number of proclitics) lookups.
    func readings(of key: String) -> [Reading] {
        var out: [Reading] = []
        if isKnown(key) { out.append(Reading(clitic: "", stem: key)) }
        let scalars = key.unicodeScalars
        guard let first = scalars.first, "وفبلكا".unicodeScalars.contains(first) else { return out }
        for clitic in Self.proclitics where key.hasPrefix(clitic) {
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
    func analyse(_ key: String) -> Reading? { readings(of: key).first }

    static func stems(clitic: String, rest: String) -> [String] {
        if clitic == "ال" { return [] }  // the article is part of the names we know
        if clitic.hasSuffix("لل") { return ["ال" + rest, "ل" + rest] }
        if clitic.hasSuffix("ال") { return ["ال" + rest] }
        return [rest]
    }

    /// What was actually taken off: وبال with stem الـ… took off وب.
    static func cliticPart(_ clitic: String, stem: String) -> String {
        if clitic.hasSuffix("لل") { return String(clitic.unicodeScalars.dropLast()) }
        if clitic.hasSuffix("ال") { return String(clitic.unicodeScalars.dropLast(2)) }
        return clitic
    }
}
