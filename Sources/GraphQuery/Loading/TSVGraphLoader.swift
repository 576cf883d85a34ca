#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import KnowledgeGraph

/// Reads the edge-list format straight into a ``GraphIndex``, parsing UTF-8 bytes of a
/// mapped file without building the full graph model:
/// `nodes.tsv` has `id<TAB>type<TAB>label` lines, `edges.tsv` has `source<TAB>type<TAB>target`;
/// an optional first line naming the columns is skipped.
///
/// Node ids are interned to `Int32` through a byte-keyed hash table; when the ids are
/// `0, 1, 2, …` in file order (as the benchmark generator writes them), endpoints are read
/// as numbers instead.
public enum TSVGraphLoader {
    /// - Complexity: O(size of the files).
    public static func load(nodes nodesPath: String, edges edgesPath: String) throws(GraphQueryError) -> GraphIndex {
        let nodeFile = try MappedFile(path: nodesPath)
        let edgeFile = try MappedFile(path: edgesPath)
        return try load(nodes: nodeFile.bytes, edges: edgeFile.bytes, paths: (nodesPath, edgesPath))
    }

    /// The edge list as a graph for queries, its names indexed on another core while the
    /// edges are read.
    static func loadGraph(nodes nodesPath: String, edges edgesPath: String) throws(GraphQueryError) -> QueryGraph {
        let nodeFile = try MappedFile(path: nodesPath)
        let edgeFile = try MappedFile(path: edgesPath)
        let n = try readNodes(nodeFile.bytes, path: nodesPath)
        let names = NameIndexFuture(NameSource(ids: n.ids, labels: n.labels))
        return QueryGraph(index: try index(n, edges: edgeFile.bytes, path: edgesPath), records: nil, names: names)
    }

    /// The edge-list format held in memory (also for the fuzzers); `paths` name it in errors.
    package static func load(
        nodes: UnsafeRawBufferPointer, edges: UnsafeRawBufferPointer, paths: (nodes: String, edges: String)
    ) throws(GraphQueryError) -> GraphIndex {
        try index(try readNodes(nodes, path: paths.nodes), edges: edges, path: paths.edges)
    }

    private static func index(_ n: Nodes, edges: UnsafeRawBufferPointer, path: String) throws(GraphQueryError) -> GraphIndex {
        let e = try readEdges(edges, path: path, nodes: n)
        return GraphIndex(
            ids: n.ids, labels: n.labels, idLookup: n.lookup, nodeTypes: n.types,
            edgeSource: e.source, edgeTarget: e.target, edgeRelation: e.relation,
            edgeEvidence: [Int32](repeating: 0, count: e.source.count))
    }

    struct Nodes {
        var ids = NameTable()
        var labels = NameTable()
        var types: [UInt8] = []
        var lookup = IDTable(capacityFor: 0)
        /// Ids are "0", "1", … in file order.
        var dense = true
    }

    static func readNodes(_ bytes: UnsafeRawBufferPointer, path: String) throws(GraphQueryError) -> Nodes {
        var nodes = Nodes()
        // A rough count sizes the tables once: about 20 bytes a line or more.
        let estimate = max(16, bytes.count / 16)
        nodes.ids.reserve(count: estimate, bytes: estimate * 2)
        nodes.labels.reserve(count: estimate, bytes: bytes.count)
        nodes.types.reserveCapacity(estimate)
        let typeNames = NodeType.byCode.map { Array($0.rawValue.utf8) }
        var lines = TSVLines(bytes)
        var fields: [UnsafeRawBufferPointer] = []
        var pending: [(line: Int, id: UnsafeRawBufferPointer)] = []
        while let line = lines.next() {
            if line.isEmpty { continue }
            if lines.lineNumber == 1, line.equals("id\ttype\tlabel") { continue }
            TSVLines.fields(line, max: 3, into: &fields)
            guard fields.count >= 2, !fields[0].isEmpty else {
                throw GraphQueryError(.badTSV, "\(path):\(lines.lineNumber): expected id<TAB>type<TAB>label")
            }
            guard let type = typeNames.firstIndex(where: { matches(fields[1], $0) }) else {
                throw GraphQueryError(
                    .unknownNodeType,
                    "\(path):\(lines.lineNumber): unknown node type '\(fields[1].asString)' (expected one of: \(NodeType.allCases.map(\.rawValue).joined(separator: " ")))")
            }
            let number = nodes.types.count
            if nodes.dense, fields[0].plainDecimal != number { nodes.dense = false }
            nodes.ids.append(fields[0])
            nodes.labels.append(fields.count == 3 && !fields[2].isEmpty ? fields[2] : fields[0])
            nodes.types.append(UInt8(type))
            pending.append((lines.lineNumber, fields[0]))
        }
        guard nodes.types.count < Int(Int32.max) else {
            throw GraphQueryError(.badTSV, "\(path): more than \(Int32.max) nodes")
        }
        nodes.lookup = IDTable(capacityFor: nodes.types.count)
        var canonical = CanonicalIDCheck()
        for (number, entry) in pending.enumerated() {
            if nodes.lookup.insert(entry.id, node: Int32(number), names: nodes.ids) != nil {
                throw GraphQueryError(.badTSV, "\(path):\(entry.line): node id '\(entry.id.asString)' appears twice")
            }
            if let earlier = canonical.clash(entry.id) {
                throw GraphQueryError(.badTSV, "\(path):\(entry.line): \(CanonicalIDCheck.message(entry.id.asString, earlier))")
            }
        }
        return nodes
    }

