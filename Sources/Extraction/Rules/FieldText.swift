extension StringProtocol {
    /// The text without the spaces and tabs at its ends: what Foundation's `trimmingCharacters(in:
    /// .whitespaces)` gives (general category Zs and U+0009), without its cost on every field
    /// of the resource files at start-up.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !Self.isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !Self.isSpace($0) })!
        return String(scalars: scalars[first...last])
    }

    private static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == "\t" || s == " " || (s.value >= 0x80 && s.properties.generalCategory == .spaceSeparator)
    }
}
