import Logging
import PostgresNIO

/// A value bound to a query's `$n`, nullable as the store's columns are.
enum PGValue: Sendable {
    case text(String?)
    case int(Int?)
    case real(Double?)
    case bytes([UInt8])
}

/// Small helpers over postgres-nio's queries: bound statements, and single values back.
enum PG {
    static func query(_ sql: String, _ values: [PGValue]) -> PostgresQuery {
        var binds = PostgresBindings(capacity: values.count)
        for v in values {
            switch v {
            case .text(let s): binds.append(s)
            case .int(let i): binds.append(i)
            case .real(let d): binds.append(d)
            case .bytes(let b): binds.append(ByteBuffer(bytes: b))
            }
        }
        return PostgresQuery(unsafeSQL: sql, binds: binds)
    }

    @discardableResult
    static func run(_ c: PostgresConnection, _ log: Logger, _ sql: String, _ values: [PGValue] = []) async throws -> [PostgresRandomAccessRow] {
        var out: [PostgresRandomAccessRow] = []
        for try await row in try await c.query(query(sql, values), logger: log) { out.append(row.makeRandomAccess()) }
        return out
    }

    static func int(_ c: PostgresConnection, _ log: Logger, _ sql: String, _ values: [PGValue] = []) async throws -> Int? {
        try await run(c, log, sql, values).first.flatMap { try $0[0].decode(Int?.self) }
    }

    /// Rows affected by a DELETE or UPDATE, counted with RETURNING so no command tag is parsed.
    static func count(_ c: PostgresConnection, _ log: Logger, _ sql: String, _ values: [PGValue]) async throws -> Int {
        try await run(c, log, sql, values).count
    }
}
