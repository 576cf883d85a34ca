import Foundation
import GraphQuery
import GraphRender
import KnowledgeGraph

/// What the HTML view shows and in which language.
public struct ViewOptions: Sendable {
    public var labels: LabelLanguage
    public var engine: LayoutEngine?
    /// The page's title, e.g. the documents the graph came from.
    public var title: String
    /// Entities to show selected when the page opens (a query's answer), by id.
    public var highlight: [String]

    public init(labels: LabelLanguage = .both, engine: LayoutEngine? = nil, title: String = "", highlight: [String] = []) {
        self.labels = labels
        self.engine = engine
        self.title = title
        self.highlight = highlight
    }
}

/// Writes `graph.html`: one self-contained page with the graph's JSON, its Graphviz drawing,
/// search, evidence panel, filters and a path finder. It loads nothing from anywhere: its
/// Content-Security-Policy allows only its own script, by hash.
public enum HTMLView {
    /// The page's bytes; the same graph and options give the same bytes.
    ///
    /// - Throws: ``GraphViewError`` when the drawing fails or the graph is invalid.
    public static func render(_ graph: KnowledgeGraph, options: ViewOptions = ViewOptions()) throws(GraphViewError) -> Data {
        let svg: Data
        do {
            svg = try GraphRenderer.render(graph, options: RenderOptions(
                format: .svg, engine: options.engine, labels: options.labels, elementIDs: true, tooltips: false))
        } catch {
            throw GraphViewError(.drawing, error.description, cause: error)
        }
        let data = try ViewData.json(graph, svg: svg, options: options)
        let page = try PageTemplate.shipped()
        return page.fill(
            language: InterfaceText.Language(options.labels), title: options.title, data: ViewData.scriptSafe(data))
    }
}
