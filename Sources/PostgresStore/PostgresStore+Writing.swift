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
            try await Self.insert(graph.nodes, document: document, c, log)
            try await Self.insert(graph.edges, document: document, c, log)
        }
    }

    /// Every writer takes this row's lock first, so writers queue and never deadlock.
    static func bumpGeneration(_ c: PostgresConnection, _ log: Logger) async throws {
        try await PG.run(c, log, "UPDATE meta SET value = value + 1 WHERE key = 'generation'")
    }

    /// Entities, names and mentions of one document, one statement each (rows through `unnest`).
    static func insert(_ nodes: [Node], document: Int, _ c: PostgresConnection, _ log: Logger) async throws {
        guard !nodes.isEmpty else { return }
        try await PG.run(c, log, """
            INSERT INTO entity (id, label, type, name_en, name_ar, wikidata)
            SELECT i, l, t, NULLIF(e, ''), NULLIF(a, ''), NULLIF(w, '')
            FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) AS n(i, l, t, e, a, w)
            ON CONFLICT (id) DO UPDATE SET name_en = coalesce(entity.name_en, excluded.name_en),
                name_ar = coalesce(entity.name_ar, excluded.name_ar), wikidata = coalesce(entity.wikidata, excluded.wikidata)
            """, [.texts(nodes.map(\.id)), .texts(nodes.map(\.label)), .texts(nodes.map(\.type.rawValue)),
                  .texts(nodes.map(\.names.en)), .texts(nodes.map(\.names.ar)), .texts(nodes.map(\.wikidata))])
        let names = nodes.flatMap { n in n.aliases.map { (n.id, $0) } }
        if !names.isEmpty {
            try await PG.run(c, log, """
                INSERT INTO entity_name (entity, document, name) SELECT e, $1, n FROM unnest($2::text[], $3::text[]) AS x(e, n)
                ON CONFLICT DO NOTHING
                """, [.int(document), .texts(names.map(\.0)), .texts(names.map(\.1))])
        }
        let mentions = nodes.flatMap { n in n.mentions.map { (n.id, $0) } }
        if !mentions.isEmpty {
            try await PG.run(c, log, """
                INSERT INTO mention (entity, document, sentence, start, "end", text)
                SELECT e, $1, s, b, f, t FROM unnest($2::text[], $3::int8[], $4::int8[], $5::int8[], $6::text[]) AS m(e, s, b, f, t)
                """, [.int(document), .texts(mentions.map(\.0)), .ints(mentions.map(\.1.sentence)), .ints(mentions.map(\.1.start)),
                      .ints(mentions.map(\.1.end)), .texts(mentions.map(\.1.text))])
        }
    }

    /// Edges and their evidence from one document, one statement each.
    static func insert(_ edges: [Edge], document: Int, _ c: PostgresConnection, _ log: Logger) async throws {
        guard !edges.isEmpty else { return }
        // DO UPDATE (to itself) rather than DO NOTHING, so every row's id comes back.
        var ids: [Edge.Key: Int] = [:]
        for r in try await PG.run(c, log, """
            INSERT INTO edge (source, type, target) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
            ON CONFLICT (source, type, target) DO UPDATE SET source = excluded.source RETURNING id, source, type, target
            """, [.texts(edges.map(\.source)), .texts(edges.map(\.type.rawValue)), .texts(edges.map(\.target))]) {
            guard let type = RelationType(rawValue: try r[2].decode(String.self)) else { continue }
            ids[Edge(source: try r[1].decode(String.self), type: type, target: try r[3].decode(String.self)).key] = try r[0].decode(Int.self)
        }
        // The document's attributes of the edge go with each of its sentences, so they leave with the document.
        let rows = edges.flatMap { edge in edge.evidence.map { (ids[edge.key] ?? -1, edge.attributes, $0) } }.filter { $0.0 >= 0 }
        guard !rows.isEmpty else { return }
        try await PG.run(c, log, """
            INSERT INTO evidence (edge, document, sentence, start, "end", text, trigger_start, trigger_end, trigger_text,
                cameo, rule, amount, currency, role, date)
            SELECT g, $1, s, b, f, t, NULLIF(tb, -1), NULLIF(tf, -1), NULLIF(tt, ''), NULLIF(cm, ''), NULLIF(r, ''),
                NULLIF(am, 'NaN'), NULLIF(cu, ''), NULLIF(ro, ''), NULLIF(d, '')
            FROM unnest($2::int8[], $3::int8[], $4::int8[], $5::int8[], $6::text[], $7::int8[], $8::int8[], $9::text[],
                $10::text[], $11::text[], $12::float8[], $13::text[], $14::text[], $15::text[])
                AS v(g, s, b, f, t, tb, tf, tt, cm, r, am, cu, ro, d)
            """, [.int(document), .ints(rows.map(\.0)), .ints(rows.map(\.2.sentence)), .ints(rows.map(\.2.start)), .ints(rows.map(\.2.end)),
                  .texts(rows.map(\.2.text)), .ints(rows.map(\.2.trigger?.start)), .ints(rows.map(\.2.trigger?.end)),
                  .texts(rows.map(\.2.trigger?.text)), .texts(rows.map(\.2.trigger?.cameo)), .texts(rows.map(\.2.rule)),
                  .reals(rows.map(\.1.amount?.value)), .texts(rows.map(\.1.amount?.currency)), .texts(rows.map(\.1.role)),
                  .texts(rows.map(\.1.date))])
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
