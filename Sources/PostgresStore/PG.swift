import Logging
import PostgresNIO

/// A value bound to a query's `$n`, nullable as the store's columns are.
enum PGValue: Sendable {
    case text(String?)
    case int(Int?)
    case real(Double?)
    case bytes([UInt8])
    /// A column of values for `unnest`, so one statement inserts every row of a document.
    /// postgres-nio's arrays cannot hold NULL: nullable columns travel with a stand-in that the
    /// statement turns back into NULL (`NULLIF(x, '')`, `NULLIF(x, -1)`, `NULLIF(x, 'NaN')`).
    case texts([String])
    case ints([Int])
    case reals([Double])

    static func texts(_ values: [String?]) -> PGValue { .texts(values.map { $0 ?? "" }) }
    static func ints(_ values: [Int?]) -> PGValue { .ints(values.map { $0 ?? -1 }) }
    static func reals(_ values: [Double?]) -> PGValue { .reals(values.map { $0 ?? .nan }) }
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
            case .texts(let a): binds.append(a)
            case .ints(let a): binds.append(a)
            case .reals(let a): binds.append(a)
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
