import Foundation
import GraphStore
import KnowledgeGraph
import Logging
import PostgresNIO

extension PostgresStore {
    public func documents() throws(StoreError) -> [DocumentRecord] {
        try run("listing documents") { c, log in
            try await PG.run(c, log, "SELECT * FROM document ORDER BY id").map { r in
                DocumentRecord(identity: try r["identity"].decode(String.self), hash: try r["hash"].decode(String.self),
                               title: try r["title"].decode(String?.self), dateline: try r["dateline"].decode(String?.self),
                               language: try r["language"].decode(String.self), extractorVersion: try r["extractor_version"].decode(String.self),
                               bytes: try r["bytes"].decode(Int.self), addedAt: try r["added_at"].decode(String.self))
            }
        }
    }

    /// - Complexity: O(rows) in every table.
    public func extractedGraph() throws(StoreError) -> KnowledgeGraph {
        try run("reading the graph") { c, log in
            var identity: [Int: String] = [:]
            for r in try await PG.run(c, log, "SELECT id, identity FROM document") { identity[try r[0].decode(Int.self)] = try r[1].decode(String.self) }
            var rows = GraphRows()
            for r in try await PG.run(c, log, "SELECT * FROM entity") {
                try rows.entity(id: try r["id"].decode(String.self), label: try r["label"].decode(String.self), type: try r["type"].decode(String.self),
                                en: try r["name_en"].decode(String?.self), ar: try r["name_ar"].decode(String?.self),
                                wikidata: try r["wikidata"].decode(String?.self))
            }
            for r in try await PG.run(c, log, "SELECT entity, name FROM entity_name") { rows.name(try r[1].decode(String.self), of: try r[0].decode(String.self)) }
            for r in try await PG.run(c, log, #"SELECT entity, document, sentence, start, "end", text FROM mention"#) {
                rows.mention(Mention(document: identity[try r[1].decode(Int.self)] ?? "", sentence: try r[2].decode(Int.self),
                                     start: try r[3].decode(Int.self), end: try r[4].decode(Int.self), text: try r[5].decode(String.self)),
                             of: try r[0].decode(String.self))
            }
            for r in try await PG.run(c, log, "SELECT * FROM edge") {
                try rows.edge(id: Int64(try r["id"].decode(Int.self)), source: try r["source"].decode(String.self),
                              type: try r["type"].decode(String.self), target: try r["target"].decode(String.self))
            }
            for r in try await PG.run(c, log, "SELECT * FROM evidence ORDER BY document, id") {
                var trigger: Trigger?
                if let start = try r["trigger_start"].decode(Int?.self) {
                    trigger = Trigger(start: start, end: try r["trigger_end"].decode(Int.self), text: try r["trigger_text"].decode(String.self),
                                      cameo: try r["cameo"].decode(String?.self))
                }
                let amount = try r["amount"].decode(Double?.self)
                let currency = try r["currency"].decode(String?.self) ?? ""
                rows.evidence(
                    Evidence(document: identity[try r["document"].decode(Int.self)] ?? "", sentence: try r["sentence"].decode(Int.self),
                             start: try r["start"].decode(Int.self), end: try r["end"].decode(Int.self), text: try r["text"].decode(String.self),
                             trigger: trigger, rule: try r["rule"].decode(String?.self)),
                    edge: Int64(try r["edge"].decode(Int.self)),
                    attributes: EdgeAttributes(amount: amount.map { Amount(value: $0, currency: currency) },
                                               role: try r["role"].decode(String?.self), date: try r["date"].decode(String?.self)))
            }
            return rows.graph()
        }
    }

    public func corrections() throws(StoreError) -> [Correction] {
        try run("reading corrections") { c, log in
            try await PG.run(c, log, "SELECT kind, kept, merged FROM correction ORDER BY id").map { r in
                try r[0].decode(String.self) == "merge"
                    ? .merge(kept: try r[1].decode(String.self), merged: try r[2].decode(String.self)) : .split(try r[1].decode(String.self))
            }
        }
    }

    public func counts() throws(StoreError) -> StoreCounts {
        try run("counting") { c, log in
            func count(_ table: String) async throws -> Int { try await PG.int(c, log, "SELECT count(*) FROM \(table)") ?? 0 }
            var s = StoreCounts()
            s.documents = try await count("document")
            s.entities = try await count("entity")
            s.mentions = try await count("mention")
            s.edges = try await count("edge")
            s.evidence = try await count("evidence")
            s.corrections = try await count("correction")
            return s
        }
    }

    public func generation() throws(StoreError) -> Int {
        try run("reading the generation") { c, log in try await PG.int(c, log, "SELECT value FROM meta WHERE key = 'generation'") ?? 0 }
    }

    public func snapshot(generation: Int) throws(StoreError) -> (graph: GraphSnapshot, merges: [MergeRecord])? {
        try run("reading the saved graph") { c, log in
            guard let row = try await PG.run(c, log, "SELECT json FROM snapshot WHERE id = 1 AND generation = $1", [.int(generation)]).first else {
                return nil
            }
            var buffer = try row[0].decode(ByteBuffer.self)
            let json = buffer.readBytes(length: buffer.readableBytes) ?? []
            let merges = try await PG.run(c, log, "SELECT kept, merged, reason, forms FROM entity_merge ORDER BY kept, merged").map { r in
                MergeRecord(kept: try r[0].decode(String.self), merged: try r[1].decode(String.self), reason: try r[2].decode(String.self),
                            forms: (try? JSONDecoder().decode([String].self, from: Data(try r[3].decode(String.self).utf8))) ?? [])
            }
            return (.bytes(json), merges)
        }
    }
}
