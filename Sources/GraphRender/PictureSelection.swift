import KnowledgeGraph

/// What a static picture shows of a graph: entities with no relation are left out with a
/// count, and past `limit` entities only the most connected part is drawn, so the picture
/// stays readable. The caption says what was left out.
public struct PictureSelection: Sendable {
    /// The part to draw.
    public var graph: KnowledgeGraph
    /// What the picture leaves out, in the interface language; nil when it shows everything.
    public var caption: String?

    /// The whole graph, with no caption.
    public init(whole graph: KnowledgeGraph) {
        self.graph = graph
        caption = nil
    }

    /// Chooses the part of `graph` to draw.
    ///
    /// Entities weigh the sum of their relations, each counted as one plus its evidence.
    /// Past `limit`, the part grows from the heaviest entity by always taking the heaviest
    /// neighbour next, and starts again from the heaviest entity left when a component is
    /// used up; ties go by id, so the choice is the same on every run.
    /// - Parameter mentionsWholeGraph: the caption points to `graph.html` for the rest.
    /// - Complexity: O(n log n + m).
    public init(
        _ graph: KnowledgeGraph, limit: Int, language: InterfaceText.Language, mentionsWholeGraph: Bool
    ) throws(GraphRenderError) {
        // `edges` and `nodes` sort on every access: read them once.
        let allEdges = graph.edges
        var weight: [String: Int] = [:]
        for edge in allEdges {
            weight[edge.source, default: 0] += 1 + edge.evidence.count
            weight[edge.target, default: 0] += 1 + edge.evidence.count
        }
        let isolated = graph.nodeCount - weight.count
        guard graph.edgeCount > 0, isolated > 0 || weight.count > limit else {
            self.graph = graph
            caption = nil
            return
        }
        let kept = weight.count > limit ? Self.mostConnected(allEdges, weight: weight, limit: limit) : Set(weight.keys)
        var part = KnowledgeGraph()
        var joined = Set<String>()
        let edges = allEdges.filter { kept.contains($0.source) && kept.contains($0.target) }
        for edge in edges { joined.insert(edge.source); joined.insert(edge.target) }
        for node in graph.nodes where joined.contains(node.id) { part.add(node) }
        for edge in edges { part.add(edge) }
        self.graph = part

        let text = try InterfaceText.builtIn()
        var parts: [String] = []
        if weight.count > limit {
            parts.append(text.text("caption.top", language, ["shown": String(joined.count), "total": String(graph.nodeCount)]))
        }
        if isolated > 0 { parts.append(text.text("caption.isolated", language, ["count": String(isolated)])) }
        if mentionsWholeGraph { parts.append(text.text("caption.whole", language)) }
        caption = parts.joined(separator: language == .ar ? "؛ " : "; ")
    }

    /// `limit` entities grown as connected pieces, heaviest first.
    /// - Complexity: O(limit × frontier + m).
    static func mostConnected(_ edges: [Edge], weight: [String: Int], limit: Int) -> Set<String> {
        var neighbours: [String: [String]] = [:]
        for edge in edges {
            neighbours[edge.source, default: []].append(edge.target)
            neighbours[edge.target, default: []].append(edge.source)
        }
        func heavier(_ a: String, _ b: String) -> Bool {
            let (wa, wb) = (weight[a] ?? 0, weight[b] ?? 0)
            return wa != wb ? wa > wb : a < b
        }
        let seeds = weight.keys.sorted(by: heavier)
        var kept = Set<String>()
        var frontier = Set<String>()
        var nextSeed = 0
        while kept.count < limit {
            if frontier.isEmpty {
                while nextSeed < seeds.count, kept.contains(seeds[nextSeed]) { nextSeed += 1 }
                guard nextSeed < seeds.count else { break }
                frontier.insert(seeds[nextSeed])
            }
            let best = frontier.min(by: heavier)!
            frontier.remove(best)
            kept.insert(best)
            for n in neighbours[best] ?? [] where !kept.contains(n) { frontier.insert(n) }
        }
        return kept
    }
}
