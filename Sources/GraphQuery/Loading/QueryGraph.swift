import Foundation
import KnowledgeGraph

/// A graph loaded for queries: the compact ``index`` and, when the graph came from the
/// JSON model, its nodes and edges (same numbering) for names and evidence.
public struct QueryGraph: Sendable {
    public let index: GraphIndex
    /// `nodes[i]` is node number `i` of the index; empty for edge-list graphs.
    public let nodes: [Node]
    /// `edges[e]` is edge number `e` of the index; empty for edge-list graphs.
    public let edges: [Edge]

    public var hasModel: Bool { !nodes.isEmpty }

    /// Indexes a graph of the model.
    ///
    /// - Complexity: O(n + m) after the graph's own sorting of nodes and edges.
    public init(_ graph: KnowledgeGraph) {
        let nodes = graph.nodes
        let edges = graph.edges
        var ids = NameTable()
        var labels = NameTable()
        for node in nodes {
            ids.append(node.id)
            labels.append(node.label)
        }
        var lookup = IDTable(capacityFor: nodes.count)
        var number: [String: Int32] = [:]
        for (i, node) in nodes.enumerated() {
            var id = node.id
            _ = id.withUTF8 { lookup.insert(UnsafeRawBufferPointer($0), node: Int32(i), names: ids) }
            number[node.id] = Int32(i)
        }
        // The model validates endpoints, so every edge end is a known node.
        index = GraphIndex(
            ids: ids, labels: labels, idLookup: lookup, nodeTypes: nodes.map { $0.type.code },
            edgeSource: edges.map { number[$0.source]! }, edgeTarget: edges.map { number[$0.target]! },
            edgeRelation: edges.map { $0.type.code }, edgeEvidence: edges.map { Int32(clamping: $0.evidence.count) })
        self.nodes = nodes
        self.edges = edges
    }

    public init(index: GraphIndex) {
        self.index = index
        nodes = []
        edges = []
    }

    /// Loads a graph for queries: a `.json` graph file, or a folder holding `nodes.tsv`
    /// and `edges.tsv`.
    public static func load(_ path: String) throws(GraphQueryError) -> QueryGraph {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw GraphQueryError(.io, "cannot read \(path): no such file or folder")
        }
        if isDir.boolValue {
            let folder = URL(fileURLWithPath: path)
            return QueryGraph(index: try TSVGraphLoader.load(
                nodes: folder.appendingPathComponent("nodes.tsv").path,
                edges: folder.appendingPathComponent("edges.tsv").path))
        }
        do {
            return QueryGraph(try GraphJSON.read(contentsOf: path))
        } catch {
            throw GraphQueryError(.io, error.message, cause: error)
        }
    }
}
