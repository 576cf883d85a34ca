import Foundation
import TestSupport
import Testing
import KnowledgeGraph
@testable import GraphRender
import CGraphviz

/// Graphviz is not thread-safe; rendering tests run one at a time.
@Suite(.serialized) struct RenderTests {
    @Test(arguments: [RenderFormat.svg, .png, .pdf, .dot])
    func rendersEachFormat(format: RenderFormat) throws {
        let data = try GraphRenderer.render(Fixtures.bilingual(), options: RenderOptions(format: format))
        let magic: [RenderFormat: String] = [.svg: "<?xml", .png: "\u{89}PNG", .pdf: "%PDF", .dot: "digraph"]
        let head = String(decoding: data.prefix(8), as: UTF8.self).unicodeScalars.map { $0 == "\u{FFFD}" ? "\u{89}" : $0 }
        #expect(String(String.UnicodeScalarView(head)).hasPrefix(magic[format]!))
        #expect(data.count > 500)
    }

    @Test func svgIsWellFormedAndHoldsTheArabicLabelsAndEvidence() throws {
        let svg = try GraphRenderer.render(Fixtures.bilingual(), options: RenderOptions(format: .svg, labels: .both))
        let xml = try #require(XMLText.parse(svg, textElement: "text"))
        let texts = xml.texts.map(\.withoutIsolates)
        for label in ["المملكة المتحدة", "الأردن", "عمّان", "داعش", "United Kingdom", "Jane Doe"] {
            #expect(texts.contains(label), "label \(label)")
        }
        #expect(texts.contains("20M GBP"))
        #expect(texts.contains("ambassador"))
        // Hovering an edge shows the sentence behind it.
        #expect(xml.titles.contains { $0.contains("قدمت بريطانيا 20 مليون جنيه إسترليني لدعم اللاجئين في الأردن.") })
        #expect(xml.titles.contains { $0.contains("Ambassador Jane Doe represents the United Kingdom in Amman.") })
        // Right-to-left lines are isolated so browsers order mixed text like pango does.
        #expect(xml.texts.contains("\u{2068}المملكة المتحدة\u{2069}"))
    }

    @Test(arguments: LabelLanguage.allCases)
    func labelLanguageChoosesTheNames(language: LabelLanguage) throws {
        let svg = try GraphRenderer.render(Fixtures.bilingual(), options: RenderOptions(format: .svg, labels: language, legend: false))
        let texts = try #require(XMLText.parse(svg, textElement: "text")).texts.map(\.withoutIsolates)
        #expect(texts.contains("الأردن") == (language != .en))
        #expect(texts.contains("Jordan") == (language != .ar))
        // A node without an Arabic name keeps its label in every mode.
        #expect(texts.contains("Jane Doe"))
    }

    @Test func symmetricRelationsHaveNoArrowheads() throws {
        let dot = String(decoding: try GraphRenderer.render(Fixtures.bilingual(), options: RenderOptions(format: .dot)), as: UTF8.self)
        // agwrite puts each edge's attributes in one bracketed block.
        let edgeBlocks = dot.components(separatedBy: "];").filter { $0.contains(" -> ") }
        let agreement = try #require(edgeBlocks.first { $0.contains("label=\"agreement") })
        let funding = try #require(edgeBlocks.first { $0.contains("label=\"funding") })
        #expect(agreement.contains("dir=none"))
        #expect(!funding.contains("dir=none"))
        #expect(funding.contains("20M GBP"))
    }

    @Test func highlightEmphasisesThePathAndFadesTheRest() throws {
        let graph = Fixtures.bilingual()
        let path = Edge(source: "Q145", type: .funding, target: "Q810").key
        let options = RenderOptions(format: .dot, highlight: Highlight(nodes: ["Q145", "Q810"], edges: [path]))
        let dot = String(decoding: try GraphRenderer.render(graph, options: options), as: UTF8.self)
        let blocks = dot.components(separatedBy: "];")
        let funding = try #require(blocks.first { $0.contains("label=\"funding") })
        let located = try #require(blocks.first { $0.contains("label=located_in") })
        let amman = try #require(blocks.first { $0.contains("Q3805\t[") || $0.contains("Q3805 [") })
        #expect(funding.contains("penwidth=2.5") && !funding.contains(GraphStyle.fadedLine))
        #expect(located.contains(GraphStyle.fadedLine))
        #expect(amman.contains(GraphStyle.fadedFill))
    }

