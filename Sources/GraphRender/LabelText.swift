import Foundation
import KnowledgeGraph

/// Turns model text into Graphviz `escString` values.
///
/// Graphviz interprets backslashes in labels and tooltips even when they are set
/// through the API (`\n` breaks a line, `C:\path` loses its backslash), so literal
/// backslashes are doubled and real line breaks become `\n`. Characters go through
/// ``SafeText``; a line of format characters alone is left empty (pango fails on it).
enum LabelText {
    /// The most UTF-8 bytes of one value: `dot` cannot read back a quoted string over
    /// 16,384 bytes, and DOT output may escape a quote as two bytes. Longer text ends in "…";
    /// the full text stays in the JSON graph and GraphML.
    static let maxBytes = 8_000

    static func escaped(_ text: String, isolatingBidi: Bool) -> String {
        var out = String.UnicodeScalarView()
        var bytes = 0
        let lines = SafeText.sanitized(text).replacingOccurrences(of: "\r\n", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
        // Room for the ellipsis and a closing isolate.
        let limit = maxBytes - 6
        for (i, line) in lines.enumerated() {
            if i > 0 { out.append(contentsOf: "\\n".unicodeScalars); bytes += 2 }
            if SafeText.isInvisible(line) { continue }
            let wrap = isolatingBidi && containsRightToLeft(line)
            if wrap { out.append("\u{2068}"); bytes += 3 }
            for scalar in line.unicodeScalars where scalar != "\r" {
                let piece: String.UnicodeScalarView = scalar == "\\" ? "\\\\".unicodeScalars : String(scalar).unicodeScalars
                let size = scalar == "\\" ? 2 : UTF8.width(scalar)
                if bytes + size > limit {
                    out.append("\u{2026}")
                    if wrap { out.append("\u{2069}") }
                    return String(out)
                }
                out.append(contentsOf: piece)
                bytes += size
            }
            if wrap { out.append("\u{2069}"); bytes += 3 }
        }
        return String(out)
    }

    /// Whether the text holds a strong right-to-left letter (Hebrew, Arabic and their presentation forms).
    static func containsRightToLeft<S: StringProtocol>(_ text: S) -> Bool {
        text.unicodeScalars.contains { s in
            switch s.value {
            case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF, 0x10800...0x10FFF, 0x1E800...0x1EFFF: true
            default: false
            }
        }
    }

    static func nodeLabel(_ node: Node, language: LabelLanguage) -> String {
        switch language {
        case .en: return node.names.en ?? node.label
        case .ar: return node.names.ar ?? node.label
        case .both:
            let en = node.names.en ?? node.label
            guard let ar = node.names.ar, ar != en else { return en }
            return "\(en)\n\(ar)"
        }
    }

    /// The relation type plus what the edge carries: amount, role, date.
    static func edgeLabel(_ edge: Edge, text: InterfaceText, language: InterfaceText.Language) -> String {
        var parts = [text.relation(edge.type, language)]
        if let amount = edge.attributes.amount { parts.append(text.amount(amount, language)) }
        if let role = edge.attributes.role { parts.append(text.role(role, language)) }
        if let date = edge.attributes.date { parts.append(text.date(date, language)) }
        return parts.joined(separator: "\n")
    }

    static func nodeTooltip(_ node: Node, text: InterfaceText, language: InterfaceText.Language) -> String {
        var lines = ["\(node.label) (\(text.nodeType(node.type, language)))"]
        if let ar = node.names.ar, ar != node.label { lines.append(ar) }
        if let q = node.wikidata { lines.append("\(text.text("ui.wikidata", language)): \(q)") }
        let documents = Set(node.mentions.map(\.document)).sorted()
        if !node.mentions.isEmpty {
            lines.append(text.text("ui.mentionsIn", language, ["count": String(node.mentions.count), "documents": documents.joined(separator: ", ")]))
        }
        for m in node.mentions.prefix(3) {
            lines.append("[\(m.document), \(text.text("ui.sentence", language, ["n": String(m.sentence)])), \(m.start)–\(m.end)] \(m.text)")
        }
        return lines.joined(separator: "\n")
    }

    static func edgeTooltip(
        _ edge: Edge, sourceLabel: String, targetLabel: String, text: InterfaceText, language: InterfaceText.Language
    ) -> String {
        let arrow = edge.type.isSymmetric ? "—" : "→"
        func word(_ key: String) -> String { text.text(key, language) }
        var lines = ["\(sourceLabel) \(arrow)\(text.relation(edge.type, language))\(arrow) \(targetLabel)"]
        if let amount = edge.attributes.amount { lines.append("\(word("ui.amount")): \(text.amount(amount, language))") }
        if let role = edge.attributes.role { lines.append("\(word("ui.role")): \(text.role(role, language))") }
        if let date = edge.attributes.date { lines.append("\(word("ui.date")): \(text.date(date, language))") }
        for e in edge.evidence.prefix(3) {
            var line = "[\(e.document), \(text.text("ui.sentence", language, ["n": String(e.sentence)]))] \(e.text)"
            if let t = e.trigger { line += " (\(word("ui.trigger")): \(t.text))" }
            if let rule = e.rule { line += " [\(word("ui.rule")): \(rule)]" }
            lines.append(line)
        }
        if edge.evidence.count > 3 { lines.append(text.text("ui.more", language, ["count": String(edge.evidence.count - 3)])) }
        return lines.joined(separator: "\n")
    }
}
