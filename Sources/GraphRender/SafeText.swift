/// The one sanitizer for text bound for XML (SVG, GraphML), DOT and Graphviz's renderers
/// (labels, tooltips, evidence, ids), so every output format treats a character the same way:
///
/// - U+000B and U+000C (vertical tab, form feed: pdftotext's page break) become a space;
/// - NUL, the other C0 controls except tab, line feed and carriage return, and the
///   noncharacters (U+FDD0–U+FDEF and the last two code points of every plane, U+FFFE and
///   U+FFFF among them) become U+FFFD.
///
/// XML 1.0 cannot carry these at all, C strings end at NUL, and cairo fails on U+FFFE.
package enum SafeText {
    /// What a scalar becomes, or nil when it is kept as it is.
    @inline(__always)
    package static func replacement(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let v = scalar.value
        if v < 0x20 {
            if v == 0x09 || v == 0x0A || v == 0x0D { return nil }
            return v == 0x0B || v == 0x0C ? " " : "\u{FFFD}"
        }
        if (0xFDD0...0xFDEF).contains(v) || v & 0xFFFE == 0xFFFE { return "\u{FFFD}" }
        return nil
    }

    /// Whether the text needs no replacement.
    package static func isSafe<S: StringProtocol>(_ text: S) -> Bool {
        !text.unicodeScalars.contains { replacement(for: $0) != nil }
    }

    package static func sanitized(_ text: String) -> String {
        if isSafe(text) { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { out.append(replacement(for: scalar) ?? scalar) }
        return String(out)
    }

    /// Whether a line shows nothing: only format characters (bidi marks and isolates, zero
    /// widths) and spaces. Pango fails on a line of format characters alone.
    package static func isInvisible<S: StringProtocol>(_ line: S) -> Bool {
        line.unicodeScalars.allSatisfy { $0.properties.generalCategory == .format || $0.properties.isWhitespace }
    }

    /// XML-escapes text for both attributes and content. Characters XML 1.0 cannot
    /// carry at all go through ``SafeText``, as in every other output.
    package static func xmlEscaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            // Attribute-value normalisation would turn these into spaces; keep them exact.
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            case "\t": out += "&#9;"
            default:
                out.unicodeScalars.append(replacement(for: scalar) ?? scalar)
            }
        }
        return out
    }
}
