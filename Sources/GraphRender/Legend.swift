import CGraphviz
import KnowledgeGraph

/// A key to the node shapes and relation colours present in the graph: a column
/// of small plain nodes in the first rank (`rank=same`: `rank=source` leaks too).
///
/// Plain nodes on purpose: Graphviz 2.43 leaks memory on every layout of a
/// cluster (about 700 bytes) or an HTML-like label (about 460 bytes), measured
/// with `Benchmarks/RenderBenchmark --memory`.
struct Legend {
    var graph: KnowledgeGraph

    /// Adds the legend column and returns its bottom entry, which the builder ties to the graph.
    func add(to g: borrowing CGraph) throws(GraphRenderError) -> UnsafeMutablePointer<Agnode_t> {
        var entries: [(name: String, attributes: [(String, String)])] = [
            ("legend:title", [("shape", "plaintext"), ("label", "Legend"), ("tooltip", "Legend")]),
        ]
        for type in Set(graph.nodes.map(\.type)).sorted() {
            let look = GraphStyle.look(type)
            entries.append(("legend:\(type.rawValue)", [
                ("shape", look.shape), ("style", look.style), ("fillcolor", look.fill), ("color", look.border),
                ("label", type.rawValue), ("tooltip", "node type: \(type.rawValue)"),
            ]))
        }
        for type in Set(graph.edges.map(\.type)).sorted() {
            entries.append(("legend:\(type.rawValue)", [
                ("shape", "plaintext"), ("fontcolor", GraphStyle.color(type)),
                ("label", "\(type.isSymmetric ? "———" : "——▶") \(type.rawValue)"),
                ("tooltip", "relation: \(type.rawValue)\(type.isSymmetric ? " (symmetric)" : "")"),
            ]))
        }
        let column = try g.subgraph("legend")
        g.set(column, "rank", "same")
        // With rankdir=LR, dot stacks a rank's nodes bottom-up in creation order,
        // so the entries are made last to first.
        var bottom: UnsafeMutablePointer<Agnode_t>?
        for entry in entries.reversed() {
            let n = try g.node(entry.name, in: column)
            for (key, value) in entry.attributes + [("height", "0.3"), ("fontsize", "10"), ("margin", "0.08,0.02")] {
                g.set(n, key, value)
            }
            if bottom == nil { bottom = n }
        }
        // entries is never empty: it starts with the title.
        return bottom!
    }
}
