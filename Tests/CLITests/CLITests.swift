import Foundation
import TestSupport
import Testing

/// Runs the built `kg` binary as a user would.
@Suite(.serialized) struct CLITests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// `kg` is built beside the test bundle (`swift build --build-tests` builds both).
    static let kg = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("kg").path
    static let sample = packageRoot.appendingPathComponent("Tests/CLITests/sample-graph.json").path

    let dir: URL

    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("kg-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    func run(_ arguments: [String], input: Data? = nil) throws -> ProcessResult {
        #expect(FileManager.default.isExecutableFile(atPath: Self.kg), "kg not built at \(Self.kg); run swift build --build-tests")
        return try ProcessResult.run(Self.kg, arguments, stdin: input)
    }

    func write(_ name: String, _ text: String) throws -> String {
        let url = dir.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    static let badGraphs: [(name: String, json: String, says: String)] = [
        ("invalid.json", #"{"nodes": [,]}"#, "invalid.json: line 1, column 12: nodes[0]: expected an object"),
        ("type.json", #"{"nodes": [{"id": "a", "type": "planet"}], "edges": []}"#, "unknown node type 'planet'"),
        ("relation.json", #"{"nodes": [{"id": "a", "type": "country"}, {"id": "b", "type": "country"}], "edges": [{"source": "a", "type": "hugs", "target": "b"}]}"#, "unknown relation type 'hugs'"),
        ("dangling.json", #"{"nodes": [{"id": "a", "type": "country"}], "edges": [{"source": "a", "type": "talks", "target": "ghost"}]}"#, "'ghost'"),
    ]

    @Test(arguments: badGraphs, ["render", "export"])
    func badGraphsFailWithOneLineAndNoOutput(bad: (name: String, json: String, says: String), command: String) throws {
        let input = try write(bad.name, bad.json)
        let output = dir.appendingPathComponent("out.\(command == "render" ? "svg" : "graphml")").path
        let result = try run([command, input, "-o", output])
        #expect(result.status != 0)
        #expect(result.stderr.contains(bad.says), "stderr: \(result.stderr)")
        #expect(result.stderr.trimmingCharacters(in: .newlines).split(separator: "\n").count == 1, "stderr: \(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func missingInputFileIsNamed() throws {
        let output = dir.appendingPathComponent("x.svg").path
        let result = try run(["render", "/no/such/graph.json", "-o", output])
        #expect(result.status != 0)
        #expect(result.stderr.contains("/no/such/graph.json"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func unknownOutputFormatIsExplained() throws {
        let result = try run(["render", Self.sample, "-o", dir.appendingPathComponent("graph.bmp").path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("-f svg|png|pdf|dot"))
    }

    @Test func missingOutputFolderIsNamedAndNothingIsWritten() throws {
        let result = try run(["export", Self.sample, "-f", "json", "-o", "/no/such/dir/graph.json"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("/no/such/dir"))
    }

    @Test(arguments: ["svg", "png", "pdf", "dot"])
    func renderWritesIdenticalFilesOnEveryRun(format: String) throws {
        let a = dir.appendingPathComponent("a.\(format)").path
        let b = dir.appendingPathComponent("b.\(format)").path
        #expect(try run(["render", Self.sample, "-o", a]).status == 0)
        #expect(try run(["render", Self.sample, "-f", format, "-o", b]).status == 0)
        let first = try Data(contentsOf: URL(fileURLWithPath: a)), second = try Data(contentsOf: URL(fileURLWithPath: b))
        #expect(first.count > 100)
        #expect(first == second)
    }

    @Test func exportToStdout() throws {
        let result = try run(["export", Self.sample, "-f", "json", "-o", "-"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("{"))
        #expect(result.stdout.contains("\"Q145\""))
    }

    @Test func helpTeachesByExample() throws {
        for command in ["render", "export"] {
            let result = try run([command, "--help"])
            #expect(result.status == 0)
            #expect(result.stdout.contains("Examples:"))
            #expect(result.stdout.contains("kg \(command) "))
        }
    }
}
