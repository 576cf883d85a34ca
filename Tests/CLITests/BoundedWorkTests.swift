import Foundation
import TestSupport
import Testing

/// Work that could run for minutes or fill memory streams or says so.
extension CLITests {
    /// A complete graph on `n` nodes as an edge-list folder.
    func completeGraph(_ n: Int) throws -> String {
        let folder = dir.appendingPathComponent("complete")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let nodes = (0..<n).map { "\($0)\tcountry\tC\($0)\n" }.joined()
        var edges = ""
        for i in 0..<n { for j in (i + 1)..<n { edges += "\(i)\ttalks\t\(j)\n" } }
        try nodes.write(to: folder.appendingPathComponent("nodes.tsv"), atomically: true, encoding: .utf8)
        try edges.write(to: folder.appendingPathComponent("edges.tsv"), atomically: true, encoding: .utf8)
        return folder.path
    }

    /// Millions of paths: the first arrive at once, and a reader that stops early ends kg
    /// with a clear broken-pipe error instead of kg holding every path.
    @Test func allPathsStreamAsTheyAreFound() throws {
        let graph = try completeGraph(60)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.kg)
        process.arguments = ["path", "0", "1", "--graph", graph, "--all", "--max-hops", "5", "--limit", "10000000"]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let first = out.fileHandleForReading.readData(ofLength: 200_000)
        try out.fileHandleForReading.close()
        process.waitUntilExit()
        let text = String(decoding: first, as: UTF8.self)
        #expect(text.hasPrefix("path 1, 1 hop:\n  C0 —talks— C1\n"), "\(text.prefix(200))")
        #expect(text.contains("path 2, 2 hops:"))
        #expect(process.terminationStatus == 1)
        #expect(String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            == "Error: cannot write to standard output: Broken pipe\n")
    }

    @Test func allPathsEndWithTheirCount() throws {
        let graph = try completeGraph(5)
        let result = try run(["path", "0", "1", "--graph", graph, "--all", "--max-hops", "2"])
        #expect(result.status == 0)
        // 0-1, and 0-x-1 for the three other nodes.
        #expect(result.stdout.hasSuffix("\n4 paths within 2 hops\n"), "\(result.stdout)")
        let limited = try run(["path", "0", "1", "--graph", graph, "--all", "--max-hops", "2", "--limit", "2"])
        #expect(limited.stdout.hasSuffix("\n2 paths within 2 hops (--limit 2 reached)\n"), "\(limited.stdout)")
        let json = try run(["path", "0", "1", "--graph", graph, "--all", "--max-hops", "2", "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["paths"] as? [Any])?.count == 4)
    }

    /// A ring-like graph of `n` countries as JSON.
    func largeGraph(_ n: Int) throws -> String {
        let nodes = (0..<n).map { #"{"id": "n\#($0)", "type": "country", "label": "N\#($0)"}"# }
        let edges = (0..<n).map { #"{"source": "n\#($0)", "type": "talks", "target": "n\#(($0 * 7 + 1) % n)"}"# }
        return try write("large.json", #"{"nodes": [\#(nodes.joined(separator: ", "))], "edges": [\#(edges.joined(separator: ", "))]}"#)
    }

    @Test func aDrawingTooLargeIsRefusedBeforeItStarts() throws {
        let graph = try largeGraph(6_000)
        let out = dir.appendingPathComponent("large.svg").path
        let started = Date()
        let result = try run(["render", graph, "-o", out, "--all-nodes"])
        #expect(Date().timeIntervalSince(started) < 30)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("Error: \(graph) has 6000 nodes and 6000 edges, more than the 5000 kg draws unasked"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
        // Below the limit the same graph family draws.
        let small = try largeGraph(300)
        #expect(try run(["render", small, "-o", out, "--all-nodes"]).status == 0)
    }

    @Test func aLargeGraphIsDrawnAsItsMostConnectedPartWithACaption() throws {
        let graph = try largeGraph(6_000)
        let out = dir.appendingPathComponent("summary.svg").path
        let result = try run(["render", graph, "-o", out, "--picture-limit", "120"])
        #expect(result.status == 0, "\(result.stderr)")
        let svg = try String(contentsOfFile: out, encoding: .utf8)
        #expect(svg.contains("The 120 most connected of 6000 entities (by relations and evidence)"))
        #expect(svg.components(separatedBy: "class=\"node\"").count - 1 >= 120)
        #expect(svg.components(separatedBy: "class=\"node\"").count - 1 < 200)
    }

    @Test func aLayoutOverItsTimeBudgetStopsWithAMessage() throws {
        let graph = try largeGraph(6_000)
        let out = dir.appendingPathComponent("large.svg").path
        let result = try run(["render", graph, "-o", out, "--max-nodes", "6000", "--time-limit", "1", "--all-nodes"])
        #expect(result.status == 1)
        #expect(result.stderr == "Error: drawing 6000 nodes took longer than --time-limit 1 s; nothing was written. Draw a part of the graph, or raise --time-limit\n")
        #expect(!FileManager.default.fileExists(atPath: out))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".tmp") } == [])
    }

    /// sfdp's coordinates differ between processes below cairo's six decimals; the PDF must not.
    @Test func anSfdpPDFIsTheSameInEveryRun() throws {
        let nodes = (0..<1_000).map { #"{"id": "n\#($0)", "type": "country", "label": "N\#($0)"}"# }
        let edges = (0..<1_000).flatMap { i in
            [#"{"source": "n\#(i)", "type": "talks", "target": "n\#((i * 7 + 1) % 1_000)"}"#,
             #"{"source": "n\#(i)", "type": "support", "target": "n\#((i * 13 + 5) % 1_000)"}"#]
        }
        let graph = try write("k1.json", #"{"nodes": [\#(nodes.joined(separator: ", "))], "edges": [\#(edges.joined(separator: ", "))]}"#)
        var seen = Set<Data>()
        for run in 0..<6 {
            let out = dir.appendingPathComponent("p\(run).pdf").path
            #expect(try self.run(["render", graph, "-o", out, "--engine", "sfdp", "--all-nodes"]).status == 0)
            seen.insert(try Data(contentsOf: URL(fileURLWithPath: out)))
        }
        #expect(seen.count == 1)
        #expect((seen.first?.count ?? 0) > 100_000)
    }
}
