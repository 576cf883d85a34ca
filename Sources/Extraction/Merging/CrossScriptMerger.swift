import KnowledgeGraph

/// One merge of two nodes, and why.
public struct NodeMerge: Sendable, Equatable {
    /// The node kept, and the node merged into it.
    public let kept: String
    public let merged: String
    public let rule: String
    public let forms: [String]

    /// "john-casson ← جون-كاسن (transliteration: John Casson = جون كاسن)".
    public var line: String { "\(kept) ← \(merged) (\(rule): \(forms.joined(separator: " = ")))" }
}

/// Merges a person named in Arabic with the same person named in Latin letters (جون كاسن, John
/// Casson) when their consonant skeletons are equal, long enough to mean something, and shared by
/// no other person: only strong, unambiguous matches. The Latin node keeps its id and gains the
/// Arabic name, mentions and edges. Deterministic: nodes are taken in id order.
public enum CrossScriptMerger {
    /// Skeletons shorter than this are too common to trust.
    static let shortest = 5

    public static func merge(_ graph: KnowledgeGraph) -> (KnowledgeGraph, [NodeMerge]) {
        let found = merges(in: graph)
        return (apply(found, to: graph), found)
    }

    /// The merges the graph's persons call for, sorted; none that names an id in `blocked`
    /// (a user's split keeps those nodes apart).
    public static func merges(in graph: KnowledgeGraph, blocked: Set<String> = []) -> [NodeMerge] {
        var latin: [[UInt8]: [Node]] = [:]
        var arabic: [[UInt8]: [Node]] = [:]
        for node in graph.nodes where node.type == .person && node.wikidata == nil {
            let key = Transliteration.skeleton(node.label)
            guard key.count >= shortest else { continue }
            if isArabic(node.label) { arabic[key, default: []].append(node) } else { latin[key, default: []].append(node) }
        }
        var merges: [NodeMerge] = []
        for (key, names) in arabic where names.count == 1 {
            guard let matches = latin[key], matches.count == 1 else { continue }
            guard !blocked.contains(matches[0].id), !blocked.contains(names[0].id) else { continue }
            merges.append(NodeMerge(kept: matches[0].id, merged: names[0].id, rule: "transliteration",
                                    forms: [matches[0].label, names[0].label]))
        }
        return merges.sorted { ($0.kept, $0.merged) < ($1.kept, $1.merged) }
    }

    /// Folds each merged node into its kept one. The names in both scripts stay: the Latin label
    /// as the English name, the Arabic one as the Arabic.
    public static func apply(_ merges: [NodeMerge], to graph: KnowledgeGraph) -> KnowledgeGraph {
        guard !merges.isEmpty else { return graph }
        var renamed: [String: String] = [:]
        for m in merges { renamed[m.merged] = m.kept }
        let targets = Set(renamed.values)
        return graph.folding(renamed) { node in
            if targets.contains(node.id) { node.names.en = node.names.en ?? node.label }
            if renamed[node.id] != nil { node.names.ar = node.names.ar ?? node.label }
        }
    }

    static func isArabic(_ s: String) -> Bool {
        s.unicodeScalars.contains { $0.value >= 0x0600 && $0.value <= 0x06FF }
    }
}
