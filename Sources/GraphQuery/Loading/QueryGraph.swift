import Foundation
import KnowledgeGraph

/// A graph loaded for queries: the compact ``index`` and, when the graph came from JSON or
/// the model, the full node and edge records (same numbering) for names and evidence.
public struct QueryGraph: Sendable {
    public let index: GraphIndex
    let records: Records
    /// Every node's names, normalized, for ``EntityResolver``; large graphs build it on a
    /// thread of its own while they load.
    let names: NameIndexFuture

    enum Records: Sendable {
        /// An edge list: ids, labels and types only.
        case none
        case model(nodes: [Node], edges: [Edge])
        case json(JSONRecords)
    }

    /// Whether full records (names, aliases, evidence) are at hand.
    public var hasModel: Bool {
        if case .none = records { return false }
        return true
    }

    /// Indexes a graph of the model, which must pass its validation.
    ///
    /// - Complexity: O(n + m) after the graph's own sorting of nodes and edges.
    public init(_ graph: KnowledgeGraph) throws(GraphQueryError) {
        do { try graph.validate() } catch { throw GraphQueryError(.badJSON, error.message, cause: error) }
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
        records = .model(nodes: nodes, edges: edges)
        var extra = NameTable()
        var extraEnds: [Int32] = []
        for node in nodes {
            for name in Self.otherNames(of: node) { extra.append(name) }
            extraEnds.append(Int32(extra.count))
        }
        names = NameIndexFuture(NameSource(ids: ids, labels: labels, extra: extra, extraEnds: extraEnds))
    }

    /// An edge-list graph: names are ids and labels.
    public init(index: GraphIndex) {
        self.index = index
        records = .none
        names = NameIndexFuture(NameSource(ids: index.ids, labels: index.labels))
    }

    /// A graph whose name index a loader started building before the index was done.
    init(index: GraphIndex, records: JSONRecords?, names: NameIndexFuture) {
        self.index = index
        self.records = records.map { .json($0) } ?? .none
        self.names = names
    }

    /// The full record of a node, if the graph has records.
    public func node(_ v: Int32) -> Node? {
        switch records {
        case .none: nil
        case .model(let nodes, _): nodes[Int(v)]
        case .json(let json): (try? json.decode(nodes: [v], edges: []))?.nodes.first
        }
    }

    /// The full record of an edge, with its evidence, if the graph has records.
    public func edge(_ e: Int32) -> Edge? {
        switch records {
        case .none: return nil
        case .model(_, let edges): return edges[Int(e)]
        case .json(let json):
            let (s, _, t) = index.edge(e)
            return (try? json.decode(nodes: [s, t], edges: [e]))?.edges.first
        }
    }

    /// Every name a node goes by: id, label, English and Arabic names, Wikidata id, aliases.
    public func names(of v: Int32) -> [String] {
        let base = [index.id(of: v), index.label(of: v)]
        switch records {
        case .none: return base
        case .model(let nodes, _):
            return base + Self.otherNames(of: nodes[Int(v)])
        case .json(let json): return base + json.names(of: v)
        }
    }

    /// A node's names beyond id and label: English, Arabic, Wikidata id, aliases.
    static func otherNames(of node: Node) -> [String] {
        [node.names.en, node.names.ar, node.wikidata].compactMap { $0 } + node.aliases
    }

    /// Loads a graph: a graph JSON file (also `-` for standard input) or a folder holding
    /// `nodes.tsv` and `edges.tsv`, as ``GraphFile`` decides. Text documents are refused here;
    /// they need the extractor.
    ///
    /// - Complexity: O(size of the files).
    public static func load(_ path: String) throws(GraphQueryError) -> QueryGraph {
        switch try GraphFile.kind(of: path) {
        case .tsvFolder:
            let folder = URL(fileURLWithPath: path)
            return try TSVGraphLoader.loadGraph(
                nodes: folder.appendingPathComponent("nodes.tsv").path,
                edges: folder.appendingPathComponent("edges.tsv").path)
        case .json:
            return try JSONGraphLoader.load(try MappedFile(path: path), path: path)
        case .standardInput:
            return try JSONGraphLoader.load(try MappedFile(standardInput: ()), path: "standard input")
        case .store:
            throw GraphQueryError(.badArgument, "\(path) is a kg store; kg's commands read it through the store")
        case .text:
            throw GraphQueryError(.badArgument, "\(path) is a text document, not a graph; extract it first (kg extract) or pass it to --graph")
        }
    }

    /// A graph JSON held in memory, read as a file named `name` would be (for the fuzzers);
    /// `pieceBytes` as ``JSONGraphLoader/load(_:path:pieceBytes:)`` takes it.
    package static func load(json: [UInt8], name: String, pieceBytes: Int = 32 << 20) throws(GraphQueryError) -> QueryGraph {
        try JSONGraphLoader.load(MappedFile(copying: json), path: name, pieceBytes: pieceBytes)
    }
}
