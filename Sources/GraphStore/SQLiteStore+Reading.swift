import Foundation
import GRDB
import KnowledgeGraph

extension SQLiteStore {
    public func documents() throws(StoreError) -> [DocumentRecord] {
        try read("listing documents") { db in
            try Row.fetchAll(db, sql: "SELECT * FROM document ORDER BY id").map { row in
                DocumentRecord(identity: row["identity"], hash: row["hash"], title: row["title"], dateline: row["dateline"],
                               language: row["language"], extractorVersion: row["extractor_version"],
                               bytes: row["bytes"], addedAt: row["added_at"])
            }
        }
    }

    /// - Complexity: O(rows) in every table but the snapshot.
    public func extractedGraph() throws(StoreError) -> KnowledgeGraph {
        try read("reading the graph") { db in
            var identity: [Int64: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, identity FROM document") {
                identity[row[0]] = row[1]
            }
            var nodes = try Self.entities(db)
            for row in try Row.fetchAll(db, sql: "SELECT DISTINCT entity, name FROM entity_name ORDER BY entity, name") {
                let id: String = row[0]
                nodes[id]?.aliases.append(row[1])
            }
            let mentions = try Row.fetchCursor(db, sql: #"SELECT entity, document, sentence, start, "end", text FROM mention"#)
            while let row = try mentions.next() {
                let id: String = row[0]
                nodes[id]?.mentions.append(Mention(document: identity[row[1]] ?? "", sentence: row[2], start: row[3], end: row[4], text: row[5]))
            }
            var graph = KnowledgeGraph()
            for id in nodes.keys.sorted() { graph.add(nodes[id]!) }
            for edge in try Self.edges(db, identity: identity) { graph.add(edge) }
            return graph
        }
    }

    private static func entities(_ db: Database) throws -> [String: Node] {
        var nodes: [String: Node] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM entity") {
            let id: String = row["id"]
            let typeName: String = row["type"]
            guard let type = NodeType(rawValue: typeName) else {
                throw StoreError(.database, "entity \(id) has an unknown type '\(typeName)'")
            }
            nodes[id] = Node(id: id, label: row["label"], type: type, names: Names(en: row["name_en"], ar: row["name_ar"]),
                             wikidata: row["wikidata"])
        }
        return nodes
    }

    /// Edges with their evidence; an edge's attributes fill from its documents in the order they were added.
    private static func edges(_ db: Database, identity: [Int64: String]) throws -> [Edge] {
        var edges: [Int64: Edge] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM edge") {
            let typeName: String = row["type"]
            guard let type = RelationType(rawValue: typeName) else {
                throw StoreError(.database, "an edge has an unknown relation type '\(typeName)'")
            }
            edges[row["id"]] = Edge(source: row["source"], type: type, target: row["target"])
        }
        let rows = try Row.fetchCursor(db, sql: "SELECT * FROM evidence ORDER BY document, id")
        while let row = try rows.next() {
            let id: Int64 = row["edge"]
            guard edges[id] != nil else { continue }
            var trigger: Trigger?
            if let start: Int = row["trigger_start"] {
                trigger = Trigger(start: start, end: row["trigger_end"], text: row["trigger_text"], cameo: row["cameo"])
            }
            let document: Int64 = row["document"]
            edges[id]!.evidence.append(Evidence(
                document: identity[document] ?? "", sentence: row["sentence"], start: row["start"], end: row["end"],
                text: row["text"], trigger: trigger, rule: row["rule"]))
            let amount: Double? = row["amount"]
            let found = EdgeAttributes(amount: amount.map { Amount(value: $0, currency: row["currency"]) },
                                       role: row["role"], date: row["date"])
            edges[id]!.attributes = edges[id]!.attributes.filling(from: found)
        }
        return edges.values.filter { !$0.evidence.isEmpty }
    }

    public func corrections() throws(StoreError) -> [Correction] {
        try read("reading corrections") { db in
            try Row.fetchAll(db, sql: "SELECT kind, kept, merged FROM correction ORDER BY id").map { row in
                let kind: String = row[0]
                return kind == "merge" ? .merge(kept: row[1], merged: row[2]) : .split(row[1])
            }
        }
    }

    public func counts() throws(StoreError) -> StoreCounts {
        try read("counting") { db in
            func count(_ table: String) throws -> Int { try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0 }
            var c = StoreCounts()
            c.documents = try count("document")
            c.entities = try count("entity")
            c.mentions = try count("mention")
            c.edges = try count("edge")
            c.evidence = try count("evidence")
            c.corrections = try count("correction")
            return c
        }
    }

    public func generation() throws(StoreError) -> Int {
        try read("reading the generation") { db in try Self.generation(db) }
    }

    static func generation(_ db: Database) throws -> Int {
        Int(try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'generation'") ?? "0") ?? 0
    }

    public func snapshot(generation: Int) throws(StoreError) -> (json: [UInt8], merges: [MergeRecord])? {
        try read("reading the saved graph") { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT generation, json FROM snapshot WHERE id = 1"),
                  (row["generation"] as Int) == generation else { return nil }
            let json: Data = row["json"]
            let merges = try Row.fetchAll(db, sql: "SELECT * FROM entity_merge ORDER BY kept, merged").map { m in
                let forms: String = m["forms"]
                return MergeRecord(kept: m["kept"], merged: m["merged"], reason: m["reason"],
                                   forms: (try? JSONDecoder().decode([String].self, from: Data(forms.utf8))) ?? [])
            }
            return (Array(json), merges)
        }
    }
}
