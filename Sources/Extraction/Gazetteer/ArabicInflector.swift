/// Generates the written forms of an Arabic trigger lemma, unvocalized as news prints them:
/// the past with its subject suffixes, the present with its prefixes and suffixes (the future is
/// the present after the proclitic س or the word سوف), the passive where its spelling differs
/// from the active (قوتل، زير، اغتيل، أدين), the masdar with its plural and accusative, and the
/// participles. Proclitics (و ف ب ل س ال …) and object enclitics (ه ها هم …) are not multiplied
/// into the table: the trigger finder takes them off, from the `clitic` lines of triggers.tsv.
///
/// Forms come out as written (hamza kept); the loader keys them through the normalizer.
enum ArabicInflector {
    struct Forms {
        var active: [String] = []
        var passive: [String] = []
    }

    struct Failure: Error { var message: String }

    typealias Letters = [Unicode.Scalar]

    static let alef: Unicode.Scalar = "\u{0627}", hamzaAlef: Unicode.Scalar = "\u{0623}", yeh: Unicode.Scalar = "\u{064A}"
    static let waw: Unicode.Scalar = "\u{0648}", alefMaqsura: Unicode.Scalar = "\u{0649}", tehMarbuta: Unicode.Scalar = "\u{0629}"
    static let teh: Unicode.Scalar = "\u{062A}", meem: Unicode.Scalar = "\u{0645}", hamza: Unicode.Scalar = "\u{0621}"

    /// Subject suffixes of the past: he, she, they two (m/f), they (m, and before an object
    /// pronoun), they (f), we, you.
    static let pastSuffixes = ["", "ت", "ا", "تا", "وا", "و", "ن", "نا", "تم", "تما", "تن"]
    static let thirdPersonSuffixes = ["", "ت", "ا", "تا", "وا", "و"]
    /// Subject prefixes of the present: he, she/you, we. Not أ (I): keyed to ا it reads as the
    /// broken plural أفعلة (أسلحة = أسلح + ه), and news rarely speaks in the first person singular.
    static let presentPrefixes = ["ي", "ت", "ن"]
    /// Suffixes of the present: dual, plural (indicative, subjunctive, before a pronoun), feminine.
    static let presentSuffixes = ["", "ان", "ون", "ين", "ن", "وا", "ا", "و"]
    static let participleSuffixes = ["", "ة", "ون", "ين", "ات", "و", "ي", "ان", "تان"]

    static func letters(_ text: String) -> Letters {
        // Short vowels and shadda are dropped: the lemma may be written vocalized.
        text.unicodeScalars.filter { !(0x064B...0x0652).contains($0.value) && $0 != "\u{0640}" }
    }

    static func string(_ l: Letters) -> String { String(String.UnicodeScalarView(l)) }
    static func string(_ l: ArraySlice<Unicode.Scalar>) -> String { String(String.UnicodeScalarView(l)) }

    /// The forms of a verb from its past (3rd person masculine singular) and, if given, its
    /// present (3rd person masculine singular); hollow verbs of the first measure need the present.
    static func verb(past: String, present given: String?) throws(Failure) -> Forms {
        let p = letters(past)
        guard p.count >= 2 else { throw Failure(message: "the past form '\(past)' is too short") }
        let present: Letters
        if let given { present = letters(given) } else { present = try derivedPresent(p) }
        guard present.first == yeh, present.count >= 3 else {
            throw Failure(message: "the present form '\(string(present))' must start with ي")
        }
        var f = Forms()
        f.active += pastForms(p)
        f.active += presentForms(Array(present.dropFirst()))
        f.active += participles(p, present)
        f.passive += passiveForms(p)
        return f
    }

    static func isHollow(_ p: Letters) -> Bool { p.count >= 3 && p[p.count - 2] == alef }
    static func isDefective(_ p: Letters) -> Bool { p.count >= 3 && (p.last == alefMaqsura || p.last == alef) }
    /// The third measure (قاتل، هاجم): an alef after the first radical of a four-letter past.
    static func isThirdMeasure(_ p: Letters) -> Bool { p.count == 4 && p[1] == alef && ![alef, hamzaAlef, teh].contains(p[0]) }

    static func derivedPresent(_ p: Letters) throws(Failure) -> Letters {
        var stem = p
        if p.count == 3, isHollow(p) {
            throw Failure(message: "the hollow verb '\(string(p))' needs its present form (يقود، يزور، يبيع)")
        }
        if p.first == alef {
            stem = Array(p.dropFirst())  // VII انفعل، VIII افتعل، X استفعل
        } else if p.first == hamzaAlef, p.count == 4 {
            stem = Array(p.dropFirst())  // IV أفعل
        }
        // IV and X hollow verbs take ي in the present (أدان يدين، استعاد يستعيد); VII and VIII keep ا.
        if isHollow(stem), p.first == hamzaAlef || p.starts(with: letters("است")) {
            stem[stem.count - 2] = yeh
        }
        if isDefective(p) { stem[stem.count - 1] = yeh }  // رمى يرمي، التقى يلتقي
        return [yeh] + stem
    }

