/// The Unicode properties the tokenizer asks of every scalar, from a table for the scalars
/// below U+0800 (Latin, Greek, Cyrillic, Hebrew, Arabic: nearly all news text), filled once
/// from the standard library's own properties. Above it, the properties are asked directly,
/// so every answer is the library's.
enum ScalarTable {
    static let alphabetic: UInt8 = 1
    static let uppercase: UInt8 = 2
    static let lowercase: UInt8 = 4
    /// General category Mn or Mc.
    static let mark: UInt8 = 8

    static let limit: UInt32 = 0x0800

    private static let flags: [UInt8] = (0..<limit).map { v in Unicode.Scalar(v).map(compute) ?? 0 }

    private static func compute(_ s: Unicode.Scalar) -> UInt8 {
        let p = s.properties
        var f: UInt8 = 0
        if p.isAlphabetic { f |= alphabetic }
        if p.isUppercase { f |= uppercase }
        if p.isLowercase { f |= lowercase }
        if p.generalCategory == .nonspacingMark || p.generalCategory == .spacingMark { f |= mark }
        return f
    }

    /// The flags of `s` (any of the constants above, or'ed).
    @inline(__always)
    static func flags(of s: Unicode.Scalar) -> UInt8 {
        s.value < limit ? flags.withUnsafeBufferPointer { $0[Int(s.value)] } : compute(s)
    }

    @inline(__always)
    static func has(_ s: Unicode.Scalar, _ flag: UInt8) -> Bool { flags(of: s) & flag != 0 }
}
