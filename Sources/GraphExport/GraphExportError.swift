/// An error from exporting a graph.
public struct GraphExportError: Error, CustomStringConvertible, Sendable {
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        public let name: String
        public init(_ name: String) { self.name = name }
        public var description: String { name }

        /// The DOT writer (Graphviz) failed.
        public static let dot = Code("dot")
        /// The graph breaks the model's rules (an edge to a missing node).
        public static let invalidGraph = Code("invalidGraph")
        /// A folder format was asked for as one file.
        public static let folder = Code("folder")
    }

    public var code: Code
    public var message: String
    public var cause: (any Error & Sendable)?

    public init(_ code: Code, _ message: String, cause: (any Error & Sendable)? = nil) {
        self.code = code
        self.message = message
        self.cause = cause
    }

    public var description: String { message }
}
