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

    /// - Complexity: O(rows) in every table.
    public func extractedGraph() throws(StoreError) -> KnowledgeGraph {
        try read("reading the graph") { db in
            var identity: [Int64: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, identity FROM document") { identity[row[0]] = row[1] }
            var rows = GraphRows()
            for r in try Row.fetchAll(db, sql: "SELECT * FROM entity") {
                try rows.entity(id: r["id"], label: r["label"], type: r["type"], en: r["name_en"], ar: r["name_ar"], wikidata: r["wikidata"])
            }
            for r in try Row.fetchAll(db, sql: "SELECT entity, name FROM entity_name") { rows.name(r[1], of: r[0]) }
            let mentions = try Row.fetchCursor(db, sql: #"SELECT entity, document, sentence, start, "end", text FROM mention"#)
            while let r = try mentions.next() {
                rows.mention(Mention(document: identity[r[1]] ?? "", sentence: r[2], start: r[3], end: r[4], text: r[5]), of: r[0])
            }
            for r in try Row.fetchAll(db, sql: "SELECT * FROM edge") {
                try rows.edge(id: r["id"], source: r["source"], type: r["type"], target: r["target"])
            }
            let evidence = try Row.fetchCursor(db, sql: "SELECT * FROM evidence ORDER BY document, id")
            while let r = try evidence.next() {
                var trigger: Trigger?
                if let start: Int = r["trigger_start"] {
                    trigger = Trigger(start: start, end: r["trigger_end"], text: r["trigger_text"], cameo: r["cameo"])
                }
                let document: Int64 = r["document"]
                let amount: Double? = r["amount"]
                rows.evidence(
                    Evidence(document: identity[document] ?? "", sentence: r["sentence"], start: r["start"], end: r["end"],
                             text: r["text"], trigger: trigger, rule: r["rule"]),
                    edge: r["edge"],
                    attributes: EdgeAttributes(amount: amount.map { Amount(value: $0, currency: r["currency"]) }, role: r["role"], date: r["date"]))
            }
            return rows.graph()
        }
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

    public func snapshot(generation: Int) throws(StoreError) -> (graph: GraphSnapshot, merges: [MergeRecord])? {
        try read("reading the saved graph") { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT generation, bytes FROM snapshot WHERE id = 1"),
                  (row["generation"] as Int) == generation,
                  let size = (try? FileManager.default.attributesOfItem(atPath: snapshotPath))?[.size] as? Int,
                  size == (row["bytes"] as Int) else { return nil }
            let merges = try Row.fetchAll(db, sql: "SELECT * FROM entity_merge ORDER BY kept, merged").map { m in
                let forms: String = m["forms"]
                return MergeRecord(kept: m["kept"], merged: m["merged"], reason: m["reason"],
                                   forms: (try? JSONDecoder().decode([String].self, from: Data(forms.utf8))) ?? [])
            }
            return (.file(snapshotPath), merges)
        }
    }
}
