import KnowledgeGraph

/// Builds a graph from a store's rows, whatever database they come from: entities, their names
/// and mentions, edges, and evidence in the order documents were added (which decides whose
/// attributes an edge keeps, as merging graphs in file order does).
package struct GraphRows {
    private var nodes: [String: Node] = [:]
    private var names: [String: Set<String>] = [:]
    private var edges: [Int64: Edge] = [:]

    package init() {}

    package mutating func entity(id: String, label: String, type: String, en: String?, ar: String?, wikidata: String?) throws(StoreError) {
        guard let type = NodeType(rawValue: type) else { throw StoreError(.database, "entity \(id) has an unknown type '\(type)'") }
        nodes[id] = Node(id: id, label: label, type: type, names: Names(en: en, ar: ar), wikidata: wikidata)
    }

    package mutating func name(_ name: String, of entity: String) {
        names[entity, default: []].insert(name)
    }

    package mutating func mention(_ m: Mention, of entity: String) {
        nodes[entity]?.mentions.append(m)
    }

    package mutating func edge(id: Int64, source: String, type: String, target: String) throws(StoreError) {
        guard let relation = RelationType(rawValue: type) else { throw StoreError(.database, "an edge has an unknown relation type '\(type)'") }
        edges[id] = Edge(source: source, type: relation, target: target)
    }

    /// One piece of evidence, with the attributes its document gave the edge; call in document order.
    package mutating func evidence(_ e: Evidence, edge: Int64, attributes: EdgeAttributes) {
        guard edges[edge] != nil else { return }
        edges[edge]!.evidence.append(e)
        edges[edge]!.attributes = edges[edge]!.attributes.filling(from: attributes)
    }

    /// The graph; an edge with no evidence is left out, as the store removes such edges.
    package func graph() -> KnowledgeGraph {
        var graph = KnowledgeGraph()
        for id in nodes.keys.sorted() {
            var node = nodes[id]!
            node.aliases = (names[id] ?? []).sorted()
            graph.add(node)
        }
        for key in edges.keys.sorted() where !edges[key]!.evidence.isEmpty { graph.add(edges[key]!) }
        return graph
    }
}
