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
