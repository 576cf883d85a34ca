/// The features of a sentence's tokens for the learned recognizer, as 32-bit hashes.
///
/// Each feature is a template (the word, the word before, a suffix …) and a value, hashed
/// together; the model keeps weights only for hashes it met in training. Values are hashed
/// from the keys' UTF-8 bytes and scalars as they are, so no `String` is built per token.
struct NERFeatures {
    /// Feature hashes of token `i`: `ids[starts[i]..<starts[i + 1]]`.
    private(set) var ids: [UInt32] = []
    private(set) var starts: [Int] = [0]

    var tokenCount: Int { starts.count - 1 }

    func features(of i: Int) -> ArraySlice<UInt32> { ids[starts[i]..<starts[i + 1]] }

    /// What the gazetteer and word lists say of each token, worked out by the caller.
    struct Clues {
        /// Per token: 0 for none, else a code for the type and place of the gazetteer name it lies in.
        var gazetteer: [UInt8]
        /// Per token: bit 0 title word, bit 1 organization head, bit 2 place head, bit 3 stop word.
        var lists: [UInt8]
    }

    /// Templates: the first value is the template's number, so equal values of two templates differ.
    enum Template: UInt64 {
        case bias = 1, word, wordBefore, wordAfter, word2Before, word2After, stem, clitic, stemBefore, stemAfter
        case prefix2, prefix3, suffix2, suffix3, suffix4, shape, shapeBefore, shapeAfter, shapePair
        case gazetteer, gazetteerBefore, gazetteerAfter, lists, listsBefore, listsAfter, sentenceStart, bigramBefore, bigramAfter
        case quoteBefore
    }

    /// Features without a cache: each token's key is worked out afresh.
    init(_ tokens: [Token], clues: Clues) {
        var lexicon = NERLexicon()
        self.init(tokens, clues: clues, lexicon: &lexicon)
    }

    /// - Parameter lexicon: what the text's words gave before, extended with this sentence's.
    init(_ tokens: [Token], clues: Clues, lexicon: inout NERLexicon) {
        let n = tokens.count
        ids.reserveCapacity(n * 30)
        starts.reserveCapacity(n + 1)
        // Per-token values, reused by the neighbours' templates.
        var entries: [NERLexicon.Entry] = [], shape: [UInt64] = []
        entries.reserveCapacity(n)
        shape.reserveCapacity(n)
        for t in tokens {
            let e = lexicon.entry(t)
            entries.append(e)
            shape.append(Self.shape(t, e))
        }
        let none: UInt64 = 0x5151
        for i in 0..<n {
            let t = tokens[i]
            add(.bias, 0)
            add(.word, entries[i].word)
            add(.wordBefore, i > 0 ? entries[i - 1].word : none)
            add(.wordAfter, i + 1 < n ? entries[i + 1].word : none)
            add(.word2Before, i > 1 ? entries[i - 2].word : none)
            add(.word2After, i + 2 < n ? entries[i + 2].word : none)
            add(.bigramBefore, i > 0 ? Self.mix(entries[i - 1].word, entries[i].word) : entries[i].word)
            add(.bigramAfter, i + 1 < n ? Self.mix(entries[i].word, entries[i + 1].word) : entries[i].word)
            if entries[i].stem != entries[i].word {
                add(.stem, entries[i].stem)
                add(.clitic, entries[i].clitic)
            }
            add(.stemBefore, i > 0 ? entries[i - 1].stem : none)
            add(.stemAfter, i + 1 < n ? entries[i + 1].stem : none)
            if t.isWord { add(entries[i].affixes) }
            add(.shape, shape[i])
            add(.shapeBefore, i > 0 ? shape[i - 1] : none)
            add(.shapeAfter, i + 1 < n ? shape[i + 1] : none)
            add(.shapePair, Self.mix(i > 0 ? shape[i - 1] : none, shape[i]))
            add(.gazetteer, UInt64(clues.gazetteer[i]))
            add(.gazetteerBefore, i > 0 ? UInt64(clues.gazetteer[i - 1]) : 99)
            add(.gazetteerAfter, i + 1 < n ? UInt64(clues.gazetteer[i + 1]) : 99)
            add(.lists, UInt64(clues.lists[i]))
            add(.listsBefore, i > 0 ? UInt64(clues.lists[i - 1]) : 99)
            add(.listsAfter, i + 1 < n ? UInt64(clues.lists[i + 1]) : 99)
            if i == 0 { add(.sentenceStart, shape[i]) }
            if i > 0, tokens[i - 1].kind == .punct, Self.isQuote(entries[i - 1].first) { add(.quoteBefore, shape[i]) }
            starts.append(ids.count)
        }
    }

