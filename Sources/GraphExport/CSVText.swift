/// Fields and rows of RFC 4180 CSV, as Python's `csv` and `neo4j-admin database import` read it.
enum CSVText {
    /// A field, quoted when it holds a comma, a quote or a line break (quotes doubled).
    static func field(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One line of fields, ending in CRLF as RFC 4180 has it.
    static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// A Neo4j array field: elements joined by `;`, the import tool's array delimiter, so an
    /// element's own `;` becomes `,` (it would split the element otherwise).
    static func array(_ items: [String]) -> String {
        items.map { $0.replacingOccurrences(of: ";", with: ",") }.joined(separator: ";")
    }
}
