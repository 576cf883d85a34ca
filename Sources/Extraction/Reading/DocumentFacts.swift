/// What a store records about a document beyond its text: its title and its dateline's date.
public struct DocumentFacts: Sendable, Equatable {
    /// The first non-blank line, trimmed, at most ``longestTitle`` scalars.
    public var title: String?
    /// The first date with a year in the document's first lines (CAIRO, 4 March 2024 –), written
    /// as the extractor writes dates (`4 March 2024`).
    public var dateline: String?

    static let longestTitle = 200
    /// How many lines the dateline may be looked for in.
    static let datelineLines = 3

    /// - Complexity: O(length of the first few lines).
    public init(_ document: Document) {
        var lines = 0
        var line: [Unicode.Scalar] = []
        for scalar in document.text.unicodeScalars {
            guard scalar == "\n" else { line.append(scalar); continue }
            if note(line) { lines += 1 }
            line.removeAll(keepingCapacity: true)
            if lines >= Self.datelineLines { break }
        }
        if lines < Self.datelineLines, !line.isEmpty { _ = note(line) }
    }

    /// Takes the title and the dateline from a line; false when the line is blank.
    private mutating func note(_ line: [Unicode.Scalar]) -> Bool {
        let trimmed = String(String.UnicodeScalarView(line)).trimmingWhitespace
        guard !trimmed.isEmpty else { return false }
        if title == nil { title = String(String.UnicodeScalarView(trimmed.unicodeScalars.prefix(Self.longestTitle))) }
        if dateline == nil {
            let tokens = Tokenizer.tokenize(line[...], base: 0)
            dateline = DateParser.dates(in: tokens).first { Attachments.hasYear($0.text) && !$0.text.hasPrefix("since") }?.text
        }
        return true
    }
}

private extension String {
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