    @inline(__always)
    private mutating func add(_ template: Template, _ value: UInt64) {
        ids.append(Self.feature(template, value))
    }

    /// Prefixes of two and three scalars and suffixes of two to four of a word without its clitic,
    /// as value hashes; a word shorter than an affix has none of that length.
    struct Affixes {
        var length = 0
        var prefix2: UInt64 = 0, prefix3: UInt64 = 0
        var suffix2: UInt64 = 0, suffix3: UInt64 = 0, suffix4: UInt64 = 0

        init() {}

        init(_ scalars: UnsafeBufferPointer<UInt32>) {
            length = scalars.count
            var h = NERFeatures.offset
            for (k, s) in scalars.prefix(3).enumerated() {
                h = NERFeatures.step(h, s)
                if k == 1 { prefix2 = h } else if k == 2 { prefix3 = h }
            }
            h = NERFeatures.offset
            for (k, s) in scalars.reversed().prefix(4).enumerated() {
                h = NERFeatures.step(h, s)
                if k == 1 { suffix2 = h } else if k == 2 { suffix3 = h } else if k == 3 { suffix4 = h }
            }
        }
    }

    private mutating func add(_ a: Affixes) {
        if a.length >= 2 { add(.prefix2, a.prefix2) }
        if a.length >= 3 { add(.prefix3, a.prefix3) }
        if a.length >= 2 { add(.suffix2, a.suffix2) }
        if a.length >= 3 { add(.suffix3, a.suffix3) }
        if a.length >= 4 { add(.suffix4, a.suffix4) }
    }

    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always) static func step(_ h: UInt64, _ v: UInt32) -> UInt64 {
        (h ^ UInt64(v)) &* 0x0000_0100_0000_01b3
    }

    /// FNV-1a over a key's scalars (as ``ArabicClitic`` hashes stems, so the two agree).
    @inline(__always) static func hash(_ scalars: UnsafeBufferPointer<UInt32>) -> UInt64 {
        var h = offset
        for s in scalars { h = step(h, s) }
        return h
    }

    @inline(__always) static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var x = a &* 0x9E37_79B9_7F4A_7C15 ^ b
        x ^= x >> 31
        x = x &* 0xBF58_476D_1CE4_E5B9
        return x ^ (x >> 29)
    }

    /// The 32-bit id of a template and value; never 0, which marks an empty slot.
    @inline(__always) static func feature(_ template: Template, _ value: UInt64) -> UInt32 {
        let id = UInt32(truncatingIfNeeded: mix(template.rawValue, value) >> 32)
        return id == 0 ? 1 : id
    }

    /// The word's kind and case, and a length bucket; `entry` is the token's key's.
    static func shape(_ t: Token, _ entry: NERLexicon.Entry) -> UInt64 {
        guard let first = entry.first else { return 8 }
        let kind: UInt64
        switch t.kind {
        case .number: kind = 1
        case .punct: return 2 &+ UInt64(first) << 8
        case .word:
            if first >= 0x0600, first < 0x0700 {
                // Arabic has no case; the article says more.
                kind = entry.article ? 3 : 4
            } else {
                kind = t.allCaps ? 5 : t.capitalized ? 6 : 7
            }
        }
        let n = t.end - t.start
        let bucket: UInt64 = n <= 2 ? 0 : n <= 4 ? 1 : n <= 7 ? 2 : 3
        return kind << 4 | bucket
    }

    static func isQuote(_ t: Token) -> Bool { isQuote(t.key.unicodeScalars.first?.value) }

    /// Whether a key's first scalar is a quotation mark.
    static func isQuote(_ first: UInt32?) -> Bool {
        switch first ?? 0 {
        case 0x22, 0xAB, 0xBB, 0x201C, 0x201D: true
        default: false
        }
    }
}
