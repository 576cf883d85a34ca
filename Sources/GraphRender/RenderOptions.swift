import KnowledgeGraph

/// Graphviz layout engines the renderer accepts.
public enum LayoutEngine: String, CaseIterable, Sendable {
    case dot, neato, fdp, sfdp, circo, twopi

    /// The engine that lays out a graph of this size in seconds, not minutes.
    ///
    /// `dot` draws the most readable small graphs but grows super-linearly
    /// (Graphviz 2.43 on 2 cores: 1.1 s at 200 nodes, over 10 min at 2,000);
    /// `neato` suits a few hundred nodes; `sfdp` scales to thousands (0.7 s at 2,000).
    public static func automatic(nodeCount: Int) -> LayoutEngine {
        switch nodeCount {
        case ..<150: .dot
        case ..<500: .neato
        default: .sfdp
        }
    }
}

/// Which names label the nodes.
public enum LabelLanguage: String, CaseIterable, Sendable {
    case en, ar, both
}

/// Output formats of the renderer.
public enum RenderFormat: String, CaseIterable, Sendable {
    case svg, png, pdf, dot

    /// Graphviz's `format:renderer` name. PNG and PDF go through cairo with pango
    /// text layout, which shapes Arabic; `png:gd` would draw no Arabic at all.
    var graphvizFormat: String {
        switch self {
        case .svg: "svg"
        case .png: "png:cairo"
        case .pdf: "pdf:cairo"
        case .dot: "dot"
        }
    }
}

/// Nodes and edges to emphasise; everything else is drawn faded.
public struct Highlight: Sendable, Equatable {
    public var nodes: Set<String>
    public var edges: Set<Edge.Key>

    public init(nodes: Set<String>, edges: Set<Edge.Key>) {
        self.nodes = nodes
        self.edges = edges
    }
}

/// How to draw a graph.
public struct RenderOptions: Sendable, Equatable {
    public var format: RenderFormat
    /// nil picks by graph size (``LayoutEngine/automatic(nodeCount:)``).
    public var engine: LayoutEngine?
    public var labels: LabelLanguage
    /// Adds a legend of the node and relation types present.
    public var legend: Bool
    public var highlight: Highlight?
    /// Wraps each label line holding right-to-left text in Unicode isolates
    /// (U+2068…U+2069), so browsers and pango order mixed Arabic/Latin text alike.
    /// Off for DOT exports, whose text must stay exactly as in the graph.
    public var isolatesBidiText: Bool
    /// A line drawn above the graph, e.g. what a partial picture leaves out.
    public var caption: String?
    /// Gives each node and edge an SVG `id` (`kgn-N`, `kge-N`: its place in the graph's
    /// node and edge lists), so the HTML view can find them.
    public var elementIDs: Bool
    /// Evidence tooltips on nodes and edges. The HTML view shows evidence in its panel instead.
    public var tooltips: Bool

    public init(
        format: RenderFormat = .svg, engine: LayoutEngine? = nil, labels: LabelLanguage = .both,
        legend: Bool = true, highlight: Highlight? = nil, isolatesBidiText: Bool = true,
        caption: String? = nil, elementIDs: Bool = false, tooltips: Bool = true
    ) {
        self.format = format
        self.engine = engine
        self.labels = labels
        self.legend = legend
        self.highlight = highlight
        self.isolatesBidiText = isolatesBidiText
        self.caption = caption
        self.elementIDs = elementIDs
        self.tooltips = tooltips
    }
}
