extension KnowledgeGraph {
    /// The graph with each node named in `renamed` folded into the node it maps to: the kept
    /// node's label, type and names win, the folded node's aliases and mentions join it, and its
    /// edges move to it. Chains (a → b, b → c) fold to their end; an edge that would join a node
    /// to itself is dropped.
    /// `adjusting` changes each node, seen under its own id, before it folds: one pass, where
    /// adjusting first and folding after built the graph twice.
    /// - Complexity: O((n + m) log(n + m)) for the sorted reads, plus the length of the chains.
    public func folding(_ renamed: [String: String], adjusting: (inout Node) -> Void = { _ in }) -> KnowledgeGraph {
        guard !renamed.isEmpty else { return self }
        func root(_ id: String) -> String {
            var current = id
            var steps = 0
            // A cycle (a → b, b → a) stops after as many steps as there are renames.
            while let next = renamed[current], next != current, steps <= renamed.count {
                current = next
                steps += 1
            }
            return current
        }
        var out = KnowledgeGraph()
        let nodes = self.nodes
        let kept = Set(renamed.keys.map(root))
        // Kept nodes first, so their records win over what folds into them.
        for var node in nodes where kept.contains(node.id) {
            adjusting(&node)
            out.add(node)
        }
        for var node in nodes where !kept.contains(node.id) {
            adjusting(&node)
            node.id = root(node.id)
            out.add(node)
        }
        for edge in edges {
            let source = root(edge.source), target = root(edge.target)
            guard source != target else { continue }
            out.add(Edge(source: source, type: edge.type, target: target, attributes: edge.attributes, evidence: edge.evidence))
        }
        return out
    }
}
