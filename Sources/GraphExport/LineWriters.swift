import Foundation
import KnowledgeGraph

/// JSON Lines: one node or edge a line (`"kind": "node"` or `"edge"`, then the record as
/// graph.json holds it), nodes first, for tools that stream.
struct JSONLinesWriter {
    func write(_ graph: KnowledgeGraph) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var out = Data()
        func line(_ kind: String, _ record: Data) {
            // `{"kind":"…",` then the record's own fields: records are objects with at least one key.
            out.append(Data("{\"kind\":\"\(kind)\",".utf8))
            out.append(record.dropFirst())
            out.append(0x0A)
        }
        // Plain value types always encode.
        for node in graph.nodes { line("node", try! encoder.encode(node)) }
        for edge in graph.edges { line("edge", try! encoder.encode(edge)) }
        return out
    }
}

/// The event table: one row per piece of evidence (source, relation, target, date, amount,
/// document, sentence, trigger, rule), as event-data users read such tables.
struct EventTableWriter {
    static let header = ["source", "source_label", "relation", "target", "target_label", "date", "amount", "currency", "role",
                         "document", "sentence", "start", "end", "text", "trigger", "cameo", "rule"]

    func write(_ graph: KnowledgeGraph) -> Data {
        var labels: [String: String] = [:]
        for n in graph.nodes { labels[n.id] = n.label }
        var out = CSVText.row(Self.header)
        for e in graph.edges {
            let a = e.attributes
            for v in e.evidence {
                out += CSVText.row([
                    e.source, labels[e.source] ?? e.source, e.type.rawValue, e.target, labels[e.target] ?? e.target,
                    a.date ?? "", a.amount.map { $0.valueText } ?? "", a.amount?.currency ?? "", a.role ?? "",
                    v.document, String(v.sentence), String(v.start), String(v.end), v.text,
                    v.trigger?.text ?? "", v.trigger?.cameo ?? "", v.rule ?? "",
                ])
            }
        }
        return Data(out.utf8)
    }
}
