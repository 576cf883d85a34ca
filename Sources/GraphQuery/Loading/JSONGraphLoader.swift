import Foundation
import KnowledgeGraph
import Synchronization

/// Reads the graph JSON format (see `GraphJSON`) straight into a ``GraphIndex``: only the
/// fields queries need (ids, types, names, aliases, evidence counts) are read from the
/// mapped file; each node's and edge's full record stays in the file, decoded by
/// `GraphJSON` only when an answer shows it. Checks what `GraphJSON` checks: known types,
/// unique node ids, edges joining two distinct existing nodes.
enum JSONGraphLoader {
    /// - Complexity: O(size of the file).
    /// - Parameter pieceBytes: the smallest part of the edges worth reading on a core of its own.
    static func load(_ file: MappedFile, path: String, pieceBytes: Int = 32 << 20) throws(GraphQueryError) -> QueryGraph {
        var scanner = JSONScanner(file.bytes, path: path)
        var reader = Reader(path: path)
        var found = (nodes: false, edges: false)
        try scanner.object { (s: inout JSONScanner, key) throws(GraphQueryError) in
            if key.equals("nodes") {
                found.nodes = true
                try s.array { (s: inout JSONScanner) throws(GraphQueryError) in
                    try reader.node(&s)
                    file.release(before: s.position)
                }
            } else if key.equals("edges") {
                found.edges = true
                // More pieces than cores: the array's end is unknown, so some pieces hold more edges.
                let edges = JSONEdgeArray(file: file, path: path, parts: 4 * ProcessInfo.processInfo.activeProcessorCount, minimumPart: pieceBytes)
                try edges.read(&s, into: &reader)
            } else {
                try s.skipValue()
            }
        }
        if !scanner.atEnd { throw scanner.failure("unexpected text after the graph") }
        for (field, present) in [("nodes", found.nodes), ("edges", found.edges)] where !present {
            throw GraphQueryError(.badJSON, "\(path): missing field '\(field)'")
        }
        // The names are all read: index them on another core while the edges are joined up.
        let names = NameIndexFuture(NameSource(ids: reader.ids, labels: reader.labels, extra: reader.names, extraEnds: reader.nameEnds))
        let index = try reader.finish()
        file.releasePages()
        return QueryGraph(index: index, records: JSONRecords(
            path: path, file: file, nodeRanges: reader.nodeRanges, edgeRanges: reader.edgeRanges,
            names: reader.names, nameEnds: reader.nameEnds), names: names)
    }

    /// Gathers nodes and edges in file order; edges may come before nodes (GraphJSON
    /// writes sorted keys), so their endpoints wait as byte ranges until the end.
    struct Reader {
        let path: String
        var ids = NameTable()
        var labels = NameTable()
        var types: [UInt8] = []
        var names = NameTable()
        var nameEnds: [Int32] = []
        var nodeRanges: [Range<Int>] = []
        var edgeRanges: [Range<Int>] = []
        /// Each edge's source and target, as bytes: `endpoints[2e]`, `endpoints[2e + 1]`.
        var endpoints = NameTable()
        /// One edge's string fields while it is read.
        var fields = NameTable()
        static let relationNames = RelationType.byCode.map { Array($0.rawValue.utf8) }
        var relations: [UInt8] = []
        var evidence: [Int32] = []

        mutating func node(_ scanner: inout JSONScanner) throws(GraphQueryError) {
            let start = try scanner.peek() == 0x7B ? scanner.position : -1
            guard start >= 0 else { throw scanner.failure("nodes[\(types.count)]: expected an object") }
            var id: String?, label: String?, type: String?, en: String?, ar: String?
            var extra: [String] = []
            try scanner.object { (s: inout JSONScanner, key) throws(GraphQueryError) in
                if try s.isNull() { return }
                if key.equals("id") { id = try s.string() }
                else if key.equals("label") { label = try s.string() }
                else if key.equals("type") { type = try s.string() }
                else if key.equals("wikidata") { extra.append(try s.string()) }
                else if key.equals("aliases") {
                    try s.array { (s: inout JSONScanner) throws(GraphQueryError) in extra.append(try s.string()) }
                } else if key.equals("names") {
                    try s.object { (s: inout JSONScanner, key) throws(GraphQueryError) in
                        if try s.isNull() { return }
                        if key.equals("en") { en = try s.string() }
                        else if key.equals("ar") { ar = try s.string() }
                        else { try s.skipValue() }
                    }
                } else { try s.skipValue() }
            }
            let i = types.count
            guard let id else { throw GraphQueryError(.badJSON, "\(path): nodes[\(i)]: missing field 'id'") }
            guard let type else { throw GraphQueryError(.badJSON, "\(path): nodes[\(i)]: missing field 'type'") }
            guard let code = NodeType(rawValue: type)?.code else {
                throw GraphQueryError(
                    .unknownNodeType,
                    "\(path): nodes[\(i)] '\(id)': unknown node type '\(type)' (expected one of: \(NodeType.allCases.map(\.rawValue).joined(separator: " ")))")
            }
            ids.append(id)
            labels.append(label ?? en ?? ar ?? id)
            types.append(code)
            for name in [en, ar].compactMap({ $0 }) + extra { names.append(name) }
            nameEnds.append(Int32(names.count))
            nodeRanges.append(start..<scanner.position)
        }

