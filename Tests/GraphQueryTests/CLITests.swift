import Foundation
import Testing

/// The query commands as a user runs them: the built `kg` binary on the fixture.
struct QueryCLITests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    func kg(_ arguments: [String]) throws -> Run {
        let binary = Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("kg")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    let graph = TestGraphs.fixtureURL("seed-like.json").path

    @Test func disconnectedPairSaysSoAndExitsOne() throws {
        let run = try kg(["path", "Libya", "ahmed-saleh-poet", "--graph", graph, "--max-hops", "4"])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "Error: no path from Libya (Q1016, country) to Ahmed Saleh (ahmed-saleh-poet, person) within 4 hops\n")
    }

    @Test func ambiguousAndUnknownNamesFailWithOneLine() throws {
        let ambiguous = try kg(["path", "Ahmed Saleh", "UK", "--graph", graph])
        #expect(ambiguous.status == 1)
        #expect(ambiguous.stderr.hasPrefix("Error: \"Ahmed Saleh\" names 2 entities: "))
        let unknown = try kg(["neighbors", "Lybia", "--graph", graph])
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "Error: no entity named \"Lybia\"; did you mean Libya (Q1016, country)?\n")
    }

    @Test func pathPrintsHopsWithEvidence() throws {
        let run = try kg(["path", "داعش", "Sandhurst", "--graph", graph])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "2 hops:")
        #expect(lines.filter { $0.hasPrefix("  ") && !$0.hasPrefix("    ") } == [
            "  Islamic State ←opposes— United Kingdom",
            "  United Kingdom ←located_in— Royal Military Academy Sandhurst",
        ])
    }

    @Test func drawingIsWrittenWithThePathHighlighted() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("kg-path-\(UUID().uuidString).dot").path
        let run = try kg(["path", "UK", "Libya", "--graph", graph, "-o", out])
        #expect(run.status == 0, "\(run.stderr)")
        let dot = try String(contentsOfFile: out, encoding: .utf8)
        #expect(dot.contains("Q145") && dot.contains("Q1016"))
        // Context nodes (Sandhurst, Islamic State) are drawn too.
        #expect(dot.contains("Q1056418") && dot.contains("Q2429253"))
    }
}

extension QueryCLITests {
    @Test func pathJSONCarriesEntitiesHopsAndEvidence() throws {
        let run = try kg(["path", "UK", "ليبيا", "--graph", graph, "--json"])
        #expect(run.status == 0, "\(run.stderr)")
        let answer = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect((answer["from"] as? [String: Any])?["id"] as? String == "Q145")
        #expect((answer["to"] as? [String: Any])?["id"] as? String == "Q1016")
        let paths = try #require(answer["paths"] as? [[String: Any]])
        let hops = try #require(paths.first?["hops"] as? [[String: Any]])
        #expect(hops.count == 1)
        let link = try #require((hops[0]["links"] as? [[String: Any]])?.first)
        #expect(link["relation"] as? String == "cooperation")
        #expect(link["direction"] as? String == "both")
        let evidence = try #require((link["evidence"] as? [[String: Any]])?.first)
        #expect(evidence["document"] as? String == "fixture-ar")
        #expect((evidence["trigger"] as? [String: Any])?["text"] as? String == "التعاون")
    }

    @Test func subgraphJSONListsTheGatheredPart() throws {
        let run = try kg(["subgraph", "Libya", "داعش", "Egypt", "--graph", graph, "--json"])
        #expect(run.status == 0, "\(run.stderr)")
        let answer = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let nodes = try #require(answer["nodes"] as? [[String: Any]]).compactMap { $0["id"] as? String }
        // Libya—UK—Islamic State, Islamic State—Egypt; the UK comes in on the path.
        #expect(nodes == ["Q1016", "Q145", "Q2429253", "Q79"])
        let edges = try #require(answer["edges"] as? [[String: Any]]).map {
            "\($0["source"] as? String ?? "") \($0["type"] as? String ?? "") \($0["target"] as? String ?? "")"
        }
        #expect(edges == ["Q1016 cooperation Q145", "Q145 opposes Q2429253", "Q79 opposes Q2429253"])
    }

    @Test func allSimplePathsAreCappedAndShortestFirst() throws {
        let run = try kg(["path", "ISIS", "Sandhurst", "--graph", graph, "--all", "--max-hops", "4", "--limit", "1"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("path 1, 2 hops:\n"))
        #expect(!run.stdout.contains("path 2"))
        #expect(run.stdout.hasSuffix("\n1 path within 4 hops (--limit 1 reached)\n"))
    }
}

extension QueryCLITests {
    @Test func neighborsListByDistanceWithTheDirectRelations() throws {
        let run = try kg(["neighbors", "المملكة المتحدة", "--graph", graph, "--hops", "2"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == """
            United Kingdom (Q145, country): 4 entities within 2 hops
              1  Libya (Q1016, country)  —cooperation—
              1  Islamic State (Q2429253, group)  —opposes→
              1  Royal Military Academy Sandhurst (Q1056418, organization)  ←located_in—
              2  Egypt (Q79, country)

            """)
        let follow = try kg(["neighbors", "UK", "--graph", graph, "--direction", "follow"])
        #expect(follow.stdout.contains("Islamic State") && !follow.stdout.contains("Sandhurst"))
    }
}
