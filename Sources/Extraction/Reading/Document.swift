/// The language of a document, detected by script or set by the user.
public enum Language: String, Sendable, CaseIterable, Codable {
    case ar, en
}

/// A document read from a file: its name, original text and language.
/// Offsets everywhere count Unicode scalars from the start of `text`.
public struct Document: Sendable {
    /// The name that evidence and mentions carry, usually the file's base name.
    public let name: String
    /// The original text, never edited.
    public let text: String
    public let language: Language
    /// Whether the user set the language; otherwise each sentence follows its own script,
    /// so a quotation in the other language is still read right.
    public let languageIsFixed: Bool

    public init(name: String, text: String, language: Language? = nil) {
        self.name = name
        self.text = text
        self.language = language ?? LanguageDetector.detect(text)
        self.languageIsFixed = language != nil
    }
}

/// Tells Arabic from English by counting letters of each script.
public enum LanguageDetector {
    /// Arabic when Arabic letters outnumber Latin ones in the first 200,000 scalars.
    /// - Complexity: O(min(n, 200,000)).
    public static func detect(_ text: String) -> Language {
        var arabic = 0
        var latin = 0
        for scalar in text.unicodeScalars.prefix(200_000) {
            let v = scalar.value
            if (v >= 0x0600 && v <= 0x06FF) || (v >= 0x0750 && v <= 0x077F) || (v >= 0xFB50 && v <= 0xFEFC) {
                arabic += 1
            } else if (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) {
                latin += 1
            }
        }
        return arabic > latin ? .ar : .en
    }

    /// The script most of a sentence's words are written in.
    static func detect(_ sentence: Sentence, default language: Language) -> Language {
        var arabic = 0
        var latin = 0
        for token in sentence.tokens where token.isWord {
            guard let v = token.key.unicodeScalars.first?.value else { continue }
            if v >= 0x0600 && v <= 0x06FF { arabic += 1 } else if v < 0x80 { latin += 1 }
        }
        return arabic == latin ? language : (arabic > latin ? .ar : .en)
    }
}
