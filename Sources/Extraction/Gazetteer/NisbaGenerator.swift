/// Generates the Arabic relative adjectives (nisba) of a country name by rule:
/// strip ال; ية / يا / ا become ي; otherwise add ي. Then the inflections
/// ي ية يون يين يات, each with and without ال. Keys only (see ``TextNormalizer``).
enum NisbaGenerator {
    /// The masculine singular nisba of a one-word Arabic country name, or nil for
    /// names of several words (those need the irregular table).
    static func stem(ofCountry name: String) -> String? {
        var key = TextNormalizer.key(name)
        guard !key.contains(" "), key.unicodeScalars.count >= 3 else { return nil }
        if key.hasPrefix("ال") { key = String(key.unicodeScalars.dropFirst(2)) }
        if key.hasSuffix("يه") { return String(key.unicodeScalars.dropLast(2)) + "ي" }  // ية, as keyed
        if key.hasSuffix("يا") { return String(key.unicodeScalars.dropLast(1)) }
        if key.hasSuffix("ا") { return String(key.unicodeScalars.dropLast(1)) + "ي" }
        return key + "ي"
    }

    /// Every inflected form of a masculine singular nisba (itself included), keyed.
    static func forms(ofStem stem: String) -> [String] {
        let base = TextNormalizer.key(stem)
        // A multi-word nisba (كوري جنوبي) inflects every word alike.
        let words = base.split(separator: " ").map(String.init)
        var out: [String] = []
        for ending in ["", "ه", "ون", "ين", "ات"] {
            for article in ["", "ال"] {
                out.append(words.map { article + $0 + ending }.joined(separator: " "))
            }
        }
        return out
    }
}
