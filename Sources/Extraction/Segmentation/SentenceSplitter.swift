/// Groups a line's tokens into sentences. A sentence ends at `. ! ? ؟ ؛ ;` (and always at the
/// end of the line), taking closing quotes and brackets along. A full stop inside a number
/// never reaches here (numbers are single tokens); one after an abbreviation or initial
/// (U.S., Gen.) does not end a sentence.
enum SentenceSplitter {
    /// The most tokens a sentence may hold; real sentences are far shorter.
    static let maxTokens = 250

    /// - Complexity: O(n) in the number of tokens.
    static func split(_ tokens: [Token], firstIndex: Int) -> [Sentence] {
        var sentences: [Sentence] = []
        var current: [Token] = []
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            current.append(token)
            i += 1
            // Text without punctuation (a list, a dump) is cut into bounded pieces, which keeps
            // every later stage linear in the length of the text.
            if current.count >= maxTokens {
                sentences.append(Sentence(index: firstIndex + sentences.count, tokens: current))
                current = []
                continue
            }
            guard token.kind == .punct, Words.sentenceEnders.contains(token) else { continue }
            if token.key == ".", isAbbreviation(current.dropLast().last, next: i < tokens.count ? tokens[i] : nil) {
                continue
            }
            while i < tokens.count, tokens[i].kind == .punct, Words.sentenceClosers.contains(tokens[i]) || Words.sentenceEnders.contains(tokens[i]) {
                current.append(tokens[i])
                i += 1
            }
            sentences.append(Sentence(index: firstIndex + sentences.count, tokens: current))
            current = []
        }
        if !current.isEmpty { sentences.append(Sentence(index: firstIndex + sentences.count, tokens: current)) }
        return sentences
    }

    /// A stop after a single capital (U.S., J.) or a known abbreviation, joined to the word before it.
    static func isAbbreviation(_ previous: Token?, next: Token?) -> Bool {
        guard let previous, previous.isWord else { return false }
        if previous.capitalized, previous.key.unicodeScalars.count == 1, previous.key.unicodeScalars.first!.isASCII {
            return true
        }
        // "Gen. Smith", "Dr. Ali", but "... in Oct." closing a sentence before a capital is ambiguous: keep joined.
        return Words.abbreviations.contains(previous) && next != nil
    }
}
