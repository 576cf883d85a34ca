import Foundation
import KnowledgeGraph

/// The words kg shows around a graph in English or Arabic: relation and type names, the
/// legend, captions, roles, months, and the HTML view's controls. They live in
/// `Resources/interface.tsv`, read and checked once.
public struct InterfaceText: Sendable {
    public enum Language: String, Sendable, CaseIterable {
        case en, ar
        /// Arabic only when the labels are Arabic alone; `both` keeps an English interface.
        public init(_ labels: LabelLanguage) { self = labels == .ar ? .ar : .en }
    }

    private let entries: [String: (en: String, ar: String)]

    /// The table shipped with kg, read on first use.
    public static func builtIn() throws(GraphRenderError) -> InterfaceText {
        switch shipped {
        case .success(let table): return table
        case .failure(let error): throw error
        }
    }

    private static let shipped: Result<InterfaceText, GraphRenderError> = {
        guard let url = Bundle.module.url(forResource: "interface", withExtension: "tsv", subdirectory: "Resources")
            ?? Bundle.module.url(forResource: "interface", withExtension: "tsv"),
            let data = try? Data(contentsOf: url)
        else { return .failure(GraphRenderError(.resource, "interface.tsv is missing from kg's resources")) }
        return Result { () throws(GraphRenderError) in try InterfaceText(tsv: String(decoding: data, as: UTF8.self), file: "interface.tsv") }
    }()

    /// Parses `key<TAB>English<TAB>Arabic` lines; `#` starts a comment line.
    ///
    /// - Throws: a `FILE:LINE` error for a malformed or repeated line, placeholders that
    ///   differ between the languages, or a relation or type without its name.
    public init(tsv: String, file: String) throws(GraphRenderError) {
        var entries: [String: (en: String, ar: String)] = [:]
        for (i, line) in tsv.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let where_ = "\(file):\(i + 1)"
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 3, fields.allSatisfy({ !$0.isEmpty }) else {
                throw GraphRenderError(.resource, "\(where_): expected key, English and Arabic separated by tabs")
            }
            guard entries[fields[0]] == nil else { throw GraphRenderError(.resource, "\(where_): key \(fields[0]) is given twice") }
            guard Self.placeholders(fields[1]) == Self.placeholders(fields[2]) else {
                throw GraphRenderError(.resource, "\(where_): the English and Arabic texts of \(fields[0]) use different {placeholders}")
            }
            entries[fields[0]] = (fields[1], fields[2])
        }
        let required = RelationType.allCases.map { "relation.\($0.rawValue)" } + NodeType.allCases.map { "type.\($0.rawValue)" }
            + (1...12).map { "month.\($0)" } + ["legend.title", "legend.symmetric", "amount.million", "amount.billion"]
        for key in required where entries[key] == nil {
            throw GraphRenderError(.resource, "\(file): no line for \(key)")
        }
        self.entries = entries
    }

    private static func placeholders(_ text: String) -> Set<Substring> {
        var found = Set<Substring>()
        var rest = text[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            found.insert(rest[open...close])
            rest = rest[rest.index(after: close)...]
        }
        return found
    }

    /// The text of `key` with its `{placeholders}` filled; the key itself when unknown.
    public func text(_ key: String, _ language: Language, _ values: [String: String] = [:]) -> String {
        guard let entry = entries[key] else { return key }
        var text = language == .ar ? entry.ar : entry.en
        for (name, value) in values { text = text.replacingOccurrences(of: "{\(name)}", with: value) }
        return text
    }

    /// Every key's text in one language, for the HTML view.
    public func table(_ language: Language) -> [String: String] {
        entries.mapValues { language == .ar ? $0.ar : $0.en }
    }

    public func relation(_ type: RelationType, _ language: Language) -> String {
        language == .en ? type.rawValue : text("relation.\(type.rawValue)", language)
    }

    public func nodeType(_ type: NodeType, _ language: Language) -> String {
        language == .en ? type.rawValue : text("type.\(type.rawValue)", language)
    }

    /// A role in the interface's language; a role the table lacks stays as extracted.
    public func role(_ role: String, _ language: Language) -> String {
        language == .en ? role : (entries["role.\(role)"]?.ar ?? role)
    }

    /// A date in the interface's language: `2016-01-12` becomes `12 يناير 2016` in Arabic, and
    /// the English words of other forms (`12-13 January`, `since 2020`) are replaced word for word.
    public func date(_ date: String, _ language: Language) -> String {
        guard language == .ar else { return date }
        let parts = date.split(separator: "-")
        if parts.count >= 2, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month),
            parts.count == 2 || (parts.count == 3 && Int(parts[2]) != nil) {
            let name = text("month.\(month)", .ar)
            return parts.count == 3 ? "\(Int(parts[2])!) \(name) \(year)" : "\(name) \(year)"
        }
        let arabic = dateWords()
        return date.split(separator: " ", omittingEmptySubsequences: false).map { arabic[String($0)] ?? String($0) }.joined(separator: " ")
    }

    /// The English words of dates as extracted (month names, `since`) and their Arabic.
    public func dateWords() -> [String: String] {
        var words: [String: String] = [:]
        for (key, entry) in entries where key.hasPrefix("month.") || key.hasPrefix("date.") { words[entry.en] = entry.ar }
        return words
    }

    /// `79.5M GBP`, `1.1B GBP`, `20,000 USD`; in Arabic `79.5 مليون GBP`.
    public func amount(_ amount: Amount, _ language: Language) -> String {
        let v = amount.value
        func number(_ x: Double) -> String {
            let rounded = (x * 100).rounded() / 100
            return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
        }
        if abs(v) >= 1e9 { return text("amount.billion", language, ["value": number(v / 1e9), "currency": amount.currency]) }
        if abs(v) >= 1e6 { return text("amount.million", language, ["value": number(v / 1e6), "currency": amount.currency]) }
        if v == v.rounded() { return "\(Int(v)) \(amount.currency)" }
        return "\(v) \(amount.currency)"
    }
}
