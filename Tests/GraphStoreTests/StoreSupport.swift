import Extraction
import Foundation
import GraphStore
import KnowledgeGraph
import PostgresStore
import TestSupport

/// A back end the store suite runs against; every test takes each one.
enum StoreBackend: String, CaseIterable, CustomStringConvertible, Sendable {
    case sqlite
    case postgres

    var description: String { rawValue }

    /// The PostgreSQL server to test against (Scripts/test starts one and sets it).
    static let postgresURL = ProcessInfo.processInfo.environment["KG_TEST_POSTGRES"]

    /// SQLite always; PostgreSQL when a server is given (`PostgresBackendTests` says when it is not).
    static var available: [StoreBackend] { postgresURL == nil ? [.sqlite] : [.sqlite, .postgres] }

    func make(in dir: URL) throws -> any GraphStore {
        switch self {
        case .sqlite:
            return try SQLiteStore(path: dir.appendingPathComponent("test.kgdb").path, create: true)
        case .postgres:
            // A database of its own per test.
            guard let url = Self.postgresURL else { throw StoreError(.open, "KG_TEST_POSTGRES is not set") }
            let name = "kg_" + UUID().uuidString.prefix(8).lowercased()
            let made = try ProcessResult.run("/usr/bin/env", ["psql", "\(url)/postgres", "-qc", "CREATE DATABASE \(name)"])
            guard made.status == 0 else { throw StoreError(.open, "cannot create a test database: \(made.stderr)") }
            return try PostgresStore(url: "\(url)/\(name)")
        }
    }
}

/// Real documents copied into a folder of their own, a shared extractor, and ingest helpers.
struct StoreFixture {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let realNews = packageRoot.appendingPathComponent("Tests/ExtractionTests/RealNews")
    static let extractor: Extractor = try! Extractor.standard(recognizer: true)

    let dir: URL
    let store: any GraphStore

    init(_ backend: StoreBackend) throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("kg-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        store = try backend.make(in: dir)
    }

    /// The first `count` real-news excerpts (English and Arabic), copied into `sub`; their paths.
    func copyNews(_ count: Int, into sub: String = "news") throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.realNews.path).filter { $0.hasSuffix(".txt") }.sorted()
        let target = dir.appendingPathComponent(sub)
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        return try names.prefix(count).map { name in
            let url = target.appendingPathComponent(name)
            try FileManager.default.copyItem(at: Self.realNews.appendingPathComponent(name), to: url)
            return url.path
        }
    }

    func ingest(_ paths: [String], version: String = "test-1", jobs: Int = 2) throws -> [Ingest.Outcome] {
        try Ingest(store: store, extractor: Self.extractor, extractorVersion: version, language: nil, jobs: jobs).run(paths)
    }

    /// What kg extract makes of the same files, each named by its path, merged as the store merges.
    static func expected(_ paths: [String]) throws -> KnowledgeGraph {
        var graph = KnowledgeGraph()
        for p in paths { graph.merge(extractor.extract(try DocumentReader.read(path: p, name: p))) }
        return CrossScriptMerger.merge(graph).0
    }
}
