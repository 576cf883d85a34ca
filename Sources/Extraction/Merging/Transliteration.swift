/// A consonant skeleton that an Arabic name and its Latin spelling share: جون كاسن and John Casson
/// are both J N K S N. Vowels, و and ي, ع and a silent h are left out, since transliteration
/// spells them in many ways (so are h, ح and ه); letters that sound alike fold together (ث ت and t, ق ك and k, c, q).
enum Transliteration {
    /// The skeleton of a name, spaces and hyphens dropped; empty when a letter has no mapping.
    static func skeleton(_ name: String) -> [UInt8] {
        var out: [UInt8] = []
        let scalars = Array(TextNormalizer.key(name).unicodeScalars)
        for (i, s) in scalars.enumerated() {
            let next: Unicode.Scalar = i + 1 < scalars.count ? scalars[i + 1] : " "
            let c = consonant(s, next: next)
            if c == unknown { return [] }
            // Doubled letters (Casson) and a doubled sound (ck) count once.
            if c != skipped, out.last != c { out.append(c) }
        }
        return out
    }

    static let skipped: UInt8 = 0
    static let unknown: UInt8 = 255

    /// A letter's consonant class as an ASCII capital; `skipped` for letters left out, `unknown`
    /// for a letter of another script.
    static func consonant(_ s: Unicode.Scalar, next: Unicode.Scalar) -> UInt8 {
        if let arabic = arabic[s] { return arabic == "-" ? skipped : arabic.asciiValue! }
        let soft = "eiy".unicodeScalars.contains(next)
        let c: Character
        switch s {
        // h is silent or part of a digraph as often as not (John, Thomas, Ahmed): left out, as ح and ه are.
        case "a", "e", "i", "o", "u", "y", "w", "h", " ", "-", "'", "’": return skipped
        case "c": c = soft ? "S" : "K"
        case "g": c = soft ? "J" : "G"
        case "b", "p": c = "B"
        case "v", "f": c = "F"
        case "k", "q", "x": c = "K"
        case "j", "d", "l", "m", "n", "r", "s", "t", "z": c = Character(String(s).uppercased())
        default: return unknown
        }
        return c.asciiValue!
    }

    /// Arabic letters (after ``TextNormalizer``) and their classes; "-" for those left out.
    static let arabic: [Unicode.Scalar: Character] = [
        "ا": "-", "ء": "-", "ئ": "-", "ؤ": "-", "و": "-", "ي": "-", "ع": "-", "ه": "-", "ح": "-",
        "ب": "B", "پ": "B", "ت": "T", "ث": "T", "ط": "T", "ج": "J", "چ": "J", "خ": "K", "د": "D", "ذ": "D",
        "ض": "D", "ر": "R", "ز": "Z", "ظ": "Z", "س": "S", "ش": "S", "ص": "S", "غ": "G", "گ": "G", "ف": "F", "ڤ": "F",
        "ق": "K", "ك": "K", "ل": "L", "م": "M", "ن": "N",
    ]
}
