import Foundation
import GraphStore
import KnowledgeGraph
import Logging
import PostgresNIO

extension PostgresStore {
    public func put(_ record: DocumentRecord, graph: KnowledgeGraph) throws(StoreError) {
        try transaction("storing \(record.identity)") { c, log in
            try await Self.bumpGeneration(c, log)
            if let old = try await PG.int(c, log, "SELECT id FROM document WHERE identity = $1", [.text(record.identity)]) {
                _ = try await Self.removeDocument(c, log, id: old)
            }
            guard let document = try await PG.int(c, log, """
                INSERT INTO document (identity, hash, title, dateline, language, extractor_version, bytes, added_at)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id
                """, [.text(record.identity), .text(record.hash), .text(record.title), .text(record.dateline), .text(record.language),
                      .text(record.extractorVersion), .int(record.bytes), .text(record.addedAt)]) else { return }
            for node in graph.nodes { try await Self.insert(node, document: document, c, log) }
            for edge in graph.edges { try await Self.insert(edge, document: document, c, log) }
        }
    }

    /// Every writer takes this row's lock first, so writers queue and never deadlock.
    static func bumpGeneration(_ c: PostgresConnection, _ log: Logger) async throws {
        try await PG.run(c, log, "UPDATE meta SET value = value + 1 WHERE key = 'generation'")
    }

    static func insert(_ node: Node, document: Int, _ c: PostgresConnection, _ log: Logger) async throws {
        try await PG.run(c, log, """
            INSERT INTO entity (id, label, type, name_en, name_ar, wikidata) VALUES ($1, $2, $3, $4, $5, $6)
            ON CONFLICT (id) DO UPDATE SET name_en = coalesce(entity.name_en, excluded.name_en),
                name_ar = coalesce(entity.name_ar, excluded.name_ar), wikidata = coalesce(entity.wikidata, excluded.wikidata)
            """, [.text(node.id), .text(node.label), .text(node.type.rawValue), .text(node.names.en), .text(node.names.ar), .text(node.wikidata)])
        for alias in node.aliases {
            try await PG.run(c, log, "INSERT INTO entity_name (entity, document, name) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
                             [.text(node.id), .int(document), .text(alias)])
        }
        for m in node.mentions {
            try await PG.run(c, log, #"INSERT INTO mention (entity, document, sentence, start, "end", text) VALUES ($1, $2, $3, $4, $5, $6)"#,
                             [.text(node.id), .int(document), .int(m.sentence), .int(m.start), .int(m.end), .text(m.text)])
        }
    }

    static func insert(_ edge: Edge, document: Int, _ c: PostgresConnection, _ log: Logger) async throws {
        // DO UPDATE (to itself) rather than DO NOTHING, so the row's id comes back either way.
        guard let id = try await PG.int(c, log, """
            INSERT INTO edge (source, type, target) VALUES ($1, $2, $3)
            ON CONFLICT (source, type, target) DO UPDATE SET source = excluded.source RETURNING id
            """, [.text(edge.source), .text(edge.type.rawValue), .text(edge.target)]) else { return }
        let a = edge.attributes
        for e in edge.evidence {
            try await PG.run(c, log, """
                INSERT INTO evidence (edge, document, sentence, start, "end", text, trigger_start, trigger_end, trigger_text,
                    cameo, rule, amount, currency, role, date) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
                """, [.int(id), .int(document), .int(e.sentence), .int(e.start), .int(e.end), .text(e.text),
                      .int(e.trigger?.start), .int(e.trigger?.end), .text(e.trigger?.text), .text(e.trigger?.cameo), .text(e.rule),
                      .real(a.amount?.value), .text(a.amount?.currency), .text(a.role), .text(a.date)])
        }
    }

    public func remove(_ identities: [String]) throws(StoreError) -> Removal {
        let name = self.name
        return try transaction("removing documents") { c, log in
            try await Self.bumpGeneration(c, log)
            var removal = Removal()
            for identity in identities {
                guard let id = try await PG.int(c, log, "SELECT id FROM document WHERE identity = $1", [.text(identity)]) else {
                    throw StoreError(.notFound, "no document \(identity) in \(name)")
                }
                let r = try await Self.removeDocument(c, log, id: id)
                removal.documents += r.documents
                removal.evidence += r.evidence
                removal.mentions += r.mentions
                removal.edges += r.edges
                removal.entities += r.entities
            }
            return removal
        }
    }

