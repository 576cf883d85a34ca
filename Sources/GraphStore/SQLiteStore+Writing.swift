import Foundation
import GRDB
import KnowledgeGraph

extension SQLiteStore {
    public func put(_ record: DocumentRecord, graph: KnowledgeGraph) throws(StoreError) {
        try write("storing \(record.identity)") { db in
            var removal = Removal()
            if let old = try Int64.fetchOne(db, sql: "SELECT id FROM document WHERE identity = ?", arguments: [record.identity]) {
                try Self.removeDocument(db, id: old, into: &removal)
            }
            try db.execute(sql: """
                INSERT INTO document (identity, hash, title, dateline, language, extractor_version, bytes, added_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [record.identity, record.hash, record.title, record.dateline, record.language,
                                 record.extractorVersion, record.bytes, record.addedAt])
            let document = db.lastInsertedRowID
            for node in graph.nodes { try Self.insert(node, document: document, db) }
            for edge in graph.edges { try Self.insert(edge, document: document, db) }
            try Self.bumpGeneration(db)
        }
    }

    static func insert(_ node: Node, document: Int64, _ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO entity (id, label, type, name_en, name_ar, wikidata) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET name_en = coalesce(name_en, excluded.name_en),
                name_ar = coalesce(name_ar, excluded.name_ar), wikidata = coalesce(wikidata, excluded.wikidata)
            """).execute(arguments: [node.id, node.label, node.type.rawValue, node.names.en, node.names.ar, node.wikidata])
        let name = try db.cachedStatement(sql: "INSERT OR IGNORE INTO entity_name (entity, document, name) VALUES (?, ?, ?)")
        for alias in node.aliases { try name.execute(arguments: [node.id, document, alias]) }
        let mention = try db.cachedStatement(sql: """
            INSERT INTO mention (entity, document, sentence, start, "end", text) VALUES (?, ?, ?, ?, ?, ?)
            """)
        for m in node.mentions {
            try mention.execute(arguments: [node.id, document, m.sentence, m.start, m.end, m.text])
        }
    }

    static func insert(_ edge: Edge, document: Int64, _ db: Database) throws {
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO edge (source, type, target) VALUES (?, ?, ?)")
            .execute(arguments: [edge.source, edge.type.rawValue, edge.target])
        guard let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM edge WHERE source = ? AND type = ? AND target = ?"),
                                          arguments: [edge.source, edge.type.rawValue, edge.target]) else { return }
        let statement = try db.cachedStatement(sql: """
            INSERT INTO evidence (edge, document, sentence, start, "end", text, trigger_start, trigger_end, trigger_text,
                cameo, rule, amount, currency, role, date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let a = edge.attributes
        for e in edge.evidence {
            // The document's attributes of the edge go with each of its sentences, so they leave with the document.
            try statement.execute(arguments: [
                id, document, e.sentence, e.start, e.end, e.text, e.trigger?.start, e.trigger?.end, e.trigger?.text,
                e.trigger?.cameo, e.rule, a.amount?.value, a.amount?.currency, a.role, a.date,
            ])
        }
    }

    public func remove(_ identities: [String]) throws(StoreError) -> Removal {
        try write("removing documents") { db in
            var removal = Removal()
            for identity in identities {
                guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM document WHERE identity = ?", arguments: [identity]) else {
                    throw StoreError(.notFound, "no document \(identity) in \(path)")
                }
                try Self.removeDocument(db, id: id, into: &removal)
            }
            try Self.bumpGeneration(db)
            return removal
        }
    }

    /// Deletes a document with its names, mentions and evidence, then the edges and entities
    /// it leaves with nothing behind them.
    static func removeDocument(_ db: Database, id: Int64, into removal: inout Removal) throws {
        let edges = try Int64.fetchAll(db, sql: "SELECT DISTINCT edge FROM evidence WHERE document = ?", arguments: [id])
        var entities = Set(try String.fetchAll(db, sql: """
            SELECT entity FROM mention WHERE document = ?1 UNION SELECT entity FROM entity_name WHERE document = ?1
            """, arguments: [id]))
        for edge in edges {
            for row in try Row.fetchAll(db, sql: "SELECT source, target FROM edge WHERE id = ?", arguments: [edge]) {
                entities.insert(row["source"])
                entities.insert(row["target"])
            }
        }
        removal.evidence += try Int.fetchOne(db, sql: "SELECT count(*) FROM evidence WHERE document = ?", arguments: [id]) ?? 0
        removal.mentions += try Int.fetchOne(db, sql: "SELECT count(*) FROM mention WHERE document = ?", arguments: [id]) ?? 0
        try db.execute(sql: "DELETE FROM document WHERE id = ?", arguments: [id])
        removal.documents += 1
        let orphanEdge = try db.cachedStatement(sql: "DELETE FROM edge WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM evidence WHERE edge = ?1)")
        for edge in edges {
            try orphanEdge.execute(arguments: [edge])
            removal.edges += db.changesCount
        }
        let orphanEntity = try db.cachedStatement(sql: """
            DELETE FROM entity WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM mention WHERE entity = ?1)
                AND NOT EXISTS (SELECT 1 FROM entity_name WHERE entity = ?1)
                AND NOT EXISTS (SELECT 1 FROM edge WHERE source = ?1) AND NOT EXISTS (SELECT 1 FROM edge WHERE target = ?1)
            """)
        for entity in entities.sorted() {
            try orphanEntity.execute(arguments: [entity])
            removal.entities += db.changesCount
        }
    }

    public func add(_ correction: Correction) throws(StoreError) {
        try write("recording a correction") { db in
            switch correction {
            case .merge(let kept, let merged):
                // A new merge of the pair replaces an earlier split of either.
                try db.execute(sql: "DELETE FROM correction WHERE kind = 'split' AND kept IN (?, ?)", arguments: [kept, merged])
                try db.execute(sql: "INSERT INTO correction (kind, kept, merged) VALUES ('merge', ?, ?)", arguments: [kept, merged])
            case .split(let id):
                try db.execute(sql: "DELETE FROM correction WHERE kind = 'merge' AND (kept = ?1 OR merged = ?1)", arguments: [id])
                try db.execute(sql: "INSERT INTO correction (kind, kept) VALUES ('split', ?)", arguments: [id])
            }
            try Self.bumpGeneration(db)
        }
    }

    public func saveSnapshot(generation: Int, json: [UInt8], merges: [MergeRecord]) throws(StoreError) {
        do {
            // Under the write lock, so two savers cannot pair one's file with the other's generation.
            try queue.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    // Only the graph it was made from: a change since makes it stale, and it is not saved.
                    guard try Self.generation(db) == generation else { return .rollback }
                    try AtomicFile.write(Data(json), to: snapshotPath)
                    try db.execute(sql: "INSERT OR REPLACE INTO snapshot (id, generation, bytes) VALUES (1, ?, ?)",
                                   arguments: [generation, json.count])
                    try db.execute(sql: "DELETE FROM entity_merge")
                    let encoder = JSONEncoder()
                    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                    for m in merges {
                        let forms = String(decoding: try encoder.encode(m.forms), as: UTF8.self)
                        try db.execute(sql: "INSERT OR REPLACE INTO entity_merge (kept, merged, reason, forms) VALUES (?, ?, ?, ?)",
                                       arguments: [m.kept, m.merged, m.reason, forms])
                    }
                    return .commit
                }
            }
        } catch let error as KnowledgeGraphError {
            throw StoreError(.database, "saving the graph beside \(path): \(error.message)", cause: error)
        } catch {
            throw Self.failure(error, "saving the graph in \(path)")
        }
    }
}
