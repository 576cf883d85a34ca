/// An error from a store: opening it, reading or writing it.
public struct StoreError: Error, CustomStringConvertible, Sendable {
    /// What went wrong, as a value that can grow without breaking callers.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        public let name: String
        public init(_ name: String) { self.name = name }
        public var description: String { name }

        /// The file is missing, or is not a kg store.
        public static let open = Code("open")
        /// The database refused a read or write; the message is the database's own.
        public static let database = Code("database")
        /// A document or entity the store does not hold.
        public static let notFound = Code("notFound")
        /// The store was written by a newer kg.
        public static let version = Code("version")
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
