import CGraphviz
import KnowledgeGraph

/// Builds the cgraph graph for a knowledge graph through the cgraph API:
/// nodes and edges styled by type, tooltips carrying the evidence.
/// Call only while holding the Graphviz lock.
struct CGraphBuilder {
    var options: RenderOptions
    var text: InterfaceText

    func build(_ graph: KnowledgeGraph) throws(GraphRenderError) -> CGraph {
        let g = try CGraph(name: "knowledge_graph", directed: true)
        let isolate = options.isolatesBidiText
        let engine = options.engine ?? .automatic(nodeCount: graph.nodeCount)
        let language = InterfaceText.Language(options.labels)

        try g.declare(AGRAPH, "fontname", default: GraphStyle.fontName)
        try g.declare(AGRAPH, "rankdir", default: "LR")
        try g.declare(AGRAPH, "overlap", default: engine == .dot ? "true" : "prism")
        try g.declare(AGRAPH, "outputorder", default: "edgesfirst")
        // sfdp and friends start from random positions; a fixed seed keeps output byte-identical.
        try g.declare(AGRAPH, "start", default: "1")
        try g.declare(AGNODE, "fontname", default: GraphStyle.fontName)
        try g.declare(AGNODE, "fontsize", default: "11")
        try g.declare(AGEDGE, "fontname", default: GraphStyle.fontName)
        try g.declare(AGEDGE, "fontsize", default: "9")
        if let caption = options.caption {
            g.set(g.raw, "label", LabelText.escaped(caption, isolatingBidi: isolate))
            g.set(g.raw, "labelloc", "t")
            g.set(g.raw, "labeljust", "l")
            g.set(g.raw, "fontsize", "12")
        }
        for name in ["shape", "style", "fillcolor", "color", "fontcolor", "label", "tooltip", "penwidth", "height", "margin"] {
            try g.declare(AGNODE, name, default: name == "label" ? "\\N" : "")
        }
        for name in ["color", "fontcolor", "label", "tooltip", "dir", "penwidth", "labeltooltip", "style"] {
            try g.declare(AGEDGE, name, default: "")
        }

        let highlight = options.highlight
        var labels: [String: String] = [:]
        var cnodes: [String: UnsafeMutablePointer<Agnode_t>] = [:]
        let names = NodeNames.names(for: graph.nodes)
        for (index, node) in graph.nodes.enumerated() {
            let n = try g.node(names[node.id] ?? node.id)
            if options.elementIDs { g.set(n, "id", "kgn-\(index)") }
            cnodes[node.id] = n
            labels[node.id] = node.label
            let look = GraphStyle.look(node.type)
            let faded = highlight.map { !$0.nodes.contains(node.id) } ?? false
            g.set(n, "shape", look.shape)
            g.set(n, "style", look.style)
            g.set(n, "fillcolor", faded ? GraphStyle.fadedFill : look.fill)
            g.set(n, "color", faded ? GraphStyle.fadedLine : look.border)
            if faded { g.set(n, "fontcolor", GraphStyle.fadedText) }
            if highlight != nil, !faded { g.set(n, "penwidth", "2.5") }
            g.set(n, "label", LabelText.escaped(LabelText.nodeLabel(node, language: options.labels), isolatingBidi: isolate))
            if options.tooltips { g.set(n, "tooltip", LabelText.escaped(LabelText.nodeTooltip(node, text: text, language: language), isolatingBidi: false)) }
        }

        let edges = graph.edges
        let reversed = laysOutWithDot(engine) ? Self.cycleClosingEdges(graph.nodes, edges) : []
        var drawnHeads = Set<String>()
        for (index, edge) in edges.enumerated() {
            guard let tail = cnodes[edge.source], let head = cnodes[edge.target] else {
                throw GraphRenderError(.graphConstruction, "edge \(edge.source) -\(edge.type.rawValue)-> \(edge.target) names a node the graph does not have")
            }
            let flip = reversed.contains(index)
            let e = try g.edge(from: flip ? head : tail, to: flip ? tail : head)
            if options.elementIDs { g.set(e, "id", "kge-\(index)") }
            drawnHeads.insert(flip ? edge.source : edge.target)
            let faded = highlight.map { !$0.edges.contains(edge.key) } ?? false
            let color = faded ? GraphStyle.fadedLine : GraphStyle.color(edge.type)
            g.set(e, "color", color)
            g.set(e, "fontcolor", faded ? GraphStyle.fadedText : color)
            if edge.type.isSymmetric {
                g.set(e, "dir", "none")
            } else if flip {
                g.set(e, "dir", "back")
            }
            if highlight != nil, !faded { g.set(e, "penwidth", "2.5") }
            g.set(e, "label", LabelText.escaped(LabelText.edgeLabel(edge, text: text, language: language), isolatingBidi: isolate))
            guard options.tooltips else { continue }
            let tooltip = LabelText.escaped(
                LabelText.edgeTooltip(
                    edge, sourceLabel: labels[edge.source] ?? edge.source, targetLabel: labels[edge.target] ?? edge.target,
                    text: text, language: language),
                isolatingBidi: false)
            g.set(e, "tooltip", tooltip)
            g.set(e, "labeltooltip", tooltip)
        }

        // Force-directed engines have no fixed place for a legend column.
        if options.legend, engine == .dot, graph.nodeCount > 0 {
            let anchor = try Legend(graph: graph, text: text, language: language).add(to: g)
            // Invisible edges from the legend to every node nothing points at keep
            // the legend alone in the first column, apart from unconnected entities.
            for node in graph.nodes where !drawnHeads.contains(node.id) {
                guard let n = cnodes[node.id] else { continue }
                let e = try g.edge(from: anchor, to: n)
                g.set(e, "style", "invis")
                g.set(e, "weight", "0")
            }
        }
        return g
    }

    /// Whether `dot` will lay this graph out here; DOT output is left exactly as the model says.
    private func laysOutWithDot(_ engine: LayoutEngine) -> Bool {
        engine == .dot && options.format != .dot
    }

    private static func cycleClosingEdges(_ nodes: [Node], _ edges: [Edge]) -> Set<Int> {
        var index: [String: Int] = [:]
        for (i, n) in nodes.enumerated() { index[n.id] = i }
        let pairs = edges.map { (source: index[$0.source] ?? 0, target: index[$0.target] ?? 0) }
        return CycleBreaker.backEdges(nodeCount: nodes.count, edges: pairs)
    }
}
