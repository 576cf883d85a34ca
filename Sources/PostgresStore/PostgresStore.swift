import Foundation
import GraphStore
import KnowledgeGraph
import Logging
import PostgresNIO

/// The store in a PostgreSQL database, through postgres-nio: the same tables and the same
/// contract as ``SQLiteStore``, so several ingest processes on several machines can write one
/// shared graph (`--store postgres://user@host:port/database`). Each change is one transaction;
/// writers take the generation row's lock first, so they queue instead of deadlocking.
public final class PostgresStore: GraphStore {
    let connection: PostgresConnection
    let logger = Logger(label: "kg.store.postgres")
    /// The URL without its password, for messages.
    public let name: String
    public var location: String { name }

    /// Whether `text` names a PostgreSQL store rather than a file.
    public static func names(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// Connects to `url` (`postgres://user[:password]@host[:port]/database`, TLS off: loopback or
    /// a trusted network) and creates the tables when the database has none.
    public init(url: String) throws(StoreError) {
        guard let parts = URLComponents(string: url), Self.names(url), let host = parts.host, !host.isEmpty else {
            throw StoreError(.open, "not a PostgreSQL URL: expected postgres://user@host:port/database")
        }
        var shown = parts
        shown.password = nil
        name = shown.string ?? "postgres://\(host)"
        let database = String(parts.path.drop { $0 == "/" })
        let configuration = PostgresConnection.Configuration(
            host: host, port: parts.port ?? 5432, username: parts.user ?? NSUserName(), password: parts.password,
            database: database.isEmpty ? nil : database, tls: .disable)
        let name = self.name, logger = self.logger
        do {
            connection = try Blocking.run {
                try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
            }
        } catch {
            throw Self.failure(error, "cannot connect to \(name)")
        }
        try migrate()
    }

    /// The connection is closed, and waited for, with the store: postgres-nio requires it.
    deinit {
        let closing: EventLoopFuture<Void> = connection.close()
        try? closing.wait()
    }

    /// A postgres-nio or server failure as a store error with the server's own message.
    static func failure(_ error: any Error, _ what: String) -> StoreError {
        if let e = error as? StoreError { return e }
        if let e = error as? PSQLError {
            if let message = e.serverInfo?[.message] { return StoreError(.database, "\(what): \(message)", cause: e) }
            if let underlying = e.underlying { return StoreError(.database, "\(what): \(underlying)", cause: e) }
            return StoreError(.database, "\(what): \(e.code)", cause: e)
        }
        return StoreError(.database, "\(what): \(error)")
    }

    /// Runs `body` against the connection, waiting for it: the store's protocol is synchronous.
    func run<T: Sendable>(_ what: String, _ body: @escaping @Sendable (PostgresConnection, Logger) async throws -> T) throws(StoreError) -> T {
        let connection = self.connection, logger = self.logger
        do { return try Blocking.run { try await body(connection, logger) } } catch {
            throw Self.failure(error, "\(what) in \(name)")
        }
    }

    /// Runs `body` in one transaction, rolled back on any error.
    func transaction<T: Sendable>(_ what: String, _ body: @escaping @Sendable (PostgresConnection, Logger) async throws -> T) throws(StoreError) -> T {
        try run(what) { c, log in
            try await c.query("BEGIN", logger: log)
            do {
                let value = try await body(c, log)
                try await c.query("COMMIT", logger: log)
                return value
            } catch {
                _ = try? await c.query("ROLLBACK", logger: log)
                throw error
            }
        }
    }

    /// PostgreSQL keeps its own files sound; this checks the store's rules: no edge without
    /// evidence, no entity with nothing behind it.
    public func integrityCheck() throws(StoreError) -> [String] {
        try run("checking the store") { c, log in
            var problems: [String] = []
            let bare = try await PG.int(c, log, "SELECT count(*) FROM edge WHERE NOT EXISTS (SELECT 1 FROM evidence WHERE edge = edge.id)") ?? 0
            if bare > 0 { problems.append("\(bare) edges have no evidence") }
            let orphans = try await PG.int(c, log, """
                SELECT count(*) FROM entity e WHERE NOT EXISTS (SELECT 1 FROM mention WHERE entity = e.id)
                    AND NOT EXISTS (SELECT 1 FROM entity_name WHERE entity = e.id)
                    AND NOT EXISTS (SELECT 1 FROM edge WHERE source = e.id OR target = e.id)
                """) ?? 0
            if orphans > 0 { problems.append("\(orphans) entities have nothing behind them") }
            return problems.isEmpty ? ["ok"] : problems
        }
    }

    private func migrate() throws(StoreError) {
        try transaction("creating the tables") { c, log in
            // One migrator at a time, across processes and machines.
            try await c.query("SELECT pg_advisory_xact_lock(70356462)", logger: log)
            try await c.query("CREATE TABLE IF NOT EXISTS kg_schema (version INTEGER NOT NULL)", logger: log)
            let version = try await PG.int(c, log, "SELECT coalesce(max(version), 0) FROM kg_schema") ?? 0
            guard version <= PostgresSchema.migrations.count else {
                throw StoreError(.version, "the database was written by a newer kg; this kg cannot read it")
            }
            for (i, migration) in PostgresSchema.migrations.enumerated() where i >= version {
                for statement in migration { try await c.query(PostgresQuery(unsafeSQL: statement), logger: log) }
                try await c.query(PostgresQuery(unsafeSQL: "INSERT INTO kg_schema VALUES (\(i + 1))"), logger: log)
            }
        }
    }
}

/// Waits for async work from synchronous code. The work runs on a thread of its own
/// (``WorkerThread``), not Swift's concurrency pool, so a caller on a pool thread (a test, with
/// the pool as small as the machine's two cores) cannot starve the work it waits for.
enum Blocking {
    final class Box<T>: @unchecked Sendable {
        var result: Result<T, any Error>?
    }

    static func run<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
        let box = Box<T>()
        let done = DispatchSemaphore(value: 0)
        Task(executorPreference: WorkerThread.shared) {
            do { box.result = .success(try await body()) } catch { box.result = .failure(error) }
            done.signal()
        }
        done.wait()
        return try box.result!.get()
    }
}

/// A task executor with one thread that runs its jobs in order.
final class WorkerThread: TaskExecutor, @unchecked Sendable {
    static let shared = WorkerThread()

    private let condition = NSCondition()
    private var jobs: [UnownedJob] = []

    private init() {
        let thread = Thread { [self] in loop() }
        thread.name = "kg.postgres"
        thread.start()
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        condition.lock()
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    private func loop() {
        while true {
            condition.lock()
            while jobs.isEmpty { condition.wait() }
            let job = jobs.removeFirst()
            condition.unlock()
            job.runSynchronously(on: asUnownedTaskExecutor())
        }
    }
}
