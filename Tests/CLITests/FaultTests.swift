import Foundation
import TestSupport
import Testing

/// kg under hostile input and faults: it reads what it writes, and a failed write is an error.
extension CLITests {
    /// Runs kg with standard output sent to `/dev/full`, where every write fails with ENOSPC.
    func runIntoFullDisk(_ arguments: [String]) throws -> ProcessResult {
        try ProcessResult.run(Self.kg, arguments, stdout: try #require(FileHandle(forWritingAtPath: "/dev/full")))
    }

    /// One word whose entity belongs to a country the text never names: the edge brings the
    /// country's node, so every command reads the graph and the path is found.
    @Test(arguments: [("Sandhurst", "UK", "United Kingdom"), ("KSrelief delivered aid.", "Saudi Arabia", "Saudi Arabia")])
    func anEntityTheTextNeverNamesIsANode(text: String, country: String, label: String) throws {
        let doc = try write("doc.txt", text + "\n")
        let from = text.split(separator: " ")[0]
        let direct = try run(["path", String(from), country, "--graph", doc])
        #expect(direct.status == 0, "\(direct.stderr)")
        #expect(direct.stdout.contains("affiliated_with→ \(label)"), "\(direct.stdout)")
        let out = dir.appendingPathComponent("out").path
        let build = try run(["build", doc, "-o", out])
        #expect(build.status == 0, "\(build.stderr)")
        for name in ["graph.json", "graph.svg", "graph.png", "graph.dot"] {
            #expect(FileManager.default.fileExists(atPath: out + "/" + name), "\(name)")
        }
        let json = out + "/graph.json"
        #expect(try run(["path", String(from), country, "--graph", json]).status == 0)
        #expect(try run(["render", json, "-o", dir.appendingPathComponent("again.svg").path]).status == 0)
        #expect(try run(["export", json, "-o", dir.appendingPathComponent("again.graphml").path]).status == 0)
    }

    static let fullDiskCommands: [[String]] = [
        ["extract", "DOC", "-o", "-"], ["render", "SAMPLE", "-f", "svg", "-o", "-"], ["export", "SAMPLE", "-f", "dot", "-o", "-"],
        ["path", "Sandhurst", "UK", "--graph", "DOC"], ["path", "Sandhurst", "UK", "--graph", "DOC", "--json"],
        ["neighbors", "UK", "--graph", "DOC"],
    ]

    @Test(arguments: fullDiskCommands)
    func aFullDiskOnStandardOutputIsAnError(command: [String]) throws {
        let doc = try write("doc.txt", "Sandhurst\n")
        let arguments = command.map { $0 == "DOC" ? doc : $0 == "SAMPLE" ? Self.sample : $0 }
        let result = try runIntoFullDisk(arguments)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr == "Error: cannot write to standard output: No space left on device\n")
        // The same command with a working standard output succeeds and prints something.
        let fine = try run(arguments)
        #expect(fine.status == 0 && !fine.stdout.isEmpty, "\(fine.stderr)")
    }
}
