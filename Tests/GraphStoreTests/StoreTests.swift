import Extraction
import Foundation
import GraphStore
import KnowledgeGraph
import Testing

/// The store's contract, on every back end: what adding, changing, removing and re-extracting
/// documents does to the graph, and that corrections survive.
@Suite struct StoreTests {
    @Test(arguments: StoreBackend.available)
    func theStoresGraphIsTheGraphOfItsDocuments(backend: StoreBackend) throws {
        let f = try StoreFixture(backend)
        let paths = try f.copyNews(12)
        #expect(try f.ingest(paths) == Array(repeating: .added, count: 12))
        let (graph, _) = try StoreGraph.graph(of: f.store)
        let expected = try StoreFixture.expected(paths)
        #expect(graph.nodeCount == expected.nodeCount && graph.edgeCount == expected.edgeCount)
        #expect(graph == expected)
        #expect(graph.edgeCount > 20, "12 real excerpts give relations")
    }

    @Test(arguments: StoreBackend.available)
    func addingTheSameFilesTwiceChangesNothing(backend: StoreBackend) throws {
        let f = try StoreFixture(backend)
        let paths = try f.copyNews(8)
        _ = try f.ingest(paths)
        let before = try f.store.extractedGraph(), generation = try f.store.generation(), counts = try f.store.counts()
        #expect(try f.ingest(paths, jobs: 1) == Array(repeating: .unchanged, count: 8))
        #expect(try f.store.generation() == generation)
        #expect(try f.store.counts() == counts)
        #expect(try f.store.extractedGraph() == before)
        #expect(counts.documents == 8 && counts.evidence > 0)
    }

    @Test(arguments: StoreBackend.available)
    func changingAFileReextractsOnlyIt(backend: StoreBackend) throws {
        let f = try StoreFixture(backend)
        let paths = try f.copyNews(6)
        _ = try f.ingest(paths)
        // The third document now holds another excerpt's text.
        let other = try f.copyNews(7, into: "more").last!
        try FileManager.default.removeItem(atPath: paths[2])
        try FileManager.default.copyItem(atPath: other, toPath: paths[2])
        let outcomes = try f.ingest(paths)
        #expect(outcomes == [.unchanged, .unchanged, .changed, .unchanged, .unchanged, .unchanged])
        #expect(try StoreGraph.graph(of: f.store).graph == StoreFixture.expected(paths))
    }

    @Test(arguments: StoreBackend.available)
    func removingADocumentRemovesExactlyItsEvidence(backend: StoreBackend) throws {
        let f = try StoreFixture(backend)
        let paths = try f.copyNews(10)
        _ = try f.ingest(paths)
        let before = try f.store.counts()
        let gone = paths[4]
        let own = StoreFixture.extractor.extract(try DocumentReader.read(path: gone, name: gone))
        let removal = try f.store.remove([gone])
        #expect(removal.documents == 1)
        #expect(removal.evidence == own.edges.reduce(0) { $0 + $1.evidence.count })
        #expect(removal.mentions == own.nodes.reduce(0) { $0 + $1.mentions.count })
        #expect(try f.store.counts().evidence == before.evidence - removal.evidence)
        var rest = paths
        rest.remove(at: 4)
        let graph = try StoreGraph.graph(of: f.store).graph
        // Exactly the graph of the other nine: nothing of the removed one is left, nothing else went.
        #expect(graph == (try StoreFixture.expected(rest)))
        #expect(!graph.edges.contains { $0.evidence.contains { $0.document == gone } })
        #expect(throws: StoreError.self) { try f.store.remove([gone]) }
    }

    @Test(arguments: StoreBackend.available)
    func twoFilesWithTheSameBaseNameStayTwoDocuments(backend: StoreBackend) throws {
        let f = try StoreFixture(backend)
        // Two different excerpts, both called report.txt.
        let sources = [try f.copyNews(1, into: "d1")[0], try f.copyNews(2, into: "d2")[1]]
        let reports = try sources.map { source in
            let report = URL(fileURLWithPath: source).deletingLastPathComponent().appendingPathComponent("report.txt").path
            try FileManager.default.moveItem(atPath: source, toPath: report)
            return report
        }
        _ = try f.ingest(reports)
        #expect(try f.store.documents().map(\.identity) == reports)
        let documents = Set(try f.store.extractedGraph().edges.flatMap { $0.evidence.map(\.document) })
        #expect(documents == Set(reports))
    }

    @Test(arguments: StoreBackend.available)
    func mergeAndSplitSurviveReextraction(backend: StoreBackend) throws {
        let f = try StoreFixture(backend)
        let paths = try f.copyNews(10)
        _ = try f.ingest(paths)
        let nodes = try StoreGraph.graph(of: f.store).graph.nodes
        let people = nodes.filter { $0.type == .person }
        try #require(people.count >= 2)
        let (kept, merged) = (people[0].id, people[1].id)
        try f.store.add(.merge(kept: kept, merged: merged))
        func ids() throws -> Set<String> { Set(try StoreGraph.graph(of: f.store).graph.nodes.map(\.id)) }
        #expect(try ids().contains(kept) && !ids().contains(merged))
        // A new extractor version re-extracts every document; the merge stays.
        #expect(try f.ingest(paths, version: "test-2") == Array(repeating: .changed, count: 10))
        #expect(try ids().contains(kept) && !ids().contains(merged))
        #expect(try StoreGraph.graph(of: f.store).merges.contains(MergeRecord(kept: kept, merged: merged, reason: "user")))
        try f.store.add(.split(kept))
        _ = try f.ingest(paths, version: "test-3")
        #expect(try ids().isSuperset(of: [kept, merged]))
        #expect(try f.store.corrections() == [.split(kept)])
    }

    @Test(arguments: StoreBackend.available)
    func theSnapshotIsTheGraphAndGoesStaleWithAChange(backend: StoreBackend) throws {
        let f = try StoreFixture(backend)
        let paths = try f.copyNews(4)
        _ = try f.ingest(Array(paths.prefix(3)))
        func bytes(_ s: GraphSnapshot) throws -> [UInt8] {
            switch s {
            case .bytes(let b): return b
            case .file(let path): return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
            }
        }
        let first = try bytes(StoreGraph.json(of: f.store).graph)
        #expect(first == Array(try GraphJSON.encode(StoreGraph.graph(of: f.store).graph)))
        // Saved on the first read: the second read is the saved one, with the same bytes.
        let saved = try #require(try f.store.snapshot(generation: f.store.generation()))
        #expect(try bytes(saved.graph) == first)
        _ = try f.ingest(paths)
        #expect(try f.store.snapshot(generation: f.store.generation()) == nil)
        let second = try bytes(StoreGraph.json(of: f.store).graph)
        let expected = Array(try GraphJSON.encode(StoreFixture.expected(paths)))
        #expect(second != first)
        #expect(second == expected)
    }
}
