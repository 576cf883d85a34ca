/// An error from the extraction pipeline: reading a document or a lexicon.
public struct ExtractionError: Error, CustomStringConvertible, Sendable {
    /// What went wrong, as a value that can grow without breaking callers.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        public let name: String
        public init(_ name: String) { self.name = name }
        public var description: String { name }

        public static let io = Code("io")
        public static let invalidUTF8 = Code("invalidUTF8")
        public static let binaryFile = Code("binaryFile")
        public static let invalidLexicon = Code("invalidLexicon")
        public static let missingResource = Code("missingResource")
        public static let invalidModel = Code("invalidModel")
        public static let invalidData = Code("invalidData")
        public static let invalidRules = Code("invalidRules")
        public static let invalidTable = Code("invalidTable")
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
