/// An error from laying out or rendering a graph, keeping Graphviz's own message.
public struct GraphRenderError: Error, CustomStringConvertible, Sendable {
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        public let name: String
        public init(_ name: String) { self.name = name }
        public var description: String { name }

        /// Graphviz failed to build the graph (agopen, agnode, agedge, agattr).
        public static let graphConstruction = Code("graphConstruction")
        /// gvLayout failed.
        public static let layout = Code("layout")
        /// gvRenderData failed, e.g. for an unsupported format.
        public static let render = Code("render")
        /// Writing DOT through agwrite failed.
        public static let write = Code("write")
        /// The graph breaks the model's rules (an edge to a missing node).
        public static let invalidGraph = Code("invalidGraph")
        /// A resource file shipped with kg is missing or malformed.
        public static let resource = Code("resource")
    }

    public var code: Code
    public var message: String
    /// Graphviz's own text from `aglasterr`, when it said anything.
    public var graphvizMessage: String?

    public init(_ code: Code, _ message: String, graphvizMessage: String? = nil) {
        self.code = code
        self.message = message
        self.graphvizMessage = graphvizMessage
    }

    public var description: String {
        guard let g = graphvizMessage, !g.isEmpty else { return message }
        return "\(message): \(g)"
    }
}
