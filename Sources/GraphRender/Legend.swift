import CGraphviz
import KnowledgeGraph

/// A key to the node shapes and relation colours present in the graph, drawn as small
/// plain nodes: with `dot`, a column in the first rank (`rank=same`: `rank=source` leaks
/// too); with the other engines, a column placed beside the finished layout.
///
/// Plain nodes on purpose: Graphviz 2.43 leaks memory on every layout of a
/// cluster (about 700 bytes) or an HTML-like label (about 460 bytes), measured
/// with `Benchmarks/RenderBenchmark --memory`.
struct Legend {
    var graph: KnowledgeGraph
    var text: InterfaceText
    var language: InterfaceText.Language

    typealias Entry = (name: String, attributes: [(String, String)])

    /// Title first, then node types, then relation types, each sorted.
    func entries() -> [Entry] {
        let title = text.text("legend.title", language)
        var entries: [Entry] = [("legend:title", [("shape", "plaintext"), ("label", title), ("tooltip", title)])]
        for type in Set(graph.nodes.map(\.type)).sorted() {
            let look = GraphStyle.look(type)
            let name = text.nodeType(type, language)
            entries.append(("legend:\(type.rawValue)", [
                ("shape", look.shape), ("style", look.style), ("fillcolor", look.fill), ("color", look.border),
                ("label", name), ("tooltip", language == .en ? "node type: \(name)" : name),
            ]))
        }
        for type in Set(graph.edges.map(\.type)).sorted() {
            let name = text.relation(type, language)
            let symmetric = type.isSymmetric ? " (\(text.text("legend.symmetric", language)))" : ""
            entries.append(("legend:\(type.rawValue)", [
                ("shape", "plaintext"), ("fontcolor", GraphStyle.color(type)),
                ("label", "\(arrow(type.isSymmetric ? "———" : "——▶")) \(name)"),
                ("tooltip", language == .en ? "relation: \(name)\(symmetric)" : "\(name)\(symmetric)"),
            ]))
        }
        return entries
    }

    /// In an Arabic line the arrow is isolated left to right (U+2066…U+2069), so its head
    /// stays at its right end, as in the drawing, rather than turning into the line.
    private func arrow(_ line: String) -> String {
        language == .ar ? "\u{2066}\(line)\u{2069}" : line
    }

    private static let look = [("height", "0.3"), ("fontsize", "10"), ("margin", "0.08,0.02")]

    /// Adds the legend column for `dot` and returns its bottom entry, which the builder ties to the graph.
    func add(to g: borrowing CGraph) throws(GraphRenderError) -> UnsafeMutablePointer<Agnode_t> {
        let column = try g.subgraph("legend")
        g.set(column, "rank", "same")
        // With rankdir=LR, dot stacks a rank's nodes bottom-up in creation order,
        // so the entries are made last to first.
        var bottom: UnsafeMutablePointer<Agnode_t>?
        for entry in entries().reversed() {
            let n = try g.node(entry.name, in: column)
            for (key, value) in entry.attributes + Self.look { g.set(n, key, value) }
            if bottom == nil { bottom = n }
        }
        // entries is never empty: it starts with the title.
        return bottom!
    }

    /// Places the legend as a column right of `box` (points: x0, y0, x1, y1), top-aligned,
    /// in a laid-out graph read back from DOT, for the `nop2` pass to draw where it stands.
    func place(on g: borrowing CGraph, rightOf box: (Double, Double, Double, Double)) throws(GraphRenderError) {
        let width = 130.0, step = 24.0
        let x = box.2 + 30 + width / 2
        for (i, entry) in entries().enumerated() {
            let n = try g.node(entry.name)
            for (key, value) in entry.attributes + Self.look { g.set(n, key, value) }
            g.set(n, "width", String(width / 72))
            g.set(n, "fixedsize", "true")
            g.set(n, "pos", "\(x),\(box.3 - 11 - Double(i) * step)!")
        }
    }
}
