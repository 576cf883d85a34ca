/// An error from loading a graph for queries, resolving a name, or answering a query.
public struct GraphQueryError: Error, CustomStringConvertible, Sendable {
    /// What went wrong, as a value that can grow without breaking callers.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        public let name: String
        public init(_ name: String) { self.name = name }
        public var description: String { name }

        public static let io = Code("io")
        public static let badTSV = Code("badTSV")
        public static let badJSON = Code("badJSON")
        public static let unknownNode = Code("unknownNode")
        public static let unknownNodeType = Code("unknownNodeType")
        public static let unknownRelationType = Code("unknownRelationType")
        public static let ambiguousName = Code("ambiguousName")
        public static let unknownName = Code("unknownName")
        public static let noPath = Code("noPath")
        public static let badArgument = Code("badArgument")
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
