/// An error from the graph model: reading, validating or writing a graph.
public struct KnowledgeGraphError: Error, CustomStringConvertible, Sendable {
    /// What went wrong, as a value that can grow without breaking callers.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        public let name: String
        public init(_ name: String) { self.name = name }
        public var description: String { name }

        public static let invalidJSON = Code("invalidJSON")
        public static let unknownNodeType = Code("unknownNodeType")
        public static let unknownRelationType = Code("unknownRelationType")
        public static let danglingEdge = Code("danglingEdge")
        public static let duplicateNode = Code("duplicateNode")
        public static let selfLoop = Code("selfLoop")
        public static let io = Code("io")
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
