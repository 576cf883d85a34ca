import Foundation
import GraphRender
import KnowledgeGraph

/// Writes GEXF 1.2 for Gephi (and NetworkX's `read_gexf`): types, names and evidence counts as
/// typed attributes, each edge weighted by its evidence, a symmetric relation marked as such.
struct GEXFWriter {
    private struct Attribute {
        var title: String
        var type: String
    }

    private static let nodeAttributes = [
        Attribute(title: "type", type: "string"), Attribute(title: "name_en", type: "string"),
        Attribute(title: "name_ar", type: "string"), Attribute(title: "wikidata", type: "string"),
        Attribute(title: "aliases", type: "string"), Attribute(title: "mentions", type: "integer"),
    ]
    private static let edgeAttributes = [
        Attribute(title: "relation", type: "string"), Attribute(title: "symmetric", type: "boolean"),
        Attribute(title: "evidence", type: "integer"), Attribute(title: "documents", type: "integer"),
        Attribute(title: "date", type: "string"), Attribute(title: "amount", type: "double"),
        Attribute(title: "currency", type: "string"), Attribute(title: "role", type: "string"),
    ]

    func write(_ graph: KnowledgeGraph) -> Data {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">
              <meta><creator>kg</creator><description>knowledge graph with evidence</description></meta>
              <graph mode="static" defaultedgetype="directed">

            """
        out += declarations("node", Self.nodeAttributes) + declarations("edge", Self.edgeAttributes)
        out += "    <nodes>\n"
        for node in graph.nodes {
            let values: [String?] = [node.type.rawValue, node.names.en, node.names.ar, node.wikidata,
                                     node.aliases.joined(separator: "; "), String(node.mentions.count)]
            out += "      <node id=\"\(x(node.id))\" label=\"\(x(node.label))\">\(attvalues(values))</node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for (i, edge) in graph.edges.enumerated() {
            let a = edge.attributes
            let values: [String?] = [edge.type.rawValue, edge.type.isSymmetric ? "true" : "false", String(edge.evidence.count),
                                     String(Set(edge.evidence.map(\.document)).count), a.date, a.amount.map { $0.valueText },
                                     a.amount?.currency, a.role]
            out += "      <edge id=\"\(i)\" source=\"\(x(edge.source))\" target=\"\(x(edge.target))\" label=\"\(edge.type.rawValue)\""
            out += " weight=\"\(edge.evidence.count)\">\(attvalues(values))</edge>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return Data(out.utf8)
    }

    private func declarations(_ domain: String, _ attributes: [Attribute]) -> String {
        var out = "    <attributes class=\"\(domain)\">\n"
        for (i, a) in attributes.enumerated() {
            out += "      <attribute id=\"\(i)\" title=\"\(a.title)\" type=\"\(a.type)\"/>\n"
        }
        return out + "    </attributes>\n"
    }

    /// Only the values present: GEXF leaves a missing attribute out.
    private func attvalues(_ values: [String?]) -> String {
        let present = values.enumerated().compactMap { i, v in v.map { "<attvalue for=\"\(i)\" value=\"\(x($0))\"/>" } }
        return present.isEmpty ? "" : "<attvalues>" + present.joined() + "</attvalues>"
    }

    private func x(_ text: String) -> String { SafeText.xmlEscaped(text) }
}