    struct Edges {
        var source: [Int32] = []
        var target: [Int32] = []
        var relation: [UInt8] = []
    }

    static func readEdges(_ bytes: UnsafeRawBufferPointer, path: String, nodes: Nodes) throws(GraphQueryError) -> Edges {
        var edges = Edges()
        let estimate = bytes.count / 12
        edges.source.reserveCapacity(estimate)
        edges.target.reserveCapacity(estimate)
        edges.relation.reserveCapacity(estimate)
        let relationNames = RelationType.byCode.map { Array($0.rawValue.utf8) }
        let n = nodes.types.count
        var lines = TSVLines(bytes)
        var fields: [UnsafeRawBufferPointer] = []

        func node(_ field: UnsafeRawBufferPointer) -> Int32? {
            if nodes.dense, let value = field.plainDecimal, value < n { return Int32(value) }
            if !nodes.dense, let found = nodes.lookup.find(field, names: nodes.ids) { return found }
            return nil
        }
        // The model's rule names what is wrong with an edge it refuses.
        func reject(_ fields: [UnsafeRawBufferPointer], line: Int) throws(GraphQueryError) {
            do {
                try KnowledgeGraph.checkEdge(
                    source: fields[0].asString, type: fields[1].asString, target: fields[2].asString,
                    hasNode: { var id = $0; return id.withUTF8 { node(UnsafeRawBufferPointer($0)) } != nil })
            } catch {
                throw GraphQueryError(error.code == .danglingEdge ? .unknownNode : .badTSV, "\(path):\(line): \(error.message)", cause: error)
            }
        }

        var lastRelation = 0
        while let line = lines.next() {
            if line.isEmpty { continue }
            if lines.lineNumber == 1, line.equals("source\ttype\ttarget") { continue }
            TSVLines.fields(line, max: 3, into: &fields)
            guard fields.count == 3 else {
                throw GraphQueryError(.badTSV, "\(path):\(lines.lineNumber): expected source<TAB>type<TAB>target")
            }
            // Relation names repeat, so try the last one first.
            var rel = lastRelation
            if !matches(fields[1], relationNames[rel]) {
                guard let found = relationNames.firstIndex(where: { matches(fields[1], $0) }) else {
                    throw GraphQueryError(
                        .unknownRelationType,
                        "\(path):\(lines.lineNumber): unknown relation type '\(fields[1].asString)' (expected one of: \(RelationType.allCases.map(\.rawValue).joined(separator: " ")))")
                }
                rel = found
                lastRelation = found
            }
            guard let a = node(fields[0]), let b = node(fields[2]), a != b else {
                try reject(fields, line: lines.lineNumber)
                continue
            }
            edges.source.append(a)
            edges.target.append(b)
            edges.relation.append(UInt8(rel))
        }
        guard edges.source.count < Int(Int32.max) / 2 else {
            throw GraphQueryError(.badTSV, "\(path): more than \(Int32.max / 2) edges")
        }
        return edges
    }

    @inline(__always)
    static func matches(_ field: UnsafeRawBufferPointer, _ name: [UInt8]) -> Bool {
        field.count == name.count && name.withUnsafeBytes { memcmp(field.baseAddress!, $0.baseAddress!, name.count) == 0 }
    }
}
