/// Plain-text explanations: one line per hop (entity, relation with its direction, next
/// entity), then one indented line per evidence sentence.
public enum ExplanationText {
    /// - Complexity: O(size of the text).
    public static func render(_ paths: [PathExplanation]) -> String {
        var out = ""
        for (i, path) in paths.enumerated() {
            if paths.count > 1 { out += "path \(i + 1) of \(paths.count), " }
            out += "\(path.length) hop\(path.length == 1 ? "" : "s"):\n"
            for hop in path.hops {
                for (j, link) in hop.links.enumerated() {
                    let arrow = arrow(link)
                    out += j == 0 ? "  " : "    and "
                    out += "\(hop.from.label) \(arrow) \(hop.to.label)"
                    if let details = details(of: link) { out += "  (\(details))" }
                    out += "\n"
                    if link.evidence.isEmpty { out += "      [no evidence recorded]\n" }
                    for ev in link.evidence {
                        out += "      [\(ev.document), sentence \(ev.sentence), \(ev.start)–\(ev.end): \"\(ev.text)\""
                        if let trigger = ev.trigger { out += "; trigger \"\(trigger.text)\" at \(trigger.start)–\(trigger.end)" }
                        if let rule = ev.rule { out += "; rule \(rule)" }
                        out += "]\n"
                    }
                }
            }
            if i + 1 < paths.count { out += "\n" }
        }
        return out
    }

    /// A relation drawn with its direction as walked: `—rel→`, `←rel—`, or `—rel—` when symmetric.
    public static func arrow(_ link: PathExplanation.Link) -> String {
        switch link.direction {
        case .forward: "—\(link.relation)→"
        case .backward: "←\(link.relation)—"
        case .both: "—\(link.relation)—"
        }
    }

    private static func details(of link: PathExplanation.Link) -> String? {
        guard let a = link.attributes else { return nil }
        var parts: [String] = []
        if let amount = a.amount { parts.append("\(amount.valueText) \(amount.currency)") }
        if let role = a.role { parts.append("role: \(role)") }
        if let date = a.date { parts.append("date: \(date)") }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }
}
