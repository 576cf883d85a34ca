/// What may stand between a title and the name: a second title (Chief of Staff, Major General),
/// a modifier of the title (الركن، البحري، أول), and in Arabic a genitive complement of definite
/// words or لشؤون X (وزير الدولة لشؤون الدفاع، المتحدث باسم الخارجية القطرية).
enum TitleExtension {

    /// The token where the name starts, if something was skipped, and the role of a second title.
    static func end(
        after start: Int, _ context: SentenceContext, _ g: Gazetteer, others: [EntityMention], affiliations: inout [String],
        learnedNames: Set<Int> = []
    ) -> (Int, String?)? {
        let tokens = context.tokens
        var j = start
        var role: String?
        var found: [String] = []
        while j < tokens.count, j - start < 6, tokens[j].isWord {
            if let m = others.first(where: { $0.tokens.contains(j) }) {
                // A nisba or an organization inside the complement gives the affiliation (also one
                // that began inside the title: رئيس أركان الجيش الباكستاني).
                guard j > start || m.tokens.lowerBound < start,
                      m.preposition.map(Words.complementPrepositions.contains) ?? true || m.form == .adjective else { break }
                found.append(m.entity)
                j = m.tokens.upperBound
                continue
            }
            let key = tokens[j].key
            if Words.titleModifiers.contains(key) { j += 1; continue }
            if let (end, r) = title(at: j, context, g) { j = end; role = r ?? role; continue }
            // An unknown definite word right before a name the recognizer found is its first word
            // (السفيرة الأمريكية إليزابيث ريتشارد), not a complement.
            // After لشؤون / باسم the word is the complement's (لشؤون الدفاع سالم الكعبي).
            let firstName = learnedNames.contains(j + 1) && !g.known.contains(key) && !Words.titleComplements.contains(key)
                && !(j > 0 && Words.titleComplements.contains(tokens[j - 1]))
            if context.language == .ar, !g.stops.contains(key), g.titles[key] == nil, !firstName,
               Words.titleComplements.contains(key) || (key.hasPrefix("ال") && key.unicodeScalars.count > 3) {
                j += 1
                continue
            }
            break
        }
        guard j > start else { return nil }
        // Only when a name follows: otherwise the title stands alone and refers back.
        guard PersonName.end(from: j, context, g, others: others) > j else { return nil }
        affiliations += found.filter { !affiliations.contains($0) }
        return (j, role)
    }

    static func title(at i: Int, _ context: SentenceContext, _ g: Gazetteer) -> (Int, String?)? {
        var n = min(g.maxTitleTokens, context.tokens.count - i)
        while n >= 1 {
            if let role = g.titles[context.phrase(i..<(i + n), first: context.tokens[i].key)],
               context.language == .ar || context.tokens[i].capitalized {
                return (i + n, role.isEmpty ? nil : role)
            }
            n -= 1
        }
        return nil
    }
}