    static func pastForms(_ p: Letters) -> [String] {
        let s = string(p)
        if p.count == 2 {  // doubled: شنّ، ردّ
            return thirdPersonSuffixes.map { s + $0 } + ["ت", "تم"].map { s + string([p[1]]) + $0 } + [s + "نا"]
        }
        if isDefective(p) {
            let base = string(p.dropLast())
            let weak = base + (p.last == alefMaqsura ? "ي" : "و")
            return [s, base + "ت", base + "تا", base + "وا", base + "و"] + ["ا", "ت", "نا", "تم"].map { weak + $0 }
        }
        if isHollow(p) {  // زار زارت زاروا، زرت زرنا
            let short = string(p[..<(p.count - 2)]) + string([p[p.count - 1]])
            return thirdPersonSuffixes.map { s + $0 } + ["ت", "نا", "تم", "ن"].map { short + $0 }
        }
        return pastSuffixes.map { s + $0 }
    }

    static func presentForms(_ stem: Letters) -> [String] {
        var out: [String] = []
        let s = string(stem)
        let weakEnd = stem.last == yeh || stem.last == waw
        for prefix in presentPrefixes {
            if weakEnd {  // يلتقي يلتقيان يلتقون
                let base = string(stem.dropLast())
                out += [prefix + s, prefix + s + "ان", prefix + s + "ا"] + ["ون", "وا", "و", "ين"].map { prefix + base + $0 }
            } else {
                out += presentSuffixes.map { prefix + s + $0 }
            }
        }
        return out
    }

    /// Participles: مفعول for the first measure, م + the present stem
    /// for the others (مستهدف، مهاجم، مدرب), with their feminine, plural and construct endings.
    static func participles(_ p: Letters, _ present: Letters) -> [String] {
        let weak: Set<Unicode.Scalar> = [alef, waw, yeh, alefMaqsura, hamzaAlef, hamza]
        var stems: [String] = []
        if p.count == 3, Array(present.dropFirst()) == p {
            guard !p.contains(where: weak.contains) else { return [] }
            // Only the passive مفعول: an active فاعل is too often a name or a common word (ناصر، قادم).
            stems = [string([meem, p[0], p[1], waw, p[2]])]
        } else if p.count >= 4, !isDefective(p) {
            stems = [string([meem] + present.dropFirst())]
        }
        return stems.flatMap { s in participleSuffixes.map { s + $0 } }
    }

    /// Passive pasts whose spelling differs from the active: the third measure (قوتل، هوجم)
    /// and hollow verbs of the longer measures (اغتيل، أدين); the fourth measure's hollow present passive (يدان).
    static func passiveForms(_ p: Letters) -> [String] {
        if isThirdMeasure(p) {
            let q = string([p[0], waw] + p[2...])
            return thirdPersonSuffixes.map { q + $0 }
        }
        // A first-measure hollow passive (زير، سير) is a common noun or a clitic away from one
        // (وزير = و + زير): only the longer measures are generated (اغتيل، أدين، استعيد).
        guard isHollow(p), !isDefective(p), p.count >= 4 else { return [] }
        var q = p
        q[q.count - 2] = yeh
        var out = thirdPersonSuffixes.map { string(q) + $0 }
        let core = p.first == hamzaAlef ? Array(p.dropFirst()) : p
        if core.count == 3 {  // يدان
            for prefix in ["ي", "ت"] { out += ["", "ان", "ون"].map { prefix + string(core) + $0 } }
        }
        return out
    }

    /// A noun and its number forms: the dual, the sound plural of a ة noun or a long masdar
    /// (اعتقالات، زيارات), the adverbial accusative (هجوما), and any plurals listed.
    static func noun(_ singular: String, plurals: [String]) -> [String] {
        let n = letters(singular)
        let s = string(n)
        var out = [s]
        if n.last == tehMarbuta {
            let stem = string(n.dropLast())
            out += [stem + "ات", stem + "تان", stem + "تين", stem + "تا"]
        } else {
            if n.count >= 4, n.last != alef, n.last != alefMaqsura, n.last != hamza { out.append(s + "ات") }
            if n.last != alef, n.last != alefMaqsura { out += [s + "ا", s + "ان", s + "ين"] }
        }
        return out + plurals
    }
}
