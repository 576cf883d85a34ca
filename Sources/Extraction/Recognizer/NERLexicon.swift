/// What the recognizer's features take from a word's key alone (its hash, its clitic split, its
/// affixes, its first scalar), worked out once per distinct word of a text, not once per token.
struct NERLexicon: Sendable {
    struct Entry: Sendable {
        var word: UInt64 = 0, stem: UInt64 = 0, clitic: UInt64 = 0
        var affixes = NERFeatures.Affixes()
        /// The key's first scalar, nil for an empty key (a word of tatweel or marks alone).
        var first: UInt32?
        /// Whether the key starts with the article ال.
        var article = false

        init(_ key: String) {
            var scalars: [UInt32] = []
            scalars.reserveCapacity(key.utf8.count)
            for s in key.unicodeScalars { scalars.append(s.value) }
            scalars.withUnsafeBufferPointer { key in
                word = NERFeatures.hash(key)
                let rule = ArabicClitic.rule(key)
                (clitic, stem) = rule.map { ArabicClitic.split(key, by: $0) } ?? (0, word)
                affixes = NERFeatures.Affixes(UnsafeBufferPointer(rebasing: key[(rule?.drop ?? 0)...]))
                first = key.first
                article = key.starts(with: ArabicClitic.article.lazy.map(\.value))
            }
        }
    }

    /// By ``Token/word``; nil where that word has not been met yet.
    private var entries: [Entry?] = []

    /// The entry of a token's key: from the cache when the token's text keeps word ids.
    mutating func entry(_ token: Token) -> Entry {
        let w = Int(token.word)
        guard w >= 0 else { return Entry(token.key) }
        if w < entries.count, let e = entries[w] { return e }
        let e = Entry(token.key)
        if w >= entries.count { entries.append(contentsOf: repeatElement(nil, count: w + 1 - entries.count)) }
        entries[w] = e
        return e
    }
}
