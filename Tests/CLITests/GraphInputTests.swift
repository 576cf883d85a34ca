import Foundation
import Testing

/// Every command reads graphs through one strict reader, and `--graph` knows what it reads.
extension CLITests {
    /// Bad graphs by file name, with what every command says about them.
    static let strictCases: [String: (json: String, says: String)] = [
        "trailing.json": (#"{"nodes": [{"id": "a", "type": "country"},], "edges": []}"#, "line 1, column 43: nodes[1]: expected an object"),
        "junk.json": (#"{"junk": tru3, "nodes": [], "edges": []}"#, "line 1, column 10: expected a value"),
        "deep.json": (#"{"junk": "# + String(repeating: "[", count: 20_000) + #", "nodes": [], "edges": []}"#,
                      "line 1, column 265: nested deeper than 256 levels"),
        "control.json": ("{\"nodes\": [{\"id\": \"a\u{1}\", \"type\": \"country\"}], \"edges\": []}",
                         "line 1, column 21: raw control character U+0001 in a string (JSON needs it escaped)"),
    ]

    /// render, export and neighbors agree on what is a graph, and each says where the file is wrong.
    @Test(arguments: strictCases.keys.sorted())
    func everyCommandRefusesTheSameJSON(name: String) throws {
        let bad = try #require(Self.strictCases[name])
        let path = try write(name, bad.json)
        for command in [["render", path, "-o", dir.appendingPathComponent("x.svg").path],
                        ["export", path, "-o", dir.appendingPathComponent("x.graphml").path],
                        ["neighbors", "a", "--graph", path]] {
            let result = try run(command)
            #expect(result.status == 1, "\(command[0]): \(result.stderr)")
            #expect(result.stderr == "Error: \(path): \(bad.says)\n", "\(command[0])")
        }
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("x.svg").path))
        // The same file made valid reads everywhere.
        let fixed = try write("fixed.json", #"{"nodes": [{"id": "a", "type": "country"}], "edges": []}"#)
        #expect(try run(["neighbors", "a", "--graph", fixed]).status == 0)
    }

    @Test func aGraphArgumentThatIsNoGraphIsRefused() throws {
        let svg = dir.appendingPathComponent("graph.svg").path
        #expect(try run(["render", Self.sample, "-o", svg]).status == 0)
        let result = try run(["path", "UK", "Libya", "--graph", svg])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("Error: \(svg): not a graph or document kg reads; expected a .json graph"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        // --text takes any file for a document; a .txt needs no flag.
        let html = try write("statement.html", "The British trained the Libyan army.\n")
        let text = try run(["path", "UK", "Libya", "--graph", html, "--text"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("trained"), "\(text.stdout)")
        #expect(try run(["path", "UK", "Libya", "--graph", html]).status == 1)
    }

    @Test func aGraphComesFromStandardInput() throws {
        let graph = try Data(contentsOf: URL(fileURLWithPath: Self.sample))
        let render = try run(["render", "-", "-f", "dot", "-o", "-"], input: graph)
        #expect(render.status == 0 && render.stdout.hasPrefix("digraph"), "\(render.stderr)")
        let export = try run(["export", "-", "-f", "json", "-o", "-"], input: graph)
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout == (try run(["export", Self.sample, "-f", "json", "-o", "-"]).stdout))
        let object = try #require(try JSONSerialization.jsonObject(with: graph) as? [String: Any])
        let nodes = try #require(object["nodes"] as? [[String: Any]])
        let first = try #require(nodes.first?["id"] as? String)
        let query = try run(["neighbors", first, "--graph", "-"], input: graph)
        #expect(query.status == 0 && query.stdout.contains(first), "\(query.stderr)")
        let bad = try run(["render", "-", "-f", "svg", "-o", "-"], input: Data("{\"nodes\": [}".utf8))
        #expect(bad.stderr == "Error: standard input: line 1, column 12: nodes[0]: expected an object\n")
    }

    @Test func importRefusesIdsThatDifferOnlyInNormalization() throws {
        let nodes = try write("nodes.tsv", "caf\u{E9}\tplace\tA\ncafe\u{301}\tplace\tB\nx\tplace\tX\n")
        let edges = try write("edges.tsv", "cafe\u{301}\ttalks\tx\n")
        let out = dir.appendingPathComponent("graph.json").path
        let result = try run(["import", nodes, edges, "-o", out])
        #expect(result.status == 1)
        #expect(result.stderr.contains("nodes.tsv:2: node id 'cafe\u{301}' and the earlier 'caf\u{E9}' differ only in Unicode normalization"))
        #expect(!FileManager.default.fileExists(atPath: out))
        // Written one way, both lines are one node and the edge is kept.
        let same = try write("nodes.tsv", "caf\u{E9}\tplace\tA\nx\tplace\tX\n")
        let edge = try write("edges.tsv", "caf\u{E9}\ttalks\tx\n")
        #expect(try run(["import", same, edge, "-o", out]).status == 0)
        #expect(try run(["neighbors", "x", "--graph", out]).stdout.contains("A"))
    }
}
