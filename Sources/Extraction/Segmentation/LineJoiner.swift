/// Decides whether a line break is inside a sentence (text wrapped at a fixed width) or ends a
/// line of its own (a headline, a paragraph). A break is inside a sentence when the line ends on a
/// comma or on a word no sentence ends on (`continues` in words.tsv), or when the next line starts
/// with a lower-case letter; a blank next line always ends the paragraph.
struct LineJoiner {
    let continuers: KeySet
    /// Longer lines are not joined further, so memory stays bounded by the longest line.
    static let limit = 20_000

    func joins(_ line: [Unicode.Scalar], next: Unicode.Scalar) -> Bool {
        guard next != "\n", next != "\r", line.count < Self.limit,
              let end = line.lastIndex(where: { !$0.properties.isWhitespace }) else { return false }
        let last = line[end]
        if last == "," || last == "،" { return true }
        if next.properties.isLowercase, last.properties.isAlphabetic || last.properties.numericType != nil { return true }
        guard last.properties.isAlphabetic else { return false }
        var start = end
        while start > 0, !line[start - 1].properties.isWhitespace { start -= 1 }
        return continuers.contains(TextNormalizer.key(String(scalars: line[start...end])))
    }
}