    @Test func outputIsDeterministic() throws {
        for engine in [LayoutEngine.dot, .neato, .sfdp] {
            let options = RenderOptions(format: .svg, engine: engine)
            let graph = Fixtures.synthetic(nodes: 60)
            let first = try GraphRenderer.render(graph, options: options)
            let second = try GraphRenderer.render(graph, options: options)
            #expect(first.count == second.count && first == second, "engine \(engine) gave different output")
        }
    }

    @Test func graphvizErrorsBecomeSwiftErrorsWithGraphvizsMessage() throws {
        #expect {
            try GraphvizRuntime.shared.withContext { (context) throws(GraphRenderError) -> Data in
                let g = try CGraphBuilder(options: RenderOptions(), text: InterfaceText.builtIn()).build(Fixtures.bilingual())
                let status = "nosuchengine".withCString { gvLayout(context.raw, g.raw, $0) }
                guard status == 0 else {
                    throw GraphRenderError(.layout, "layout failed", graphvizMessage: takeGraphvizErrors())
                }
                return Data()
            }
        } throws: { error in
            let error = error as! GraphRenderError
            return error.code == .layout && (error.graphvizMessage ?? "").contains("nosuchengine")
        }
    }

    @Test func concurrentRendersAreSerializedAndAllSucceed() async throws {
        let graph = Fixtures.bilingual()
        let sizes = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<8 {
                group.addTask { try GraphRenderer.render(graph, options: RenderOptions(format: .svg)).count }
            }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(sizes.count == 8)
        #expect(Set(sizes).count == 1)
    }

    @Test func defaultEngineFollowsGraphSize() {
        #expect(LayoutEngine.automatic(nodeCount: 10) == .dot)
        #expect(LayoutEngine.automatic(nodeCount: 300) == .neato)
        #expect(LayoutEngine.automatic(nodeCount: 5000) == .sfdp)
    }

    /// Runs in its own process (the benchmark binary's `--memory` mode), since the
    /// resident set of this one also holds whatever concurrent test suites allocate.
    @Test(.disabled(if: Sanitizer.distortsMemory, "a sanitizer's quarantine holds freed memory; LeakSanitizer checks leaks in that run"))
    func thousandRendersKeepMemoryFlat() throws {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("RenderBenchmark").path
        let result = try ProcessResult.run(binary, ["--memory", "1000"])
        #expect(result.status == 0, "\(result.stderr)")
        let figures = result.stdout.split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
        try #require(figures.count == 2, "unexpected output: \(result.stdout)")
        // A leak of even 1 KB per render would add 1 MB.
        #expect(figures[1] - figures[0] < 1_000_000, "RSS grew from \(figures[0]) to \(figures[1]) bytes over 1,000 renders")
    }
}

/// An edge's tooltip names the rule that made it, after the trigger.
@Test func edgeTooltipNamesTheRule() throws {
    let evidence = Evidence(document: "d", sentence: 0, start: 0, end: 24, text: "Russia shelled Kharkiv.",
                            trigger: Trigger(start: 7, end: 14, text: "shelled"), rule: "lex:en:opposes:shell")
    let edge = Edge(source: "ru", type: .opposes, target: "kh", evidence: [evidence])
    let text = try InterfaceText.builtIn()
    let tooltip = LabelText.edgeTooltip(edge, sourceLabel: "Russia", targetLabel: "Kharkiv", text: text, language: .en)
    #expect(tooltip.contains("Russia →opposes→ Kharkiv"))
    #expect(tooltip.contains("[d, sentence 0] Russia shelled Kharkiv. (trigger: shelled) [rule: lex:en:opposes:shell]"))
    // With Arabic labels the tooltip's own words are Arabic; the evidence stays as written.
    let arabic = LabelText.edgeTooltip(edge, sourceLabel: "روسيا", targetLabel: "خاركيف", text: text, language: .ar)
    #expect(arabic.contains("روسيا →مواجهة→ خاركيف"))
    #expect(arabic.contains("[d, الجملة 0] Russia shelled Kharkiv. (الكلمة الدالة: shelled) [القاعدة: lex:en:opposes:shell]"))
}
