import Foundation
import GraphRender
import KnowledgeGraph

/// Writes GraphML with typed attributes that NetworkX's `read_graphml` and Gephi load.
/// Lists (aliases, mentions, evidence) travel as JSON strings, since GraphML has no list type.
struct GraphMLWriter {
    private struct Key {
        var id: String
        var domain: String
        var type: String
    }

    private static let keys: [Key] = [
        Key(id: "label", domain: "node", type: "string"),
        Key(id: "type", domain: "node", type: "string"),
        Key(id: "name_en", domain: "node", type: "string"),
        Key(id: "name_ar", domain: "node", type: "string"),
        Key(id: "wikidata", domain: "node", type: "string"),
        Key(id: "aliases", domain: "node", type: "string"),
        Key(id: "mentions", domain: "node", type: "string"),
        Key(id: "mention_count", domain: "node", type: "int"),
        Key(id: "relation", domain: "edge", type: "string"),
        Key(id: "symmetric", domain: "edge", type: "boolean"),
        Key(id: "amount", domain: "edge", type: "double"),
        Key(id: "currency", domain: "edge", type: "string"),
        Key(id: "role", domain: "edge", type: "string"),
        Key(id: "date", domain: "edge", type: "string"),
        Key(id: "evidence", domain: "edge", type: "string"),
        Key(id: "evidence_count", domain: "edge", type: "int"),
    ]

    func write(_ graph: KnowledgeGraph) -> Data {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """
        for key in Self.keys {
            out += "  <key id=\"\(key.id)\" for=\"\(key.domain)\" attr.name=\"\(key.id)\" attr.type=\"\(key.type)\"/>\n"
        }
        out += "  <graph id=\"knowledge_graph\" edgedefault=\"directed\">\n"
        for node in graph.nodes {
            out += "    <node id=\"\(SafeText.xmlEscaped(node.id))\">\n"
            out += data("label", node.label)
            out += data("type", node.type.rawValue)
            out += data("name_en", node.names.en)
            out += data("name_ar", node.names.ar)
            out += data("wikidata", node.wikidata)
            out += data("aliases", Self.json(node.aliases))
            out += data("mentions", Self.json(node.mentions))
            out += data("mention_count", String(node.mentions.count))
            out += "    </node>\n"
        }
        for (i, edge) in graph.edges.enumerated() {
            out += "    <edge id=\"e\(i)\" source=\"\(SafeText.xmlEscaped(edge.source))\" target=\"\(SafeText.xmlEscaped(edge.target))\">\n"
            out += data("relation", edge.type.rawValue)
            out += data("symmetric", edge.type.isSymmetric ? "true" : "false")
            if let amount = edge.attributes.amount {
                out += data("amount", amount.valueText)
                out += data("currency", amount.currency)
            }
            out += data("role", edge.attributes.role)
            out += data("date", edge.attributes.date)
            out += data("evidence", Self.json(edge.evidence))
            out += data("evidence_count", String(edge.evidence.count))
            out += "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return Data(out.utf8)
    }

    private func data(_ key: String, _ value: String?) -> String {
        guard let value else { return "" }
        return "      <data key=\"\(key)\">\(SafeText.xmlEscaped(value))</data>\n"
    }

    private static func json<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Plain value types always encode.
        return String(decoding: try! encoder.encode(value), as: UTF8.self)
    }
}
