/// Where a person's name ends, and how its node is named.
enum PersonName {
    /// Arabic names run over unknown words (at most four); English names over capitalized words.
    static func end(from start: Int, _ context: SentenceContext, _ g: Gazetteer, others: [EntityMention]) -> Int {
        let tokens = context.tokens
        var j = start
        // Four Arabic words; English names may hold particles and hyphens (Mohammed Shia al-Sudani).
        let longest = context.language == .en ? 7 : 4
        while j < tokens.count, j - start < longest {
            let t = tokens[j]
            // لشؤون / باسم continue a title; they never start a name.
            if j == start, Words.titleComplements.contains(t) { break }
            // Nor does a title with a clitic on it (بنظيره الأردني is his Jordanian counterpart).
            if j == start, context.language == .ar, context.readings[j].contains(where: { $0.stem != t.key && g.titles[$0] != nil }) { break }
            // Lee Jae-sung, Jean-Yves: a hyphen with no space joins the parts of an English name.
            if context.language == .en, j > start, joiningHyphen(at: j, tokens), tokens[j + 1].isWord { j += 2; continue }
            let overlap = others.first { $0.tokens.contains(j) }
            // A nisba after a name word is the name's last part (أبو أيوب المصري، اشرف غاني), not a country.
            if context.language == .ar, j > start, let m = overlap, m.form == .adjective, m.tokens == j..<(j + 1) { return j + 1 }
            let placeWord = overlap.map { context.language == .en && $0.tokens.count == 1 && g.placeLike($0.entity) } ?? true
            guard t.isWord, placeWord else { break }
            if context.language == .en {
                // Pieter van Dalen, Ursula von Kamp, Ali bin Hamad: a particle inside a name, between capitalized words.
                if j > start, Words.nameParticles.contains(t), j + 1 < tokens.count, tokens[j + 1].isWord, tokens[j + 1].capitalized,
                   !g.known.contains(tokens[j + 1]) { j += 1; continue }
                // Ursula von der Leyen: particles in a row; Mohammed Shia al-Sudani, Abdel Fattah el-Sisi: a particle
                // joined by a hyphen to the capitalized word after it.
                if j > start, Words.nameParticles.contains(t), let next = particleEnd(after: j, context), next > j { j = next; continue }
                guard t.capitalized, !g.stops.contains(t.key), g.titles[t.key] == nil, g.orgHeads.contains(t.key) == false else { break }
            } else {
                let known = context.readings[j].contains { !$0.stem.isEmpty && g.known.contains($0) && $0.stem != t.key }
                    || g.known.contains(t.key)
                // An unknown word after a first name and right before punctuation or إن is a surname
                // (رايت، تيرنر), not a verb.
                let closes = j + 1 >= tokens.count || !tokens[j + 1].isWord || Words.nameClosers.contains(tokens[j + 1])
                let verb = looksLikeVerb(t.key) && !(closes && j > start && !known && !t.key.keyHasPrefix("ال"))
                if known || verb, j > start || g.stops.contains(t.key) || g.known.contains(t.key) { break }
                if j - start >= 2, !looksLikeName(t.key) { break }
            }
            j += 1
        }
        // العامة, الخاصة: a definite feminine adjective alone is not a name.
        if context.language == .ar, j == start + 1, tokens[start].key.hasPrefix("ال"), tokens[start].key.hasSuffix("ه") { return start }
        return j
    }

    /// Whether token `k` is a hyphen with no space on either side and a token after it (Jae-sung, al-Sudani).
    static func joiningHyphen(at k: Int, _ tokens: [Token]) -> Bool {
        let t = tokens[k]
        return t.kind == .punct && t.key == "-" && k > 0 && k + 1 < tokens.count
            && tokens[k - 1].end == t.start && t.end == tokens[k + 1].start
    }

    /// Where a run of particles (von der) or a particle and hyphen (al-) ends before a capitalized word:
    /// the index of that word, or nil.
    static func particleEnd(after j: Int, _ context: SentenceContext) -> Int? {
        let tokens = context.tokens
        var k = j
        while k < tokens.count, k - j < 4 {
            let t = tokens[k]
            if t.isWord, Words.nameParticles.contains(t) { k += 1; continue }
            if k > 0, joiningHyphen(at: k, tokens) {
                k += 1
                continue
            }
            return t.isWord && t.capitalized && k > j ? k : nil
        }
        return nil
    }

    /// Arabic feminine past verbs (تناولت، أعلنت، قالت) and present verbs (يقول، تقوم) follow
    /// names but are not part of them; names ending in ت (كرافت، مدحت) mostly start otherwise.
    static func looksLikeVerb(_ key: String) -> Bool {
        let s = Array(key.unicodeScalars)
        guard s.count >= 4 else { return false }
        let verbPrefix: Set<Unicode.Scalar> = ["ت", "ا", "ي", "ن"]
        if s.last == "ت" { return verbPrefix.contains(s[0]) || s.count == 4 }
        return (s.first == "ي" || s.first == "ت") && s.count >= 5
    }

    /// A third or fourth name word: not a verb, not an adjective-like ending.
    static func looksLikeName(_ key: String) -> Bool {
        !looksLikeVerb(key) && !key.hasSuffix("ه") && !key.hasSuffix("ين") && !key.hasSuffix("ون")
    }

    static func label(_ range: Range<Int>, _ context: SentenceContext) -> String {
        context.text(of: range)
    }

    static func id(for range: Range<Int>, _ context: SentenceContext) -> String {
        Gazetteer.slug(label(range, context))
    }
}
