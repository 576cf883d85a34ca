/// Splits a line of scalars into tokens: words (letters with their marks), numbers
/// (digits with inner decimal or thousands marks), and single punctuation marks.
/// Works on Unicode scalars, never on `Character`s; their properties come from ``ScalarTable``.
enum Tokenizer {
    /// - Parameters:
    ///   - scalars: the line's scalars.
    ///   - base: the offset of `scalars[0]` in the document.
    /// - Complexity: O(n).
    static func tokenize(_ scalars: ArraySlice<Unicode.Scalar>, base: Int) -> [Token] {
        var words = KeyIndex()
        return tokenize(scalars, base: base, words: &words, sharing: false)
    }

    /// - Parameters:
    ///   - words: the keys met so far; a simple key (see ``KeyIndex/isSimple(_:)``) is the `String`
    ///     held there, so a word's key is made once per text, not once per occurrence.
    ///   - sharing: whether to use and extend `words` (a short phrase made once gains nothing from it).
    static func tokenize(_ scalars: ArraySlice<Unicode.Scalar>, base: Int, words: inout KeyIndex, sharing: Bool = true) -> [Token] {
        var tokens: [Token] = []
        var utf8: [UInt8] = []  // one key's bytes, reused token after token
        var i = scalars.startIndex
        let end = scalars.endIndex
        let shift = base - scalars.startIndex
        while i < end {
            let s = scalars[i]
            if isSpace(s) || TextNormalizer.isIgnorable(s.value) {
                i += 1
                continue
            }
            if isDigit(s) {
                var j = i + 1
                while j < end {
                    if isDigit(scalars[j]) {
                        j += 1
                    } else if isNumberMark(scalars[j]), j + 1 < end, isDigit(scalars[j + 1]) {
                        j += 2
                    } else {
                        break
                    }
                }
                tokens.append(make(.number, scalars[i..<j], i + shift, &utf8, &words, sharing: sharing))
                i = j
            } else if isLetter(s) {
                var j = i + 1
                while j < end, isLetter(scalars[j]) || isMark(scalars[j]) { j += 1 }
                tokens.append(make(.word, scalars[i..<j], i + shift, &utf8, &words, sharing: sharing))
                i = j
            } else {
                tokens.append(make(.punct, scalars[i..<(i + 1)], i + shift, &utf8, &words, sharing: sharing))
                i += 1
            }
        }
        return tokens
    }

    /// - Parameter utf8: a scratch buffer for the key's bytes.
    static func make(
        _ kind: Token.Kind, _ slice: ArraySlice<Unicode.Scalar>, _ start: Int, _ utf8: inout [UInt8], _ words: inout KeyIndex,
        sharing: Bool
    ) -> Token {
        utf8.removeAll(keepingCapacity: true)
        for s in slice { TextNormalizer.appendKey(of: s) { UTF8.encode($0) { utf8.append($0) } } }
        let first = slice.first!
        let capitalized = kind == .word && ScalarTable.has(first, ScalarTable.uppercase)
        var allCaps = capitalized
        if capitalized {
            for s in slice where ScalarTable.has(s, ScalarTable.lowercase) {
                allCaps = false
                break
            }
        }
        // A run of tatweel alone (a dash in some Arabic typesetting) keys to nothing: no word.
        let kind = kind == .word && utf8.isEmpty ? .punct : kind
        let hash = utf8.withUnsafeBufferPointer { KeyIndex.simpleHash($0) }
        let key: String
        var id: Int32 = -1
        if sharing, let hash {
            let word = utf8.withUnsafeBufferPointer { words.intern(utf8: $0, hash: hash) }
            key = words.keys[word]
            id = Int32(word)
        } else {
            key = String(decoding: utf8, as: UTF8.self)
        }
        return Token(kind: kind, start: start, end: start + slice.count, key: key,
                     keyHash: hash, word: id, capitalized: capitalized, allCaps: allCaps)
    }

    @inline(__always) static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x3000: true
        default: false
        }
    }

    @inline(__always) static func isDigit(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (v >= 0x30 && v <= 0x39) || (v >= 0x0660 && v <= 0x0669) || (v >= 0x06F0 && v <= 0x06F9)
    }

    @inline(__always) static func isNumberMark(_ s: Unicode.Scalar) -> Bool {
        s == "." || s == "," || s == "\u{066B}" || s == "\u{066C}"
    }

    @inline(__always) static func isMark(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x300 { return false }
        if TextNormalizer.isArabicMark(s) || (v >= 0x200C && v <= 0x200D) { return true }
        return ScalarTable.has(s, ScalarTable.mark)
    }

    @inline(__always) static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
        if v >= 0x0621, v <= 0x064A { return true }
        if v == 0x0640 { return true }  // tatweel inside a word
        if isDigit(s) { return false }
        return ScalarTable.has(s, ScalarTable.alphabetic)
    }
}
