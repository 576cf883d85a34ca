import Foundation
import KnowledgeGraph

/// Writes `nodes.csv` and `relationships.csv` in the layout of `neo4j-admin database import`:
/// nodes with `:ID` and `:LABEL` (`Entity;Country`), relationships with `:START_ID`, `:END_ID`
/// and `:TYPE` (`MEMBER_OF`); typed columns (`mentions:int`), lists as `;`-separated arrays.
struct Neo4jCSVWriter {
    static let nodeHeader = ["id:ID", "label", "type", "name_en", "name_ar", "wikidata", "aliases:string[]", "mentions:int", ":LABEL"]
    static let relationshipHeader = [":START_ID", ":END_ID", ":TYPE", "evidence:int", "symmetric:boolean", "date", "amount:double",
                                     "currency", "role", "documents:string[]", "rules:string[]"]

    /// Neo4j's label for a node type: `Country`, `Organization`, `ArmedGroup`.
    static func label(_ type: NodeType) -> String {
        type == .group ? "ArmedGroup" : type.rawValue.prefix(1).uppercased() + type.rawValue.dropFirst()
    }

    func write(_ graph: KnowledgeGraph) -> [(name: String, data: Data)] {
        var nodes = CSVText.row(Self.nodeHeader)
        for n in graph.nodes {
            nodes += CSVText.row([n.id, n.label, n.type.rawValue, n.names.en ?? "", n.names.ar ?? "", n.wikidata ?? "",
                                  CSVText.array(n.aliases), String(n.mentions.count), "Entity;" + Self.label(n.type)])
        }
        var relationships = CSVText.row(Self.relationshipHeader)
        for e in graph.edges {
            let a = e.attributes
            relationships += CSVText.row([
                e.source, e.target, e.type.rawValue.uppercased(), String(e.evidence.count), e.type.isSymmetric ? "true" : "false",
                a.date ?? "", a.amount.map { $0.valueText } ?? "", a.amount?.currency ?? "", a.role ?? "",
                CSVText.array(Array(Set(e.evidence.map(\.document))).sorted()), CSVText.array(Array(Set(e.evidence.compactMap(\.rule))).sorted()),
            ])
        }
        return [("nodes.csv", Data(nodes.utf8)), ("relationships.csv", Data(relationships.utf8))]
    }
}
