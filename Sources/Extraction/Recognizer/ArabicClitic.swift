/// A plain proclitic split for the recognizer's features: و ف ب ل ك, alone or before ال, taken
/// off when three letters remain; the stem keeps the article (والعراق, للعراق → العراق). Unlike
/// ``CliticAnalyzer`` it does not ask whether the rest is a known word: names the gazetteer
/// lacks (والموصل) are what the recognizer is for.
enum ArabicClitic {
    struct Rule {
        let prefix: [Unicode.Scalar]
        /// Scalars taken off, and whether the stem gets ال back (لل is ل + ال).
        let drop: Int
        let article: Bool
    }

    /// Longest first; keyed forms (see ``TextNormalizer``).
    static let rules: [Rule] = [
        Rule(prefix: Array("ولل".unicodeScalars), drop: 3, article: true),
        Rule(prefix: Array("فلل".unicodeScalars), drop: 3, article: true),
        Rule(prefix: Array("وال".unicodeScalars), drop: 1, article: false),
        Rule(prefix: Array("فال".unicodeScalars), drop: 1, article: false),
        Rule(prefix: Array("بال".unicodeScalars), drop: 1, article: false),
        Rule(prefix: Array("كال".unicodeScalars), drop: 1, article: false),
        Rule(prefix: Array("لل".unicodeScalars), drop: 2, article: true),
    ] + "وفبلك".unicodeScalars.map { Rule(prefix: [$0], drop: 1, article: false) }

    static let article: [Unicode.Scalar] = Array("ال".unicodeScalars)

    /// The rule that applies to `key`, if any.
    static func rule(_ key: String) -> Rule? {
        let scalars = key.unicodeScalars
        guard let first = scalars.first, first.value >= 0x0621, first.value <= 0x064A else { return nil }
        let count = scalars.count
        return rules.first { count - $0.drop >= 3 && scalars.starts(with: $0.prefix) }
    }

    /// How many scalars of `key` are clitic; 0 when none.
    static func length(_ key: String) -> Int { rule(key)?.drop ?? 0 }

    /// The hashes of the clitic and of the stem, or nil when nothing comes off.
    static func split(_ key: String) -> (clitic: UInt64, stem: UInt64)? {
        guard let rule = rule(key) else { return nil }
        var clitic = NERFeatures.offset
        var stem = NERFeatures.offset
        if rule.article { for s in article { stem = NERFeatures.step(stem, s.value) } }
        for (k, s) in key.unicodeScalars.enumerated() {
            if k < rule.drop { clitic = NERFeatures.step(clitic, s.value) } else { stem = NERFeatures.step(stem, s.value) }
        }
        return (clitic, stem)
    }
}
