import Foundation

/// The surface-form comparison of the corpus referee (score.py): NFKC, no diacritics or
/// tatweel, one alef, ى → ي, ة → ه, punctuation as spaces, lower case; and the forms with
/// one leading clitic removed.
enum GoldForms {
    static let punctuation: Set<Unicode.Scalar> = Set("\"'«»“”‘’()[]{}.,،؛:;!?؟-–—_/".unicodeScalars)
    static let proclitics = ["وال", "فال", "بال", "كال", "ولل", "لل", "ال", "و", "ف", "ب", "ل", "ك"]

    static func norm(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in s.precomposedStringWithCompatibilityMapping.unicodeScalars {
            switch scalar.value {
            case 0x0610...0x061A, 0x064B...0x065F, 0x0670, 0x06D6...0x06ED, 0x0640: continue
            case 0x0623, 0x0625, 0x0622, 0x0671: out.append("\u{0627}")
            case 0x0649: out.append("\u{064A}")
            case 0x0629: out.append("\u{0647}")
            default: out.append(punctuation.contains(scalar) ? " " : scalar)
            }
        }
        return String(out).lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func variants(_ s: String) -> Set<String> {
        let n = norm(s)
        guard !n.isEmpty else { return [] }
        var out: Set<String> = [n]
        let count = n.unicodeScalars.count
        for c in proclitics where n.hasPrefix(c) && count - c.unicodeScalars.count >= 3 {
            let rest = String(n.unicodeScalars.dropFirst(c.unicodeScalars.count))
            out.insert(rest)
            if c.hasSuffix("ل"), c != "ل" { out.insert("ال" + rest) }
        }
        if n.hasPrefix("the ") { out.insert(String(n.dropFirst(4))) }
        return out
    }
}
