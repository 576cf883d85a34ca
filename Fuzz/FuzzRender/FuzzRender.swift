import FuzzSupport
import Foundation
import GraphExport
import GraphRender
import KnowledgeGraph

/// libFuzzer harness for rendering and export with fuzzed text: the input, split at NUL
/// bytes, gives ids, labels and evidence of a small graph (ids starting with `%` and
/// HTML-like labels included). Rendering goes through GraphRenderer, under Graphviz's lock.
/// Every format must succeed, SVG must parse as XML, and `dot` must read back the DOT.
@_cdecl("LLVMFuzzerTestOneInput") public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 { fuzzRender(data, size) }
@_cdecl("FuzzRender_main") public func main(_ argc: Int32, _ argv: Arguments) -> Int32 { runFuzzer(argc, argv, testOneInput) }

func fuzzRender(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    let parts = UnsafeBufferPointer(start: data, count: size).split(separator: 0, omittingEmptySubsequences: false)
        .map { String(decoding: $0, as: UTF8.self) }
    guard parts.count >= 2 else { return 0 }
    var graph = KnowledgeGraph()
    for (i, text) in parts.prefix(4).enumerated() {
        graph.add(Node(id: i % 2 == 0 ? text : "%\(text)", label: text, type: NodeType.allCases[i % NodeType.allCases.count],
                       names: Names(en: text, ar: parts.last)))
    }
    let ids = graph.nodes.map(\.id)
    for (a, b) in zip(ids, ids.dropFirst()) where a != b {
        graph.add(Edge(source: a, type: .support, target: b,
                       evidence: [Evidence(document: parts[0], sentence: 0, start: 0, end: 1, text: parts.last ?? "")]))
    }
    for format in [RenderFormat.svg, .dot, .png] {
        guard let out = try? GraphRenderer.render(graph, options: RenderOptions(format: format, engine: .dot)) else {
            fatalError("render \(format) failed")
        }
        if format == .dot, (try? GraphRenderer.render(dot: String(decoding: out, as: UTF8.self), engine: .dot, format: .svg)) == nil {
            fatalError("dot cannot read back the DOT kg wrote")
        }
    }
    guard (try? GraphExporter.export(graph, as: .graphml)) != nil else { fatalError("GraphML export failed") }
    return 0
}
