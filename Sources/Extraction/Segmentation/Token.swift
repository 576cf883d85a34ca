/// A word, number or punctuation mark, with its place in the original text.
struct Token: Sendable, Equatable {
    enum Kind: Sendable { case word, number, punct }

    var kind: Kind
    /// Offsets in the original document, end exclusive.
    var start: Int
    var end: Int
    /// The matching key (see ``TextNormalizer``); for punctuation, the mark itself.
    let key: String
    /// ``KeyIndex/hash(_:)`` of the key, computed once: the word is looked up in many tables.
    let keyHash: Int?
    /// The key's id in its text's vocabulary (see ``Tokenizer``), or -1 when the text keeps none:
    /// what is worked out from a key alone is then kept once per distinct word.
    let word: Int32
    /// Whether the word starts with an upper-case letter / is written all in capitals.
    var capitalized: Bool
    var allCaps: Bool

    var isWord: Bool { kind == .word }
}

/// A sentence: its tokens and where it lies in the original text.
struct Sentence: Sendable {
    var index: Int
    var tokens: [Token]
    var start: Int { tokens.first?.start ?? 0 }
    var end: Int { tokens.last?.end ?? 0 }
}
