import Foundation
import GraphRender
import KnowledgeGraph

/// Formats a graph can be exported to, for other tools to load.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// The tool's own schema (`{"nodes": […], "edges": […]}`), lossless.
    case json
    /// GraphML for NetworkX (`read_graphml`), Gephi and yEd.
    case graphml
    /// DOT written by Graphviz's `agwrite`, for the `dot` CLI.
    case dot
}

/// Writes graphs in exchange formats. Output is deterministic.
public enum GraphExporter {
    public static func export(_ graph: KnowledgeGraph, as format: ExportFormat) throws(GraphExportError) -> Data {
        do { try graph.validate() } catch { throw GraphExportError(.invalidGraph, error.message, cause: error) }
        switch format {
        case .json:
            do { return try GraphJSON.encode(graph) } catch { throw GraphExportError(.invalidGraph, error.message, cause: error) }
        case .graphml:
            return GraphMLWriter().write(graph)
        case .dot:
            // The renderer's own cgraph graph, with the text exactly as in the model:
            // no legend, no bidi isolates.
            let options = RenderOptions(format: .dot, legend: false, isolatesBidiText: false)
            do {
                return try GraphRenderer.render(graph, options: options)
            } catch {
                throw GraphExportError(.dot, "DOT export failed: \(error)", cause: error)
            }
        }
    }
}
