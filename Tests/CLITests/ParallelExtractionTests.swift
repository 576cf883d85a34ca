import Foundation
import TestSupport
import Testing

/// Extraction on several threads gives the bytes of one thread; `kg import` streams its JSON.
extension CLITests {
    @Test func extractionGivesTheSameBytesOnOneOrTwoThreads() throws {
        let news = StoreCLITests.realNews
        let files = try FileManager.default.contentsOfDirectory(atPath: news.path).filter { $0.hasSuffix(".txt") }.sorted()
            .map { news.appendingPathComponent($0).path }
        #expect(files.count > 50)
        var outputs: [Data] = []
        for jobs in ["1", "2", "3"] {
            let out = dir.appendingPathComponent("graph-\(jobs).json").path
            let result = try run(["extract"] + files + ["-o", out, "--jobs", jobs])
            #expect(result.status == 0, "\(result.stderr)")
            outputs.append(try Data(contentsOf: URL(fileURLWithPath: out)))
        }
        let graph = try #require(try JSONSerialization.jsonObject(with: outputs[0]) as? [String: Any])
        #expect(((graph["edges"] as? [Any])?.count ?? 0) > 100, "the excerpts give a graph worth comparing")
        #expect(outputs[1] == outputs[0])
        #expect(outputs[2] == outputs[0])
    }

    @Test func importWritesTheGraphItReads() throws {
        let graph = try completeGraph(30)
        let out = dir.appendingPathComponent("imported.json").path
        let result = try run(["import", graph + "/nodes.tsv", graph + "/edges.tsv", "-o", out])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out))) as? [String: Any])
        #expect((json["nodes"] as? [Any])?.count == 30)
        #expect((json["edges"] as? [Any])?.count == 435)
        let toStdout = try run(["import", graph + "/nodes.tsv", graph + "/edges.tsv", "-o", "-"])
        #expect(toStdout.status == 0)
        #expect(Data(toStdout.stdout.utf8) == (try Data(contentsOf: URL(fileURLWithPath: out))))
        // A failing write leaves nothing behind: a missing folder is refused before any byte.
        let missing = dir.appendingPathComponent("no/such/folder/g.json").path
        let refused = try run(["import", graph + "/nodes.tsv", graph + "/edges.tsv", "-o", missing])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("does not exist"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: missing))
    }
}
