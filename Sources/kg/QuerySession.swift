import Foundation
import GraphQuery
import GraphRender
import GraphView
import KnowledgeGraph

/// A graph loaded for one command, with its filter, name resolution and output helpers.
struct QuerySession {
    let options: QueryOptions
    let graph: QueryGraph
    let filter: QueryFilter

    init(_ options: QueryOptions) throws {
        self.options = options
        filter = try options.filter()
        graph = try Self.load(options.graph + (options.store.map { [$0] } ?? []), text: options.text, extraction: options.extraction)
    }

    /// One graph (JSON file, `-`, or edge-list folder) is read as it is; text documents are
    /// extracted and merged here. ``GraphFile`` decides which a path is; anything else is refused.
    static func load(_ paths: [String], text: Bool, extraction: ExtractionOptions) throws -> QueryGraph {
        if paths.count == 1, StoreAccess.isStore(paths[0]) { return try StoreAccess.queryGraph(paths[0]) }
        let kinds: [GraphFile]
        do { kinds = try paths.map { (p) throws(GraphQueryError) in try GraphFile.kind(of: p, text: text) } } catch {
            throw CommandFailure(error.message)
        }
        if kinds.contains(where: { $0 != .text }) {
            guard paths.count == 1 else {
                throw CommandFailure("--graph takes one graph, or any number of text documents; got \(paths.joined(separator: ", "))")
            }
            do { return try QueryGraph.load(paths[0]) } catch { throw CommandFailure(error.message) }
        }
        let graph = try extraction.extractGraph(from: paths)
        do { return try QueryGraph(graph) } catch { throw CommandFailure(error.message) }
    }

    var index: GraphIndex { graph.index }

    /// The node numbers of the named entities.
    func resolve(_ names: [String]) throws -> [Int32] {
        // Exact ids need no name index; build it only when some name is not an id.
        if let ids = Optional(names.compactMap { index.node(id: $0) }), ids.count == names.count { return ids }
        let resolver = EntityResolver(graph: graph)
        do {
            return try names.map { (name) throws(GraphQueryError) in try resolver.node(named: name) }
        } catch {
            throw CommandFailure(error.message)
        }
    }

    /// A finder on the filtered graph; the named entities pass any node-type filter.
    func finder(keeping entities: [Int32]) -> PathFinder {
        PathFinder(view: AdjacencyView(index, filter: filter, keeping: entities))
    }

    /// The filters in force, as the options that set them, for messages; empty when none.
    var filterSummary: String {
        var parts: [String] = []
        if let r = options.relations { parts.append("--relations \(r)") }
        if let t = options.nodeTypes { parts.append("--node-types \(t)") }
        if options.direction != .any { parts.append("--direction \(options.direction.rawValue)") }
        if options.minEvidence > 0 { parts.append("--min-evidence \(options.minEvidence)") }
        return parts.isEmpty ? "" : " (with \(parts.joined(separator: " ")))"
    }

    func describe(_ v: Int32) -> String {
        "\(index.label(of: v)) (\(index.id(of: v)), \(index.type(of: v).rawValue))"
    }

    /// Prints a JSON value with sorted keys.
    func printJSON<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Plain value types always encode.
        let data = try! encoder.encode(value)
        try StandardOutput.write(data + Data("\n".utf8))
    }

    /// Draws `nodes`/`edges` with the highlighted part emphasised, if the command asked.
    func draw(nodes: [Int32], edges: [Int32], highlightNodes: Set<Int32>, highlightEdges: Set<Edge.Key>) throws {
        guard let output = options.output else { return }
        let part: KnowledgeGraph
        do { part = try graph.model(nodes: nodes, edges: edges) } catch { throw CommandFailure(error.message) }
        let highlight = Highlight(nodes: Set(highlightNodes.map { index.id(of: $0) }), edges: highlightEdges)
        try options.limits.check(part, name: "the answer")
        guard let format = options.format ?? CommandIO.format(fromExtensionOf: output) else {
            // An .html answer: the HTML view of the part, the answer's entities lit.
            let page = try options.limits.withBudget("drawing \(part.nodeCount) nodes") {
                do { return try HTMLView.render(part, options: ViewOptions(title: "kg", highlight: highlight.nodes.sorted())) } catch {
                    throw CommandFailure(error)
                }
            }
            return try CommandIO.write(page, to: output)
        }
        let data = try options.limits.withBudget("drawing \(part.nodeCount) nodes") {
            do { return try GraphRenderer.render(part, options: RenderOptions(format: format, highlight: highlight)) } catch {
                throw CommandFailure(error)
            }
        }
        try CommandIO.write(data, to: output)
    }

    /// Nodes next to `core` in the filtered view, at most `limit`, in node order: the faded
    /// context around an answer in a drawing.
    func context(around core: [Int32], finder: PathFinder, limit: Int) -> [Int32] {
        var seen = Set(core)
        var extra: [Int32] = []
        for v in core where extra.count < limit {
            for u in finder.neighborhood(of: v, hops: 1).nodes.dropFirst() where extra.count < limit {
                if seen.insert(u).inserted { extra.append(u) }
            }
        }
        return extra
    }
}
