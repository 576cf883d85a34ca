/// Deterministic random graphs for tests and benchmarks: every node type, every
/// relation type, bilingual names, each node linked to earlier ones.
package enum SyntheticGraph {
    package static func make(nodes count: Int, edgesPerNode: Int = 2, seed: UInt64 = 42) -> KnowledgeGraph {
        var g = KnowledgeGraph()
        let types = NodeType.allCases
        for i in 0..<count {
            g.add(Node(id: "n\(i)", label: "Entity \(i)", type: types[i % types.count],
                       names: Names(en: "Entity \(i)", ar: "كيان \(i)")))
        }
        var state = seed
        for i in 1..<max(count, 1) {
            for _ in 0..<edgesPerNode {
                // A 64-bit LCG: enough spread for layouts, identical on every platform.
                state = state &* 6364136223846793005 &+ 1442695040888963407
                let j = Int(state >> 33) % i
                let type = RelationType.allCases[Int(state >> 20) % RelationType.allCases.count]
                g.add(Edge(source: "n\(i)", type: type, target: "n\(j)"))
            }
        }
        return g
    }
}
