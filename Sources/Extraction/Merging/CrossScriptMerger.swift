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
        var latin: [[UInt8]: [Node]] = [:]
        var arabic: [[UInt8]: [Node]] = [:]
        for node in graph.nodes where node.type == .person && node.wikidata == nil {
            let key = Transliteration.skeleton(node.label)
            guard key.count >= shortest else { continue }
            if isArabic(node.label) { arabic[key, default: []].append(node) } else { latin[key, default: []].append(node) }
        }
        var renamed: [String: String] = [:]
        var merges: [NodeMerge] = []
        for (key, names) in arabic where names.count == 1 {
            guard let matches = latin[key], matches.count == 1 else { continue }
            renamed[names[0].id] = matches[0].id
            merges.append(NodeMerge(kept: matches[0].id, merged: names[0].id, rule: "transliteration",
                                    forms: [matches[0].label, names[0].label]))
        }
        guard !merges.isEmpty else { return (graph, []) }
        let targets = Set(renamed.values)
        var out = KnowledgeGraph()
        for var node in graph.nodes {
            // Names in both scripts: the Latin label as the English name, the Arabic one as the Arabic.
            if targets.contains(node.id) { node.names.en = node.names.en ?? node.label }
            if let target = renamed[node.id] {
                node.names.ar = node.names.ar ?? node.label
                node.id = target
            }
            out.add(node)
        }
        for edge in graph.edges {
            let source = renamed[edge.source] ?? edge.source
            let target = renamed[edge.target] ?? edge.target
            guard source != target else { continue }
            out.add(Edge(source: source, type: edge.type, target: target, attributes: edge.attributes, evidence: edge.evidence))
        }
        return (out, merges.sorted { ($0.kept, $0.merged) < ($1.kept, $1.merged) })
    }

    static func isArabic(_ s: String) -> Bool {
        s.unicodeScalars.contains { $0.value >= 0x0600 && $0.value <= 0x06FF }
    }
}
