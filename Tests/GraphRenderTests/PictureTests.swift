import Foundation
@testable import GraphRender
import KnowledgeGraph
import Testing

/// What a static picture leaves out, the legend of every engine, and the Arabic interface words.
@Suite struct PictureTests {
    static let text = try! InterfaceText.builtIn()

    /// A hub with `spokes` related entities, a chain of three, and `loners` with no relation.
    static func graph(spokes: Int, loners: Int) -> KnowledgeGraph {
        var g = KnowledgeGraph()
        g.add(Node(id: "hub", label: "Hub", type: .country, names: Names(en: "Hub")))
        for i in 0..<spokes {
            g.add(Node(id: "s\(i)", label: "S\(i)", type: .organization, names: Names(en: "S\(i)")))
            g.add(Edge(source: "s\(i)", type: .memberOf, target: "hub"))
        }
        for id in ["c0", "c1", "c2"] { g.add(Node(id: id, label: id, type: .place, names: Names(en: id))) }
        g.add(Edge(source: "c0", type: .locatedIn, target: "c1"))
        g.add(Edge(source: "c1", type: .locatedIn, target: "c2"))
        for i in 0..<loners { g.add(Node(id: "z\(i)", label: "Z\(i)", type: .person, names: Names(en: "Z\(i)"))) }
        return g
    }

    @Test func entitiesWithNoRelationAreLeftOutWithACount() throws {
        let part = try PictureSelection(Self.graph(spokes: 4, loners: 3), limit: 150, language: .en, mentionsWholeGraph: true)
        #expect(part.graph.nodes.map(\.id) == ["c0", "c1", "c2", "hub", "s0", "s1", "s2", "s3"])
        #expect(part.graph.edgeCount == 6)
        #expect(part.caption == "3 entities with no relation are not drawn; the whole graph is in graph.html")
        let arabic = try PictureSelection(Self.graph(spokes: 4, loners: 3), limit: 150, language: .ar, mentionsWholeGraph: false)
        #expect(arabic.caption == "كيانات بلا علاقة لم تُرسم: 3")
    }

    @Test func aGraphWithNothingLeftOutHasNoCaption() throws {
        let g = Self.graph(spokes: 2, loners: 0)
        let part = try PictureSelection(g, limit: 150, language: .en, mentionsWholeGraph: true)
        #expect(part.caption == nil)
        #expect(part.graph == g)
    }

    @Test func pastTheLimitTheMostConnectedPieceIsDrawn() throws {
        // The hub's piece (11 entities) is the heaviest; the limit takes the hub and its spokes by id.
        let part = try PictureSelection(Self.graph(spokes: 10, loners: 2), limit: 5, language: .en, mentionsWholeGraph: false)
        #expect(part.graph.nodes.map(\.id) == ["hub", "s0", "s1", "s2", "s3"])
        #expect(part.caption == "The 5 most connected of 16 entities (by relations and evidence); 2 entities with no relation are not drawn")
        // With room left after the hub's piece, the chain comes next.
        let more = try PictureSelection(Self.graph(spokes: 3, loners: 0), limit: 6, language: .en, mentionsWholeGraph: false)
        #expect(more.graph.nodes.map(\.id) == ["c0", "c1", "hub", "s0", "s1", "s2"])
    }

    @Test(arguments: [LayoutEngine.neato, .sfdp, .fdp, .circo, .twopi])
    func everyEngineDrawsTheLegend(engine: LayoutEngine) throws {
        let svg = String(decoding: try GraphRenderer.render(Fixtures.bilingual(), options: RenderOptions(format: .svg, engine: engine)), as: UTF8.self)
        for entry in ["Legend", "country", "person", "agreement", "funding", "opposes"] {
            #expect(svg.contains(">\(entry)<") || svg.contains("\(entry)</text>") || svg.contains("▶ \(entry)<"), "\(engine): no legend entry \(entry)")
        }
        // The legend sits right of the drawing: its title's x is beyond every entity's.
        let xs = try Self.textX(svg)
        let legendX = try #require(xs["Legend"])
        #expect(xs.filter { $0.key == "United Kingdom" || $0.key == "Jordan" }.allSatisfy { $0.value < legendX })
    }

    @Test func anArabicPictureNamesRelationsLegendRolesAndDatesInArabic() throws {
        let svg = String(decoding: try GraphRenderer.render(Fixtures.bilingual(), options: RenderOptions(format: .svg, engine: .neato, labels: .ar)), as: UTF8.self)
        for word in ["مفتاح الرسم", "اتفاق", "تمويل", "سفير", "12 مارس 2024", "20 مليون GBP", "دولة"] {
            #expect(svg.contains(word), "no \(word) in the Arabic picture")
        }
        #expect(!svg.contains(">agreement<"))
    }

    @Test func theCaptionIsDrawnAboveTheGraph() throws {
        let svg = String(decoding: try GraphRenderer.render(Fixtures.bilingual(), options: RenderOptions(format: .svg, caption: "2 entities with no relation are not drawn")), as: UTF8.self)
        #expect(svg.contains("2 entities with no relation are not drawn</text>"))
    }

    @Test func interfaceTableErrorsNameFileAndLine() {
        #expect(throws: GraphRenderError.self) { try InterfaceText(tsv: "relation.talks\ttalks\n", file: "t.tsv") }
        do {
            _ = try InterfaceText(tsv: "# c\nui.x\t{a} b\t{b} ب\n", file: "t.tsv")
            Issue.record("mismatched placeholders were accepted")
        } catch {
            #expect(error.message == "t.tsv:2: the English and Arabic texts of ui.x use different {placeholders}")
        }
        do {
            _ = try InterfaceText(tsv: "ui.x\tx\tس\n", file: "t.tsv")
            Issue.record("a table without relation names was accepted")
        } catch {
            #expect(error.message == "t.tsv: no line for relation.partnership")
        }
    }

    @Test func everyRoleTheExtractorGivesHasAnArabicName() throws {
        let words = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("Sources/Extraction/Resources/words.tsv"), encoding: .utf8)
        let roles = Set(words.split(separator: "\n").filter { $0.hasPrefix("title\t") }.compactMap { $0.split(separator: "\t").last.map(String.init) }).subtracting(["-"])
        #expect(roles.count > 30)
        for role in roles.sorted() {
            #expect(Self.text.role(role, .ar) != role, "role \(role) has no Arabic name in interface.tsv")
        }
        #expect(Self.text.date("12-13 January", .ar) == "12-13 يناير")
        #expect(Self.text.date("since 2020", .ar) == "منذ 2020")
        #expect(Self.text.date("since 2020", .en) == "since 2020")
        #expect(Self.text.amount(Amount(value: 1_100_000_000, currency: "USD"), .en) == "1.1B USD")
    }

    /// Each `<text>`'s content and x coordinate.
    static func textX(_ svg: String) throws -> [String: Double] {
        var out: [String: Double] = [:]
        let pattern = try NSRegularExpression(pattern: #"<text[^>]* x="([-0-9.]+)"[^>]*>([^<]*)</text>"#)
        for m in pattern.matches(in: svg, range: NSRange(svg.startIndex..., in: svg)) {
            let x = Double(svg[Range(m.range(at: 1), in: svg)!])!
            out[String(svg[Range(m.range(at: 2), in: svg)!]), default: x] = x
        }
        return out
    }
}
