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
    /// - Complexity: one pass over the key's scalars; it runs for every word the recognizer sees.
    static func rule(_ key: String) -> Rule? {
        var scalars = key.unicodeScalars.makeIterator()
        guard let first = scalars.next(), first.value >= 0x0621, first.value <= 0x064A else { return nil }
        let head = (first, scalars.next(), scalars.next())
        var count = head.1 == nil ? 1 : head.2 == nil ? 2 : 3
        while scalars.next() != nil { count += 1 }
        for rule in rules where count - rule.drop >= 3 && starts(head, with: rule.prefix) { return rule }
        return nil
    }

    /// Whether the first three scalars (nil past the end) begin with `prefix`, of one to three scalars.
    @inline(__always)
    private static func starts(_ head: (Unicode.Scalar, Unicode.Scalar?, Unicode.Scalar?), with prefix: [Unicode.Scalar]) -> Bool {
        head.0 == prefix[0] && (prefix.count < 2 || head.1 == prefix[1]) && (prefix.count < 3 || head.2 == prefix[2])
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
