import Foundation

/// Builds matching keys for Arabic and Latin text without touching the original.
///
/// Per Unicode scalar, the key:
/// - drops Arabic diacritics (harakat, shadda, sukun, dagger alef, Quranic marks), tatweel,
///   and bidi or zero-width marks;
/// - unifies alef forms (أ إ آ ٱ → ا), maps ى and Farsi ی to ي, ک to ك, and ة to ه;
/// - turns Arabic-Indic and Extended Arabic-Indic digits into ASCII digits,
///   the Arabic decimal mark ٫ into `.` and the thousands mark ٬ into `,`;
/// - applies NFKC to presentation forms and full-width letters, one scalar at a time;
/// - lowercases letters.
///
/// ``key(_:)`` also collapses whitespace and punctuation runs to one space, so it suits
/// names (`"  Al-Shabaab "` and `"al shabaab"` share a key). ``normalize(_:)`` keeps a
/// per-scalar map back into the original, so a match in the key has exact original offsets.
public enum TextNormalizer {
    /// The matching key of a name or phrase: normalized, punctuation and spacing collapsed
    /// to single spaces, trimmed.
    ///
    /// - Complexity: O(n) in the number of scalars.
    public static func key(_ text: String) -> String {
        var mapped: [Unicode.Scalar] = []
        mapped.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            appendKey(of: scalar) { mapped.append($0) }
        }
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for (i, s) in mapped.enumerated() {
            // A decimal point or thousands comma between digits is part of the number.
            let inNumber = KeyRules.isKeptBetweenDigits(s) && i > 0 && i + 1 < mapped.count
                && isDigit(mapped[i - 1]) && isDigit(mapped[i + 1])
            if isSeparator(s), !inNumber {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(s)
            }
        }
        return String(out)
    }

    @inline(__always)
    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

    /// The normalized text of `text`, scalar for scalar, with a map back to the original.
    /// Nothing is collapsed here: separators stay where they were.
    ///
    /// - Complexity: O(n) in the number of scalars.
    public static func normalize(_ text: String) -> NormalizedText {
        normalize(Array(text.unicodeScalars))
    }

    /// As ``normalize(_:)-(String)``, on scalars already split out of the text.
    public static func normalize(_ scalars: [Unicode.Scalar]) -> NormalizedText {
        var key: [Unicode.Scalar] = []
        var starts: [Int] = []
        var ends: [Int] = []
        key.reserveCapacity(scalars.count)
        starts.reserveCapacity(scalars.count)
        ends.reserveCapacity(scalars.count)
        for (offset, scalar) in scalars.enumerated() {
            var produced = false
            appendKey(of: scalar) { mapped in
                key.append(mapped)
                starts.append(offset)
                ends.append(offset + 1)
                produced = true
            }
            // A dropped diacritic or tatweel belongs to the letter before it, so a match
            // ending on that letter takes its marks along in the original.
            if !produced, isArabicMark(scalar), let last = ends.indices.last, ends[last] == offset {
                var i = last
                while i >= 0, ends[i] == offset {
                    ends[i] = offset + 1
                    i -= 1
                }
            }
        }
        return NormalizedText(scalars: key, starts: starts, ends: ends)
    }

    /// The key of one scalar: nothing, itself, or a replacement (NFKC may give several).
    /// - Complexity: O(1).
    @inline(__always)
    public static func appendKey(of scalar: Unicode.Scalar, to emit: (Unicode.Scalar) -> Void) {
        let v = scalar.value
        if v < 0x80 {
            if v >= 0x41, v <= 0x5A { emit(Unicode.Scalar(v + 0x20)!) } else { emit(scalar) }
            return
        }
        if v >= 0x0600, v <= 0x06FF {
            if let mapped = arabicKey(v) {
                if mapped != 0 { emit(Unicode.Scalar(mapped)!) }
            } else {
                emit(scalar)
            }
            return
        }
        if isIgnorable(v) { return }
        if (v >= 0xFB50 && v <= 0xFDFF) || (v >= 0xFE70 && v <= 0xFEFC) || (v >= 0xFF00 && v <= 0xFFEF) {
            // Presentation forms and full-width letters: NFKC, then key each result.
            for s in String(scalar).precomposedStringWithCompatibilityMapping.unicodeScalars
            where s != scalar {
                appendKey(of: s, to: emit)
            }
            return
        }
        if scalar.properties.isUppercase || scalar.properties.changesWhenLowercased {
            for s in scalar.properties.lowercaseMapping.unicodeScalars { emit(s) }
            return
        }
        emit(scalar)
    }

    /// The key of an Arabic-block scalar: `nil` keeps it, `0` drops it, else the replacement.
    @inline(__always)
    static func arabicKey(_ v: UInt32) -> UInt32? {
        switch v {
        case 0x0610...0x061A, 0x064B...0x065F, 0x0670, 0x06D6...0x06ED, 0x0640, 0x061C: return 0
        case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673: return 0x0627  // آ أ إ ٱ → ا
        case 0x0649, 0x06CC: return 0x064A  // ى ی → ي
        case 0x06A9: return 0x0643  // ک → ك
        case 0x0629: return 0x0647  // ة → ه
        case 0x0660...0x0669: return v - 0x0660 + 0x30
        case 0x06F0...0x06F9: return v - 0x06F0 + 0x30
        case 0x066B: return 0x2E  // ٫ decimal mark
        case 0x066C: return 0x2C  // ٬ thousands mark
        default: return nil
        }
    }

    /// Bidi controls, zero-width characters and the BOM: invisible, never part of a key.
    @inline(__always)
    static func isIgnorable(_ v: UInt32) -> Bool {
        switch v {
        case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF, 0x00AD: return true
        default: return false
        }
    }

    /// Diacritics and tatweel: dropped from the key but part of the word in the original.
    @inline(__always)
    static func isArabicMark(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0610...0x061A, 0x064B...0x065F, 0x0670, 0x06D6...0x06ED, 0x0640: return true
        default: return false
        }
    }

    /// Whitespace and punctuation that separate words in a key.
    @inline(__always)
    static func isSeparator(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C, 0xA0, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x3000:
            return true
        case 0x22, 0x27, 0x28, 0x29, 0x2C, 0x2D, 0x2E, 0x2F, 0x3A, 0x3B, 0x21, 0x3F, 0x5B, 0x5D, 0x5F, 0x7B, 0x7D,
            0xAB, 0xBB, 0x2010...0x2015, 0x2018...0x201F, 0x060C, 0x061B, 0x061F, 0x06D4:
            return true
        default:
            return false
        }
    }
}

/// A normalized text with, for every scalar of the key, the original scalars it came from.
public struct NormalizedText: Sendable, Equatable {
    /// The key, scalar for scalar.
    public let scalars: [Unicode.Scalar]
    /// `starts[i]..<ends[i]` are the original offsets behind key scalar `i`; trailing Arabic
    /// diacritics and tatweel of a letter are included in its range.
    public let starts: [Int]
    public let ends: [Int]

    /// The key as a string.
    public var key: String {
        String(scalars: scalars)
    }

    /// The original offsets (Unicode scalars, end exclusive) behind a range of the key.
    /// - Complexity: O(1).
    public func originalRange(of keyRange: Range<Int>) -> Range<Int> {
        precondition(keyRange.lowerBound >= 0 && keyRange.upperBound <= scalars.count, "key range out of bounds")
        if keyRange.isEmpty {
            let at = keyRange.lowerBound < starts.count ? starts[keyRange.lowerBound] : (ends.last ?? 0)
            return at..<at
        }
        return starts[keyRange.lowerBound]..<ends[keyRange.upperBound - 1]
    }
}