        mutating func edge(_ scanner: inout JSONScanner) throws(GraphQueryError) {
            let start = try scanner.peek() == 0x7B ? scanner.position : -1
            guard start >= 0 else { throw scanner.failure("edges[\(relations.count)]: expected an object") }
            var source: Int?, target: Int?, type: Int?
            var count: Int32 = 0
            try scanner.object { (s: inout JSONScanner, key) throws(GraphQueryError) in
                if try s.isNull() { return }
                // Endpoints go to `fields` as bytes: five million edges make no `String`.
                if key.equals("source") { source = fields.count; try s.string(into: &fields) }
                else if key.equals("target") { target = fields.count; try s.string(into: &fields) }
                else if key.equals("type") { type = fields.count; try s.string(into: &fields) }
                else if key.equals("evidence") {
                    try s.array { (s: inout JSONScanner) throws(GraphQueryError) in count += 1; try s.skipValue() }
                } else { try s.skipValue() }
            }
            let i = relations.count
            defer { fields.removeAll() }
            guard let source, let target, let type else {
                throw GraphQueryError(.badJSON, "\(path): edges[\(i)]: needs source, type and target")
            }
            guard let code = fields.withBytes(type, { t in Self.relationNames.firstIndex { $0.elementsEqual(t) } }) else {
                throw GraphQueryError(
                    .unknownRelationType,
                    "\(path): edges[\(i)] \(fields[source]) -> \(fields[target]): unknown relation type '\(fields[type])' (expected one of: \(RelationType.allCases.map(\.rawValue).joined(separator: " ")))")
            }
            fields.withBytes(source) { endpoints.append($0) }
            fields.withBytes(target) { endpoints.append($0) }
            relations.append(UInt8(code))
            evidence.append(count)
            edgeRanges.append(start..<scanner.position)
        }

        /// Takes the edges another reader read, as if read here after this reader's own.
        mutating func append(edgesOf other: Reader) {
            endpoints.append(contentsOf: other.endpoints)
            relations.append(contentsOf: other.relations)
            evidence.append(contentsOf: other.evidence)
            edgeRanges.append(contentsOf: other.edgeRanges)
        }

        func finish() throws(GraphQueryError) -> GraphIndex {
            var lookup = IDTable(capacityFor: types.count)
            var canonical = CanonicalIDCheck()
            for i in 0..<types.count {
                var id = ids[i]
                let clash = id.withUTF8 { lookup.insert(UnsafeRawBufferPointer($0), node: Int32(i), names: ids) }
                if clash != nil { throw GraphQueryError(.badJSON, "\(path): nodes[\(i)]: node id '\(id)' appears twice") }
                if let earlier = id.withUTF8({ canonical.clash(UnsafeRawBufferPointer($0)) }) {
                    throw GraphQueryError(.badJSON, "\(path): nodes[\(i)]: \(CanonicalIDCheck.message(id, earlier))")
                }
            }
            let (source, target) = try resolveEndpoints(lookup)
            return GraphIndex(
                ids: ids, labels: labels, idLookup: lookup, nodeTypes: types,
                edgeSource: source, edgeTarget: target, edgeRelation: relations, edgeEvidence: evidence)
        }

        /// Each edge's endpoints as node numbers, looked up on every core: five million edges
        /// are ten million hash lookups, most of them a cache miss.
        func resolveEndpoints(_ lookup: IDTable) throws(GraphQueryError) -> (source: [Int32], target: [Int32]) {
            let m = relations.count
            let parts = m < 100_000 ? 1 : ProcessInfo.processInfo.activeProcessorCount
            var source = [Int32](repeating: 0, count: m), target = [Int32](repeating: 0, count: m)
            let failures = Mutex([Int]())
            source.withUnsafeMutableBufferPointer { sources in
                target.withUnsafeMutableBufferPointer { targets in
                    nonisolated(unsafe) let sources = sources, targets = targets
                    DispatchQueue.concurrentPerform(iterations: parts) { part in
                        let range = (m * part / parts)..<(m * (part + 1) / parts)
                        // GraphJSON writes edges sorted by source, so the last source often repeats.
                        var last: (end: Int, node: Int32)? = nil
                        for e in range {
                            let a = endpoints.withBytes(2 * e) { (bytes) -> Int32? in
                                if let known = last, endpoints.equals(known.end, bytes) { return known.node }
                                return lookup.find(bytes, names: ids)
                            }
                            guard let a, let b = endpoints.withBytes(2 * e + 1, { lookup.find($0, names: ids) }), a != b else {
                                failures.withLock { $0.append(e) }
                                return
                            }
                            last = (2 * e, a)
                            sources[e] = a
                            targets[e] = b
                        }
                    }
                }
            }
            if let e = failures.withLock({ $0.min() }) {
                try reject(edge: e, lookup: lookup)
                throw GraphQueryError(.badJSON, "\(path): edges[\(e)]: the model refuses this edge")
            }
            return (source, target)
        }

        /// Throws the model's own error for an edge its rule refuses.
        func reject(edge e: Int, lookup: IDTable) throws(GraphQueryError) {
            do {
                try KnowledgeGraph.checkEdge(
                    source: endpoints[2 * e], type: RelationType.byCode[Int(relations[e])].rawValue,
                    target: endpoints[2 * e + 1],
                    hasNode: { var id = $0; return id.withUTF8 { lookup.find(UnsafeRawBufferPointer($0), names: ids) } != nil })
            } catch {
                throw GraphQueryError(.badJSON, "\(path): \(error.message)", cause: error)
            }
        }
    }
}
