/// The fast readers key ids by their bytes, the model by Swift string equality, under which
/// "café" written with U+00E9 and with e + U+0301 are one id. Two such ids in one file would
/// become one node and leave an edge naming the other, so the readers refuse them.
/// Only ids with non-ASCII bytes can clash, so ASCII ids cost one byte scan.
struct CanonicalIDCheck {
    private var seen: [String: String] = [:]

    /// The id read earlier that differs from `id` only in Unicode normalization, if any.
    mutating func clash(_ id: UnsafeRawBufferPointer) -> String? {
        guard id.contains(where: { $0 >= 0x80 }) else { return nil }
        let text = String(decoding: id, as: UTF8.self)
        if let earlier = seen[text] {
            return Array(earlier.utf8) == Array(text.utf8) ? nil : earlier
        }
        seen[text] = text
        return nil
    }

    static func message(_ id: String, _ earlier: String) -> String {
        "node id '\(id)' and the earlier '\(earlier)' differ only in Unicode normalization (\(codes(id)) vs \(codes(earlier))); write both the same way"
    }

    private static func codes(_ s: String) -> String {
        s.unicodeScalars.map { $0.value < 0x80 ? String($0) : "U+" + String($0.value, radix: 16, uppercase: true) }.joined()
    }
}
