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
    /// GEXF 1.2 for Gephi and NetworkX (`read_gexf`).
    case gexf
    /// A folder of CSV files for `neo4j-admin database import` (``exportFiles(_:as:)``).
    case neo4j
    /// JSON Lines: one node or edge a line.
    case jsonl
    /// The event table as CSV: one row per piece of evidence.
    case events

    /// The format an output file's extension names (`graph.gexf`, `events.csv`), if any.
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "csv": self = .events
        case "ndjson": self = .jsonl
        case "neo4j": return nil
        default: self.init(rawValue: fileExtension.lowercased())
        }
    }

    /// Whether the format is a folder of files rather than one file.
    public var isFolder: Bool { self == .neo4j }
}

/// Writes graphs in exchange formats. Output is deterministic.
public enum GraphExporter {
    /// The files of a format, by name: one for most formats, `nodes.csv` and `relationships.csv` for Neo4j.
    public static func exportFiles(_ graph: KnowledgeGraph, as format: ExportFormat) throws(GraphExportError) -> [(name: String, data: Data)] {
        guard format == .neo4j else { return [("graph.\(format.rawValue)", try export(graph, as: format))] }
        do { try graph.validate() } catch { throw GraphExportError(.invalidGraph, error.message, cause: error) }
        return Neo4jCSVWriter().write(graph)
    }

    public static func export(_ graph: KnowledgeGraph, as format: ExportFormat) throws(GraphExportError) -> Data {
        do { try graph.validate() } catch { throw GraphExportError(.invalidGraph, error.message, cause: error) }
        switch format {
        case .gexf: return GEXFWriter().write(graph)
        case .jsonl: return JSONLinesWriter().write(graph)
        case .events: return EventTableWriter().write(graph)
        case .neo4j:
            throw GraphExportError(.folder, "the Neo4j export is a folder of CSV files; write it with exportFiles")
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
