import Foundation
import GraphStore
import PostgresStore
import Testing

/// The PostgreSQL back end's own cases; the shared suite (StoreTests) runs on it as well.
@Suite struct PostgresBackendTests {
    @Test(.disabled(if: StoreBackend.postgresURL == nil, "KG_TEST_POSTGRES is not set: Scripts/test starts PostgreSQL and sets it; without it only SQLite is tested"))
    func theSharedSuiteRunsOnPostgreSQL() throws {
        #expect(StoreBackend.available == [.sqlite, .postgres])
        let store = try StoreBackend.postgres.make(in: FileManager.default.temporaryDirectory)
        #expect(try store.counts() == StoreCounts())
        #expect(try store.integrityCheck() == ["ok"])
        #expect(store.location.hasPrefix(StoreBackend.postgresURL! + "/kg_"), "\(store.location)")
    }

    @Test func aBadURLOrADeadServerIsOneLineWithoutThePassword() throws {
        #expect(throws: StoreError.self) { try PostgresStore(url: "postgres://") }
        // Nothing listens on port 1.
        do {
            _ = try PostgresStore(url: "postgres://kg:secret@127.0.0.1:1/kg")
            Issue.record("connected to port 1")
        } catch {
            #expect(error.message.hasPrefix("cannot connect to postgres://kg@127.0.0.1:1/kg"), "\(error.message)")
            #expect(!error.message.contains("secret"))
            #expect(!error.message.contains("\n"))
        }
    }
}