    /// Deletes a document with its names, mentions and evidence, then the edges and entities it
    /// leaves with nothing behind them (as ``SQLiteStore`` does).
    static func removeDocument(_ c: PostgresConnection, _ log: Logger, id: Int) async throws -> Removal {
        var removal = Removal()
        let edges = try await PG.run(c, log, "SELECT DISTINCT edge FROM evidence WHERE document = $1", [.int(id)]).map { try $0[0].decode(Int.self) }
        var entities = Set<String>()
        for row in try await PG.run(c, log, """
            SELECT entity FROM mention WHERE document = $1 UNION SELECT entity FROM entity_name WHERE document = $1
            UNION SELECT source FROM edge WHERE id IN (SELECT edge FROM evidence WHERE document = $1)
            UNION SELECT target FROM edge WHERE id IN (SELECT edge FROM evidence WHERE document = $1)
            """, [.int(id)]) { entities.insert(try row[0].decode(String.self)) }
        removal.evidence = try await PG.int(c, log, "SELECT count(*) FROM evidence WHERE document = $1", [.int(id)]) ?? 0
        removal.mentions = try await PG.int(c, log, "SELECT count(*) FROM mention WHERE document = $1", [.int(id)]) ?? 0
        try await PG.run(c, log, "DELETE FROM document WHERE id = $1", [.int(id)])
        removal.documents = 1
        for edge in edges {
            removal.edges += try await PG.count(c, log, """
                DELETE FROM edge WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM evidence WHERE edge = $1) RETURNING id
                """, [.int(edge)])
        }
        for entity in entities.sorted() {
            removal.entities += try await PG.count(c, log, """
                DELETE FROM entity WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM mention WHERE entity = $1)
                    AND NOT EXISTS (SELECT 1 FROM entity_name WHERE entity = $1)
                    AND NOT EXISTS (SELECT 1 FROM edge WHERE source = $1 OR target = $1) RETURNING id
                """, [.text(entity)])
        }
        return removal
    }

    public func add(_ correction: Correction) throws(StoreError) {
        try transaction("recording a correction") { c, log in
            try await Self.bumpGeneration(c, log)
            switch correction {
            case .merge(let kept, let merged):
                // A new merge of the pair replaces an earlier split of either.
                try await PG.run(c, log, "DELETE FROM correction WHERE kind = 'split' AND kept IN ($1, $2)", [.text(kept), .text(merged)])
                try await PG.run(c, log, "INSERT INTO correction (kind, kept, merged) VALUES ('merge', $1, $2)", [.text(kept), .text(merged)])
            case .split(let id):
                try await PG.run(c, log, "DELETE FROM correction WHERE kind = 'merge' AND (kept = $1 OR merged = $1)", [.text(id)])
                try await PG.run(c, log, "INSERT INTO correction (kind, kept) VALUES ('split', $1)", [.text(id)])
            }
        }
    }

    public func saveSnapshot(generation: Int, json: [UInt8], merges: [MergeRecord]) throws(StoreError) {
        let forms = merges.map { m in
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            return String(decoding: (try? encoder.encode(m.forms)) ?? Data("[]".utf8), as: UTF8.self)
        }
        try transaction("saving the graph") { c, log in
            // The generation row's lock: no writer changes the graph while it is saved.
            guard try await PG.int(c, log, "SELECT value FROM meta WHERE key = 'generation' FOR UPDATE") == generation else { return }
            try await PG.run(c, log, """
                INSERT INTO snapshot (id, generation, json) VALUES (1, $1, $2)
                ON CONFLICT (id) DO UPDATE SET generation = excluded.generation, json = excluded.json
                """, [.int(generation), .bytes(json)])
            try await PG.run(c, log, "DELETE FROM entity_merge")
            for (m, f) in zip(merges, forms) {
                try await PG.run(c, log, "INSERT INTO entity_merge (merged, kept, reason, forms) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
                                 [.text(m.merged), .text(m.kept), .text(m.reason), .text(f)])
            }
        }
    }
}
