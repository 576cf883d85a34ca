import KnowledgeGraph

/// A document as the store knows it.
public struct DocumentRecord: Sendable, Equatable, Codable {
    /// Where the document came from: its full path (or URL). Evidence and mentions name the
    /// document by this, so two files called `report.txt` stay two documents.
    public var identity: String
    /// SHA-256 of the document's bytes, as lowercase hex.
    public var hash: String
    public var title: String?
    /// The dateline's date as written by the extractor (`4 March 2024`), when there is one.
    public var dateline: String?
    public var language: String
    /// What extracted it (kg's version and a digest of its resources and options); a document
    /// extracted by another version is stale.
    public var extractorVersion: String
    public var bytes: Int
    /// When it was added or last re-extracted, ISO 8601 in UTC.
    public var addedAt: String

    public init(identity: String, hash: String, title: String?, dateline: String?, language: String,
                extractorVersion: String, bytes: Int, addedAt: String) {
        self.identity = identity
        self.hash = hash
        self.title = title
        self.dateline = dateline
        self.language = language
        self.extractorVersion = extractorVersion
        self.bytes = bytes
        self.addedAt = addedAt
    }
}

/// A user's correction of the store's entities, kept apart from what extraction finds so it
/// survives re-extraction.
public enum Correction: Sendable, Equatable, Codable {
    /// `merged` is the same entity as `kept`.
    case merge(kept: String, merged: String)
    /// The entity is kept apart from anything merged into it or it into.
    case split(String)
}

/// One merge in force in the store's graph, with its reason.
public struct MergeRecord: Sendable, Equatable, Codable {
    public var kept: String
    public var merged: String
    /// `transliteration` (the cross-script matcher) or `user`.
    public var reason: String
    /// The names that matched, when a rule merged them.
    public var forms: [String]

    public init(kept: String, merged: String, reason: String, forms: [String] = []) {
        self.kept = kept
        self.merged = merged
        self.reason = reason
        self.forms = forms
    }
}

/// Counts of what a store holds.
public struct StoreCounts: Sendable, Equatable, Codable {
    public var documents = 0
    public var entities = 0
    public var mentions = 0
    public var edges = 0
    public var evidence = 0
    public var corrections = 0
    public init() {}
}

/// What removing documents took away.
public struct Removal: Sendable, Equatable {
    public var documents = 0
    public var evidence = 0
    public var mentions = 0
    /// Edges left with no evidence, and so gone.
    public var edges = 0
    public var entities = 0
    public init() {}
}

/// Where a growing corpus's graph lives: documents, entities with their names, mentions, edges
/// and evidence, and the user's corrections. Each change is one transaction, so an interrupted
/// ingest loses at most the document in flight.
///
/// SQLite (``SQLiteStore``) is the first implementation.
public protocol GraphStore: Sendable {
    /// Where the store is, for messages: a file path, or a URL without its password.
    var location: String { get }
    /// The database's own check of the store: `["ok"]`, or the problems found.
    func integrityCheck() throws(StoreError) -> [String]
    /// Every document, in the order first added.
    func documents() throws(StoreError) -> [DocumentRecord]
    /// Replaces what the store holds from `record.identity` by `graph`, the graph of that one
    /// document (its evidence and mentions name the document by its identity).
    func put(_ record: DocumentRecord, graph: KnowledgeGraph) throws(StoreError)
    /// Removes the documents and all that came only from them; an edge left with no evidence goes.
    func remove(_ identities: [String]) throws(StoreError) -> Removal
    /// The union of every document's graph, before merges and corrections.
    func extractedGraph() throws(StoreError) -> KnowledgeGraph
    func corrections() throws(StoreError) -> [Correction]
    func add(_ correction: Correction) throws(StoreError)
    func counts() throws(StoreError) -> StoreCounts
    /// A number that changes with every change to the store's graph.
    func generation() throws(StoreError) -> Int
    /// The graph's JSON and merges saved for `generation`, if any.
    func snapshot(generation: Int) throws(StoreError) -> (graph: GraphSnapshot, merges: [MergeRecord])?
    /// Saves the graph made at `generation`, unless the store changed since.
    func saveSnapshot(generation: Int, json: [UInt8], merges: [MergeRecord]) throws(StoreError)
}

/// Where a store's graph JSON is: a file to map, as a JSON graph file is read, or bytes.
public enum GraphSnapshot: Sendable, Equatable {
    case file(String)
    case bytes([UInt8])
}
