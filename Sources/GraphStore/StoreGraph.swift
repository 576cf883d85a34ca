import Extraction
import KnowledgeGraph

/// The graph a store stands for: every document's graph united by entity id, then the
/// cross-script merges (unless a user split one), then the user's own merges.
public enum StoreGraph {
    /// - Complexity: O(rows of the store), plus the merges' sorting.
    public static func graph(of store: any GraphStore) throws(StoreError) -> (graph: KnowledgeGraph, merges: [MergeRecord]) {
        let extracted = try store.extractedGraph()
        let corrections = try store.corrections()
        var blocked = Set<String>()
        var userMerges: [(kept: String, merged: String)] = []
        for c in corrections {
            switch c {
            case .split(let id): blocked.insert(id)
            case .merge(let kept, let merged): userMerges.append((kept, merged))
            }
        }
        let automatic = CrossScriptMerger.merges(in: extracted, blocked: blocked)
        var graph = CrossScriptMerger.apply(automatic, to: extracted)
        var records = automatic.map { MergeRecord(kept: $0.kept, merged: $0.merged, reason: $0.rule, forms: $0.forms) }
        var renamed: [String: String] = [:]
        for m in userMerges where m.kept != m.merged {
            renamed[m.merged] = m.kept
            records.append(MergeRecord(kept: m.kept, merged: m.merged, reason: "user"))
        }
        graph = graph.folding(renamed)
        return (graph, records.sorted { ($0.kept, $0.merged) < ($1.kept, $1.merged) })
    }

    /// The graph's JSON: the saved snapshot when nothing changed since it was made, else made
    /// now and saved for the next reader (when the store can be written).
    public static func json(of store: any GraphStore) throws(StoreError) -> (graph: GraphSnapshot, merges: [MergeRecord]) {
        let generation = try store.generation()
        if let saved = try store.snapshot(generation: generation) { return saved }
        let (graph, merges) = try graph(of: store)
        let json: [UInt8]
        do { json = Array(try GraphJSON.encode(graph)) } catch {
            throw StoreError(.database, "the store's graph is not valid: \(error.message)")
        }
        // A read-only store still answers; it only cannot keep the answer for next time.
        try? store.saveSnapshot(generation: generation, json: json, merges: merges)
        return (.bytes(json), merges)
    }
}
