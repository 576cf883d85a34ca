import Foundation
import GRDB
import KnowledgeGraph

/// The store in one SQLite file (`.kgdb`), through GRDB. Write-ahead logging, and each change in
/// one transaction: a killed ingest leaves a store that opens, with every document it finished.
public final class SQLiteStore: GraphStore {
    let queue: DatabaseQueue
    /// The file, for messages.
    public let path: String
    /// The graph's JSON as of the last query, beside the store (`news.kgdb-graph.json`), so
    /// later queries map it as they map a JSON graph instead of reading a blob.
    public var snapshotPath: String { path + "-graph.json" }
    public var location: String { path }

    /// Marks a kg store among SQLite files (`PRAGMA application_id`): "kgdb" in ASCII.
    static let applicationID: Int32 = 0x6B67_6462

    /// Opens the store at `path`; `create` makes a new one when there is none.
    public init(path: String, create: Bool = false) throws(StoreError) {
        self.path = path
        let exists = FileManager.default.fileExists(atPath: path)
        if !exists, !create {
            throw StoreError(.notFound, "no store at \(path); kg add FILES --store \(path) creates one")
        }
        // Before SQLite opens it (and turns on write-ahead logging): another kind of file is left untouched.
        if exists { try Self.checkHeader(path) }
        var config = Configuration()
        config.journalMode = .wal
        config.foreignKeysEnabled = true
        config.label = path
        config.prepareDatabase { db in
            // WAL with NORMAL sync keeps every committed document through a crash of kg; only a
            // power cut may lose the last ones, never the file.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try db.execute(sql: "PRAGMA busy_timeout = 10000")
        }
        do {
            queue = try DatabaseQueue(path: path, configuration: config)
        } catch {
            throw Self.failure(error, "cannot open the store \(path)")
        }
        try migrate(isNew: !exists)
    }

    /// Refuses a file that is not SQLite, or SQLite that another program marked as its own. An
    /// empty file, or SQLite with no mark and (checked later) no tables, becomes a new store.
    static func checkHeader(_ path: String) throws(StoreError) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StoreError(.open, "cannot read the store \(path)")
        }
        defer { try? handle.close() }
        let header = [UInt8]((try? handle.read(upToCount: 100)) ?? Data())
        guard !header.isEmpty else { return }
        guard header.count == 100, header.prefix(16) == ArraySlice("SQLite format 3\u{0}".utf8) else {
            throw StoreError(.open, "\(path) is not a kg store (not an SQLite file)")
        }
        // Bytes 68-71: PRAGMA application_id, big-endian.
        let id = header[68..<72].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        guard id == 0 || id == UInt32(bitPattern: applicationID) else {
            throw StoreError(.open, "\(path) is an SQLite database but not a kg store")
        }
    }

    private func migrate(isNew: Bool) throws(StoreError) {
        let migrator = Self.migrator
        do {
            // Read first: a store that is up to date opens without a write.
            let upToDate = try queue.read { db in
                let id = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
                if id != Self.applicationID, tables > 0 {
                    throw StoreError(.open, "\(path) is an SQLite database but not a kg store")
                }
                if try migrator.hasBeenSuperseded(db) {
                    throw StoreError(.version, "\(path) was written by a newer kg; this kg cannot read it")
                }
                return try migrator.hasCompletedMigrations(db)
            }
            if !upToDate { try migrator.migrate(queue) }
        } catch let error as StoreError {
            throw error
        } catch {
            throw Self.failure(error, isNew ? "cannot create the store \(path)" : "cannot open the store \(path)")
        }
    }

    /// The schema, one migration per version; a migration never changes once released.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.execute(sql: schemaV1)
        }
        return migrator
    }

    static let schemaV1 = """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        INSERT INTO meta VALUES ('generation', '0');
        CREATE TABLE document (
            id INTEGER PRIMARY KEY,
            identity TEXT NOT NULL UNIQUE,
            hash TEXT NOT NULL,
            title TEXT, dateline TEXT,
            language TEXT NOT NULL,
            extractor_version TEXT NOT NULL,
            bytes INTEGER NOT NULL,
            added_at TEXT NOT NULL);
        CREATE TABLE entity (
            id TEXT PRIMARY KEY,
            label TEXT NOT NULL, type TEXT NOT NULL,
            name_en TEXT, name_ar TEXT, wikidata TEXT) WITHOUT ROWID;
        CREATE TABLE entity_name (
            entity TEXT NOT NULL REFERENCES entity(id),
            document INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            PRIMARY KEY (entity, document, name)) WITHOUT ROWID;
        CREATE INDEX entity_name_document ON entity_name(document);
        CREATE TABLE mention (
            id INTEGER PRIMARY KEY,
            entity TEXT NOT NULL REFERENCES entity(id),
            document INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
            sentence INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            text TEXT NOT NULL);
        CREATE INDEX mention_entity ON mention(entity);
        CREATE INDEX mention_document ON mention(document);
        CREATE TABLE edge (
            id INTEGER PRIMARY KEY,
            source TEXT NOT NULL REFERENCES entity(id),
            type TEXT NOT NULL,
            target TEXT NOT NULL REFERENCES entity(id),
            UNIQUE (source, type, target));
        CREATE INDEX edge_target ON edge(target);
        CREATE TABLE evidence (
            id INTEGER PRIMARY KEY,
            edge INTEGER NOT NULL REFERENCES edge(id),
            document INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
            sentence INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            trigger_start INTEGER, trigger_end INTEGER, trigger_text TEXT, cameo TEXT,
            rule TEXT,
            amount REAL, currency TEXT, role TEXT, date TEXT);
        CREATE INDEX evidence_edge ON evidence(edge);
        CREATE INDEX evidence_document ON evidence(document);
        CREATE TABLE correction (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('merge', 'split')),
            kept TEXT NOT NULL, merged TEXT);
        CREATE TABLE entity_merge (
            kept TEXT NOT NULL, merged TEXT NOT NULL PRIMARY KEY,
            reason TEXT NOT NULL, forms TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE snapshot (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            generation INTEGER NOT NULL,
            bytes INTEGER NOT NULL);
        """

    /// A GRDB or SQLite failure as a store error with SQLite's own message, no framework codes.
    static func failure(_ error: any Error, _ what: String) -> StoreError {
        if let e = error as? StoreError { return e }
        if let e = error as? DatabaseError {
            return StoreError(.database, "\(what): \(e.message ?? "SQLite error")", cause: e)
        }
        return StoreError(.database, "\(what): \(error)")
    }

    /// Runs `body` in one write transaction, turning failures into store errors.
    func write<T>(_ what: String, _ body: (Database) throws -> T) throws(StoreError) -> T {
        do { return try queue.write(body) } catch { throw Self.failure(error, "\(what) in \(path)") }
    }

    func read<T>(_ what: String, _ body: (Database) throws -> T) throws(StoreError) -> T {
        do { return try queue.read(body) } catch { throw Self.failure(error, "\(what) in \(path)") }
    }

    /// Runs SQLite's own check of the whole file: "ok", or the problems it lists.
    public func integrityCheck() throws(StoreError) -> [String] {
        try read("checking integrity") { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
    }

    static func bumpGeneration(_ db: Database) throws {
        try db.execute(sql: "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'")
    }
}
