import Foundation
import Testing

/// The drawings committed in Graphs/ are what `kg build` makes of the sample
/// documents today. After an intended change, run Scripts/regenerate-graphs.
@Suite(.serialized) struct SampleGraphsTests {
    static let graphs = CLITests.packageRoot.appendingPathComponent("Graphs")

    static var documents: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: graphs.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted()
    }

    @Test func thereAreSampleDocumentsInBothLanguages() {
        #expect(Self.documents.contains { $0.hasSuffix(".ar.txt") })
        #expect(Self.documents.contains { $0.hasSuffix(".en.txt") })
    }

    @Test(arguments: documents)
    func committedOutputsMatchWhatKgBuildsNow(document: String) throws {
        let cli = try CLITests()
        let out = cli.dir.appendingPathComponent("out")
        let result = try cli.run(["build", Self.graphs.appendingPathComponent(document).path, "-o", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        let name = String(document.dropLast(".txt".count).split(separator: ".").dropLast().joined(separator: "."))
        for file in ["graph.json", "graph.svg", "graph.png", "graph.dot", "graph.html"] {
            let committed = try Data(contentsOf: Self.graphs.appendingPathComponent(name).appendingPathComponent(file))
            let now = try Data(contentsOf: out.appendingPathComponent(file))
            // A Bool, not `committed == now`: Swift Testing would diff a megabyte byte by byte.
            let same = committed == now
            #expect(same, "Graphs/\(name)/\(file) is stale (\(committed.count) bytes committed, \(now.count) now): run Scripts/regenerate-graphs")
        }
    }

    @Test func buildWritesNothingWhenAnInputIsBad() throws {
        let cli = try CLITests()
        let bad = try cli.write("bad.txt", "")
        try Data([0x41, 0xFF, 0x42]).write(to: URL(fileURLWithPath: bad))
        let out = cli.dir.appendingPathComponent("never")
        let result = try cli.run(["build", Self.graphs.appendingPathComponent(Self.documents[0]).path, bad, "-o", out.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("bad.txt") && result.stderr.contains("byte offset 1"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}
