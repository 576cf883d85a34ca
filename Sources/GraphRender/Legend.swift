import CGraphviz
import KnowledgeGraph

/// A key to the node shapes and relation colours present in the graph, drawn as
/// one HTML-like table node in its own cluster.
struct Legend {
    var graph: KnowledgeGraph

    func add(to g: borrowing CGraph) throws(GraphRenderError) {
        let nodeTypes = Set(graph.nodes.map(\.type)).sorted()
        let relationTypes = Set(graph.edges.map(\.type)).sorted()
        var rows = ["<tr><td colspan=\"2\"><b>Legend</b></td></tr>"]
        for type in nodeTypes {
            let look = GraphStyle.look(type)
            rows.append("<tr><td bgcolor=\"\(look.fill)\" border=\"1\" color=\"\(look.border)\" width=\"24\"></td><td align=\"left\">\(type.rawValue) (\(look.shape))</td></tr>")
        }
        for type in relationTypes {
            let color = GraphStyle.color(type)
            let mark = type.isSymmetric ? "———" : "——▶"
            rows.append("<tr><td><font color=\"\(color)\">\(mark)</font></td><td align=\"left\"><font color=\"\(color)\">\(type.rawValue)</font></td></tr>")
        }
        let table = "<table border=\"0\" cellborder=\"0\" cellspacing=\"2\" cellpadding=\"2\">\(rows.joined())</table>"
        let cluster = try g.subgraph("cluster_legend")
        g.set(cluster, "label", "")
        g.set(cluster, "color", "#bbbbbb")
        let node = try g.node("legend", in: cluster)
        g.set(node, "shape", "plain")
        g.set(node, "style", "")
        g.set(node, "tooltip", "Legend")
        g.setHTMLLabel(node, table)
    }
}
