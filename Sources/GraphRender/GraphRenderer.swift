import CGraphviz
import Foundation
import KnowledgeGraph

/// Draws knowledge graphs through libcgraph/libgvc in this process.
///
/// Safe to call from any thread: calls are serialized on Graphviz's one lock.
public enum GraphRenderer {
    /// Lays out and renders a graph.
    ///
    /// - Returns: the file's bytes: SVG, PNG, PDF, or DOT written by `agwrite`.
    /// - Throws: ``GraphRenderError`` carrying Graphviz's own message.
    public static func render(_ graph: KnowledgeGraph, options: RenderOptions = RenderOptions()) throws(GraphRenderError) -> Data {
        do { try graph.validate() } catch { throw GraphRenderError(.invalidGraph, error.message) }
        let text = try InterfaceText.builtIn()
        let engine = options.engine ?? .automatic(nodeCount: graph.nodeCount)
        // dot draws the legend in its own layout; the other engines get it placed beside theirs.
        let placedLegend = options.legend && engine != .dot && graph.nodeCount > 0
            ? Legend(graph: graph, text: text, language: InterfaceText.Language(options.labels)) : nil
        return try GraphvizRuntime.shared.withContext { (context) throws(GraphRenderError) -> Data in
            let g = try CGraphBuilder(options: options, text: text).build(graph)
            if graphvizReportedError() {
                throw GraphRenderError(.graphConstruction, "Graphviz rejected the graph", graphvizMessage: takeGraphvizErrors())
            }
            if options.format == .dot {
                return try g.writeDOT()
            }
            return try layoutAndRender(context: context, graph: g, engine: engine, format: options.format, legend: placedLegend)
        }
    }

    /// Lays out and renders a graph given as DOT text, as the `dot` CLI would.
    ///
    /// - Throws: ``GraphRenderError`` with Graphviz's message for unparsable DOT.
    public static func render(dot: String, engine: LayoutEngine, format: RenderFormat) throws(GraphRenderError) -> Data {
        try GraphvizRuntime.shared.withContext { (context) throws(GraphRenderError) -> Data in
            let g = try CGraph(dot: dot)
            if format == .dot {
                return try g.writeDOT()
            }
            return try layoutAndRender(context: context, graph: g, engine: engine, format: format)
        }
    }

    private static func layoutAndRender(
        context: borrowing GraphvizRuntime.Context, graph g: borrowing CGraph, engine: LayoutEngine, format: RenderFormat,
        legend: Legend? = nil
    ) throws(GraphRenderError) -> Data {
        // sfdp draws from the C library's generators without reseeding them, so
        // each call in a process would differ; reseed for byte-identical output.
        srand48(1)
        srand(1)
        let status = engine.rawValue.withCString { gvLayout(context.raw, g.raw, $0) }
        guard status == 0 else {
            throw GraphRenderError(.layout, "layout with \(engine.rawValue) failed", graphvizMessage: takeGraphvizErrors())
        }
        defer { gvFreeLayout(context.raw, g.raw) }
        if format == .pdf || legend != nil { return try renderPositioned(context: context, laidOut: g, format: format, legend: legend) }
        return try renderData(context: context, graph: g, format: format.graphvizFormat)
    }

    /// Draws a finished layout again from DOT, read back and placed as given (`nop2`, i.e.
    /// `neato -n2`), after adding what the engine could not place: the legend column.
    /// PDFs always come this way: cairo prints PDF text positions to six decimals, where
    /// sfdp's coordinates differ from run to run, and DOT keeps two (as the SVG does).
    private static func renderPositioned(
        context: borrowing GraphvizRuntime.Context, laidOut g: borrowing CGraph, format: RenderFormat, legend: Legend?
    ) throws(GraphRenderError) -> Data {
        let positioned = try CGraph(dot: String(decoding: try renderData(context: context, graph: g, format: "dot"), as: UTF8.self))
        if let legend {
            try legend.place(on: positioned, rightOf: boundingBox(of: positioned))
        }
        let status = "nop2".withCString { gvLayout(context.raw, positioned.raw, $0) }
        guard status == 0 else {
            throw GraphRenderError(.layout, "placing the finished layout failed", graphvizMessage: takeGraphvizErrors())
        }
        defer { gvFreeLayout(context.raw, positioned.raw) }
        let data = try renderData(context: context, graph: positioned, format: format == .pdf ? "pdf" : format.graphvizFormat)
        return format == .pdf ? PDFDate.normalized(data) : data
    }

    /// The `bb` a layout wrote: x0, y0, x1, y1 in points.
    private static func boundingBox(of g: borrowing CGraph) throws(GraphRenderError) -> (Double, Double, Double, Double) {
        let numbers = (g.attribute("bb") ?? "").split(separator: ",").compactMap { Double($0) }
        guard numbers.count == 4 else { throw GraphRenderError(.layout, "the layout wrote no bounding box") }
        return (numbers[0], numbers[1], numbers[2], numbers[3])
    }

    private static func renderData(context: borrowing GraphvizRuntime.Context, graph: borrowing CGraph, format: String) throws(GraphRenderError) -> Data {
        var buffer: UnsafeMutablePointer<CChar>? = nil
        var length: UInt32 = 0
        let status = format.withCString { gvRenderData(context.raw, graph.raw, $0, &buffer, &length) }
        // Even a failed call may hand back a buffer that must be freed.
        defer { if let buffer { gvFreeRenderData(buffer) } }
        guard status == 0, let buffer else {
            throw GraphRenderError(.render, "rendering \(format) failed", graphvizMessage: takeGraphvizErrors())
        }
        return Data(bytes: buffer, count: Int(length))
    }
}
