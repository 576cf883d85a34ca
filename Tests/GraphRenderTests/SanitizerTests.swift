import Foundation
import GraphExport
import GraphRender
import KnowledgeGraph
import Testing

/// Text bound for XML, DOT and Graphviz goes through one sanitizer, the same in every format.
struct SanitizerTests {
    /// Each character XML 1.0 cannot carry, with what every output shows instead.
    static let unsafe: [(scalar: UInt32, shown: String)] =
        [(0x00, "\u{FFFD}"), (0x01, "\u{FFFD}"), (0x08, "\u{FFFD}"), (0x0B, " "), (0x0C, " "), (0x0E, "\u{FFFD}"),
         (0x1F, "\u{FFFD}"), (0xFFFE, "\u{FFFD}"), (0xFFFF, "\u{FFFD}"), (0xFDD0, "\u{FFFD}"), (0x10FFFF, "\u{FFFD}")]

    static func graph(label: String, evidence: String) -> KnowledgeGraph {
        let a = Node(id: "a", label: label, type: .country, names: Names(en: label))
        let b = Node(id: "b", label: "B", type: .country, names: Names(en: "B"))
        let edge = Edge(source: "a", type: .talks, target: "b",
                        evidence: [Evidence(document: "d.txt", sentence: 0, start: 0, end: 3, text: evidence)])
        return KnowledgeGraph(nodes: [a, b], edges: [edge])
    }

    @Test(arguments: unsafe.map(\.scalar))
    func everyFormatShowsTheSameText(scalar: UInt32) throws {
        let shown = try #require(Self.unsafe.first { $0.scalar == scalar }).shown
        let c = String(Character(try #require(Unicode.Scalar(scalar))))
        let graph = Self.graph(label: "a\(c)b", evidence: "page one\(c)page two")
        let label = "a\(shown)b", evidence = "page one\(shown)page two"

        let svg = try #require(XMLText.parse(try GraphRenderer.render(graph, options: RenderOptions(format: .svg)), textElement: "text"),
                               "SVG is not well-formed XML")
        #expect(svg.texts.contains(label), "\(svg.texts)")
        #expect(svg.titles.contains { $0.contains(evidence) }, "\(svg.titles)")

        let graphML = try #require(XMLText.parse(try GraphExporter.export(graph, as: .graphml), textElement: "data"),
                                   "GraphML is not well-formed XML")
        #expect(graphML.texts.contains(label))

        let dot = String(decoding: try GraphExporter.export(graph, as: .dot), as: UTF8.self)
        // Graphviz quotes a label only when it is not a plain DOT identifier.
        #expect(dot.contains("label=\"\(label)\"") || dot.contains("label=\(label),"), "\(dot)")
        // dot reads back what kg wrote.
        _ = try GraphRenderer.render(dot: dot, engine: .dot, format: .svg)
    }

    @Test func aLongLabelEndsInAnEllipsisAndDotReadsItBack() throws {
        let long = String(repeating: "ل", count: 20_000)
        let graph = Self.graph(label: long, evidence: String(repeating: "t", count: 20_000))
        for format in [RenderFormat.dot, .svg] {
            let data = try GraphRenderer.render(graph, options: RenderOptions(format: format))
            let text = String(decoding: data, as: UTF8.self)
            #expect(text.contains(String(repeating: "ل", count: 3_000) + "…"), "\(format)")
            #expect(!text.contains(String(repeating: "ل", count: 4_000)), "\(format)")
            if format == .dot { _ = try GraphRenderer.render(dot: text, engine: .dot, format: .svg) }
        }
        let exported = String(decoding: try GraphExporter.export(graph, as: .dot), as: UTF8.self)
        _ = try GraphRenderer.render(dot: exported, engine: .dot, format: .svg)
        // The JSON keeps the whole label.
        #expect(try GraphJSON.decode(GraphJSON.encode(graph)).node(id: "a")?.label == long)
    }

    /// Ids cgraph or DOT would read specially get made-up names; labels still show them.
    @Test(arguments: ["%1", "%internal", "<b>x</b>", "a\u{0}b", ""])
    func specialIdsGetSafeGraphvizNames(id: String) throws {
        let graph = KnowledgeGraph(
            nodes: [Node(id: id, label: "L", type: .place), Node(id: "b", label: "B", type: .place)],
            edges: [Edge(source: id, type: .talks, target: "b")])
        let dot = String(decoding: try GraphExporter.export(graph, as: .dot), as: UTF8.self)
        #expect(dot.contains("kg_node_0"), "\(dot)")
        #expect(dot.contains("kg_node_0 -> b"), "\(dot)")
        let svg = try #require(XMLText.parse(try GraphRenderer.render(graph, options: RenderOptions(format: .svg)), textElement: "text"))
        #expect(svg.texts.contains("L"))
        // A plain id keeps its name.
        #expect(dot.contains("\tb\t[") || dot.contains("\tb [") || dot.contains("b\t"), "\(dot)")
    }
}
