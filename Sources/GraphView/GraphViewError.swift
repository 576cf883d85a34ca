/// An error from writing the HTML view.
public struct GraphViewError: Error, CustomStringConvertible, Sendable {
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        public let name: String
        public init(_ name: String) { self.name = name }
        public var description: String { name }

        /// The drawing inside the page failed.
        public static let drawing = Code("drawing")
        /// The graph breaks the model's rules.
        public static let invalidGraph = Code("invalidGraph")
        /// A file of the page shipped with kg is missing.
        public static let resource = Code("resource")
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
