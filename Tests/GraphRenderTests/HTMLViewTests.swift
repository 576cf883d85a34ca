import Foundation
import GraphRender
@testable import GraphView
import KnowledgeGraph
import Testing

/// The page kg writes: self-contained, locked down by its policy, the same bytes each time.
/// Tests/Browser drives it in Chromium; these check what can be checked without one.
@Suite struct HTMLViewTests {
    static func page(_ graph: KnowledgeGraph = Fixtures.bilingual(), labels: LabelLanguage = .both) throws -> String {
        String(decoding: try HTMLView.render(graph, options: ViewOptions(labels: labels, title: "fixture")), as: UTF8.self)
    }

    @Test func sha256MatchesTheStandardVectors() {
        func hex(_ s: String) -> String { SHA256.digest(Array(s.utf8)).map { String(format: "%02x", $0) }.joined() }
        #expect(hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.base64Digest(Array("abc".utf8)) == "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=")
    }

    @Test func thePolicyAllowsOnlyItsOwnScriptAndNoRequests() throws {
        let html = try Self.page()
        let scriptStart = try #require(html.range(of: "<script>"))
        let scriptEnd = try #require(html.range(of: "</script>", range: scriptStart.upperBound..<html.endIndex))
        let script = String(html[scriptStart.upperBound..<scriptEnd.lowerBound])
        #expect(html.contains("default-src 'none'; script-src 'sha256-\(SHA256.base64Digest(Array(script.utf8)))'"))
        #expect(html.components(separatedBy: "<script").count - 1 == 2)
        for remote in ["http://", "https://", "//cdn", "@import", "src=\""] {
            #expect(!script.contains(remote), "the script mentions \(remote)")
        }
    }

    @Test func theSameGraphGivesTheSameBytes() throws {
        #expect(try Self.page() == Self.page())
        #expect(try Self.page(labels: .ar) != Self.page(labels: .en))
    }

    @Test func theEmbeddedGraphIsGraphJSONAndTheDrawingNamesEveryElement() throws {
        let graph = Fixtures.bilingual()
        let html = try Self.page(graph)
        let start = try #require(html.range(of: #"<script type="application/json" id="kg-data">"#))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        let json = try #require(String(html[start.upperBound..<end.lowerBound]).data(using: .utf8))
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        let embedded = try JSONSerialization.data(withJSONObject: try #require(object["graph"]), options: [.sortedKeys])
        let written = try JSONSerialization.data(withJSONObject: try JSONSerialization.jsonObject(with: GraphJSON.encode(graph)), options: [.sortedKeys])
        #expect(embedded == written)
        let view = try #require(object["view"] as? [String: Any])
        let svg = try #require(view["svg"] as? String)
        // Graphviz writes the hyphen as a character reference; the browser reads kgn-0.
        for i in 0..<graph.nodeCount { #expect(svg.contains("id=\"kgn&#45;\(i)\"")) }
        for i in 0..<graph.edgeCount { #expect(svg.contains("id=\"kge&#45;\(i)\"")) }
        // The page shows evidence in its panel, so the drawing carries no tooltips.
        #expect(!svg.contains("مذكرة تفاهم للتعاون الدفاعي"))
        let uk = graph.nodes.firstIndex { $0.id == "Q145" }!
        #expect((view["exactKeys"] as? [String: [Int]])?["المملكه المتحده"] == [uk])
        #expect((view["bareKeys"] as? [String: [Int]])?["مملكه متحده"] == [uk])
    }

    @Test func hostileTextCannotEndTheDataScript() throws {
        var graph = Fixtures.bilingual()
        graph.add(Node(id: "x", label: "</script><script>alert(1)</script><!--", type: .organization, names: Names(en: "\u{2028}&lt;")))
        let html = try Self.page(graph)
        let start = try #require(html.range(of: #"id="kg-data">"#))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        let data = html[start.upperBound..<end.lowerBound]
        #expect(!data.contains("<") && !data.contains(">") && !data.contains("&") && !data.contains("\u{2028}"))
        #expect(data.contains(#"\u003c/script\u003e\u003cscript\u003ealert(1)"#))
    }

    @Test func anArabicPageIsRightToLeft() throws {
        let html = try Self.page(labels: .ar)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">"))
        #expect(html.contains(#""ui.search":"ابحث عن كيان (بالعربية أو الإنجليزية)""#))
        #expect(try Self.page(labels: .en).contains("<html lang=\"en\" dir=\"ltr\">"))
    }
}
