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

    /// The rule that applies to a key given as its scalars, if any.
    /// - Complexity: O(1); it runs for every word the recognizer sees.
    static func rule(_ scalars: UnsafeBufferPointer<UInt32>) -> Rule? {
        guard let first = scalars.first, first >= 0x0621, first <= 0x064A else { return nil }
        let count = scalars.count
        let head = (Unicode.Scalar(first)!, count > 1 ? Unicode.Scalar(scalars[1]) : nil, count > 2 ? Unicode.Scalar(scalars[2]) : nil)
        for rule in rules where count - rule.drop >= 3 && starts(head, with: rule.prefix) { return rule }
        return nil
    }

    /// Whether the first three scalars (nil past the end) begin with `prefix`, of one to three scalars.
    @inline(__always)
    private static func starts(_ head: (Unicode.Scalar, Unicode.Scalar?, Unicode.Scalar?), with prefix: [Unicode.Scalar]) -> Bool {
        head.0 == prefix[0] && (prefix.count < 2 || head.1 == prefix[1]) && (prefix.count < 3 || head.2 == prefix[2])
    }

    /// The hashes of the clitic and of the stem under `rule`.
    static func split(_ scalars: UnsafeBufferPointer<UInt32>, by rule: Rule) -> (clitic: UInt64, stem: UInt64) {
        var clitic = NERFeatures.offset
        var stem = NERFeatures.offset
        if rule.article { for s in article { stem = NERFeatures.step(stem, s.value) } }
        for (k, s) in scalars.enumerated() {
            if k < rule.drop { clitic = NERFeatures.step(clitic, s) } else { stem = NERFeatures.step(stem, s) }
        }
        return (clitic, stem)
    }
}
