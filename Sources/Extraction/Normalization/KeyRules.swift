/// ``TextNormalizer/key(_:)``'s rules as data, so code outside Swift (the HTML view's
/// search box) keys text exactly as kg does by applying this table, not a copy of the rules.
package struct KeyRules: Encodable, Sendable {
    /// `[code point, replacement]` for every Basic Multilingual Plane scalar whose key is not
    /// itself, sorted; an empty replacement drops the scalar.
    package var map: [[Mapped]]
    /// Inclusive code point ranges `[lo, hi]` of the separators a key collapses to one space.
    package var separators: [[UInt32]]
    /// Separators kept when a digit stands on both sides (`1.5`, `20,000`).
    package var keptBetweenDigits: [UInt32]

    /// One cell of ``map``: a code point or its replacement.
    package enum Mapped: Encodable, Sendable, Equatable {
        case scalar(UInt32)
        case text(String)

        package func encode(to encoder: any Encoder) throws {
            var c = encoder.singleValueContainer()
            switch self {
            case .scalar(let v): try c.encode(v)
            case .text(let s): try c.encode(s)
            }
        }
    }

    /// Built once by running the normalizer over every BMP scalar.
    package static let shipped: KeyRules = {
        var map: [[Mapped]] = []
        var separators: [[UInt32]] = []
        for v in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(v) else { continue }
            var key = String.UnicodeScalarView()
            TextNormalizer.appendKey(of: scalar) { key.append($0) }
            if key.count != 1 || key.first != scalar { map.append([.scalar(v), .text(String(key))]) }
            guard TextNormalizer.isSeparator(scalar) else { continue }
            if let last = separators.last, last[1] + 1 == v {
                separators[separators.count - 1][1] = v
            } else {
                separators.append([v, v])
            }
        }
        return KeyRules(map: map, separators: separators, keptBetweenDigits: keptBetweenDigits.map(\.value))
    }()

    /// The decimal point and the thousands comma, which stay inside a number.
    static let keptBetweenDigits: [Unicode.Scalar] = [".", ","]

    @inline(__always)
    static func isKeptBetweenDigits(_ s: Unicode.Scalar) -> Bool { keptBetweenDigits.contains(s) }
}
