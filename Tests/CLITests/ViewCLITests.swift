import Foundation
import Testing

/// `kg view`, `kg build`'s graph.html and a query's `.html` answer, from the command line.
/// Tests/Browser opens these pages in Chromium; here, what the files hold and how errors look.
@Suite struct ViewCLITests {
    func embeddedGraph(_ html: String) throws -> [String: Any] {
        let start = try #require(html.range(of: #"id="kg-data">"#))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        let data = try #require(String(html[start.upperBound..<end.lowerBound]).data(using: .utf8))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func viewWritesOnePageHoldingTheGraph() throws {
        let cli = try CLITests()
        let out = cli.dir.appendingPathComponent("g.html").path
        let result = try cli.run(["view", CLITests.sample, "-o", out])
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOfFile: out, encoding: .utf8)
        let data = try embeddedGraph(html)
        let nodes = try #require((data["graph"] as? [String: Any])?["nodes"] as? [[String: Any]])
        let sample = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: CLITests.sample))) as? [String: Any])
        #expect(nodes.count == (sample["nodes"] as? [Any])?.count)
        #expect(html.contains("<title>sample-graph.json</title>"))
        // The same graph gives the same bytes.
        let again = cli.dir.appendingPathComponent("again.html").path
        #expect(try cli.run(["view", CLITests.sample, "-o", again]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: out)) == Data(contentsOf: URL(fileURLWithPath: again)))
    }

    @Test func aBadGraphIsOneLineAndNoPage() throws {
        let cli = try CLITests()
        let bad = try cli.write("bad.json", #"{"nodes": [{"id": "a", "type": "planet"}], "edges": []}"#)
        let out = cli.dir.appendingPathComponent("bad.html").path
        let result = try cli.run(["view", bad, "-o", out])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("Error: ") && result.stderr.contains("unknown node type 'planet'"), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func buildWritesTheViewBesideTheDrawings() throws {
        let cli = try CLITests()
        let out = cli.dir.appendingPathComponent("out")
        let doc = CLITests.packageRoot.appendingPathComponent("Graphs/uk-egypt-staff-talks.ar.txt").path
        let result = try cli.run(["build", doc, "-o", out.path, "--labels", "ar"])
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOf: out.appendingPathComponent("graph.html"), encoding: .utf8)
        #expect(html.contains("<html lang=\"ar\" dir=\"rtl\">"))
        let graph = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("graph.json"))) as? [String: Any]
        let embedded = try embeddedGraph(html)["graph"] as? [String: Any]
        #expect((embedded?["nodes"] as? [Any])?.count == (graph?["nodes"] as? [Any])?.count)
        #expect((embedded?["edges"] as? [Any])?.count == (graph?["edges"] as? [Any])?.count)
        // The picture leaves out the entities with no relation, and says so in Arabic.
        let svg = try String(contentsOf: out.appendingPathComponent("graph.svg"), encoding: .utf8)
        #expect(svg.contains("كيانات بلا علاقة لم تُرسم: 2"))
        #expect(svg.contains("مفتاح الرسم"))
    }

    @Test func aPathAnswerCanBeAPage() throws {
        let cli = try CLITests()
        let doc = CLITests.packageRoot.appendingPathComponent("Graphs/uk-egypt-staff-talks.ar.txt").path
        let out = cli.dir.appendingPathComponent("path.html").path
        let result = try cli.run(["path", "المملكة المتحدة", "Libya", "--graph", doc, "-o", out])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("United Kingdom —"))
        let view = try #require(try embeddedGraph(try String(contentsOfFile: out, encoding: .utf8))["view"] as? [String: Any])
        #expect((view["highlight"] as? [Int])?.count == 2)
        let refused = try cli.run(["path", "UK", "Libya", "--graph", doc, "-o", cli.dir.appendingPathComponent("path.txt").path])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("cannot tell the drawing format from"), "\(refused.stderr)")
    }
}
