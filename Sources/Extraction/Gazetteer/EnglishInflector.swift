/// Generates the forms of an English trigger lemma: -s, -ed, -ing by the spelling rules
/// (shell shells shelled shelling; ban banned; try tried), irregular past and participle when
/// the entry lists them (strike struck struck), and each nominalization with its plural.
enum EnglishInflector {
    struct Forms {
        var active: [String] = []
        /// The past participle: it also reads as a passive (shelled by X).
        var participle: [String] = []
    }

    static let vowels: Set<Character> = ["a", "e", "i", "o", "u"]

    static func verb(_ lemma: String, past: String?, participle: String?) -> Forms {
        let pastForm = past ?? regularPast(lemma)
        let pp = participle ?? pastForm
        // An irregular doubled past (committed, patrolled) gives the -ing its doubling too.
        let doubled = past.map { $0.count == lemma.count + 3 && $0.hasPrefix(lemma) && $0.hasSuffix("ed")
            && $0.dropLast(2).last == lemma.last } ?? false
        let ing = doubled ? lemma + String(lemma.last!) + "ing" : presentParticiple(lemma)
        var f = Forms()
        f.active = unique([lemma, thirdPerson(lemma), pastForm, ing])
        f.participle = [pp]
        return f
    }

    static func unique(_ forms: [String]) -> [String] {
        var seen = Set<String>()
        return forms.filter { seen.insert($0).inserted }
    }

    static func endsInConsonantY(_ w: String) -> Bool {
        w.count >= 2 && w.hasSuffix("y") && !vowels.contains(w.dropLast().last!)
    }

    /// One short vowel closed by one consonant, in a word of one syllable: ban, stop, ship.
    static func doublesFinal(_ w: String) -> Bool {
        let c = Array(w)
        guard c.count >= 3, let last = c.last, !vowels.contains(last), !"wxy".contains(last),
              vowels.contains(c[c.count - 2]), !vowels.contains(c[c.count - 3]) else { return false }
        var groups = 0
        var inVowel = false
        for ch in c {
            let v = vowels.contains(ch)
            if v, !inVowel { groups += 1 }
            inVowel = v
        }
        return groups == 1
    }

    static func thirdPerson(_ w: String) -> String {
        if endsInConsonantY(w) { return w.dropLast() + "ies" }
        if ["s", "x", "z", "ch", "sh", "o"].contains(where: w.hasSuffix) { return w + "es" }
        return w + "s"
    }

    static func regularPast(_ w: String) -> String {
        if w.hasSuffix("e") { return w + "d" }
        if endsInConsonantY(w) { return w.dropLast() + "ied" }
        if doublesFinal(w) { return w + String(w.last!) + "ed" }
        return w + "ed"
    }

    static func presentParticiple(_ w: String) -> String {
        if w.hasSuffix("ie") { return w.dropLast(2) + "ying" }
        if w.hasSuffix("e"), !["ee", "ye", "oe"].contains(where: w.hasSuffix), w.count > 2 { return w.dropLast() + "ing" }
        if doublesFinal(w) { return w + String(w.last!) + "ing" }
        return w + "ing"
    }

    /// A noun and its plural; a plural-only or -s noun (talks, ties) stays as it is.
    static func noun(_ w: String, plural: String? = nil) -> [String] {
        if let plural { return unique([w, plural]) }
        if w.hasSuffix("s"), !w.hasSuffix("ss") { return [w] }
        if w.contains(" ") { return [w] }
        return unique([w, thirdPerson(w)])
    }
}
