#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import KnowledgeGraph

extension GraphIndex {
    /// Writes the graph (an edge list's: ids, labels, types) as graph JSON, the same bytes
    /// `GraphJSON.encode` gives for ``QueryGraph/model()``, a record at a time: sorting
    /// node numbers and packed edge keys instead of building a model of a million nodes.
    ///
    /// - Complexity: O(n log n + m log m) time; O(n + m) integers of memory beyond the index.
    package func writeJSON(_ stream: inout GraphJSONStream) throws(KnowledgeGraphError) {
        let order = (0..<Int32(nodeCount)).sorted { ids.less(Int($0), Int($1)) }
        var rank = [Int32](repeating: 0, count: nodeCount)
        for (r, v) in order.enumerated() { rank[Int(v)] = Int32(r) }
        // Relations sort by name within a key.
        let names = RelationType.byCode.map(\.rawValue)
        let byName = names.indices.sorted { names[$0] < names[$1] }
        var relationRank = [UInt64](repeating: 0, count: names.count)
        for (r, code) in byName.enumerated() { relationRank[code] = UInt64(r) }

        let bits = UInt64(Swift.max(1, Int.bitWidth - (Swift.max(nodeCount, 2) - 1).leadingZeroBitCount))
        precondition(2 * bits + 4 <= 64, "graph too large to sort by packed keys")
        var keys = [UInt64](repeating: 0, count: edgeCount)
        for e in 0..<edgeCount {
            var s = UInt64(rank[Int(edgeSource[e])]), t = UInt64(rank[Int(edgeTarget[e])])
            // A symmetric relation's edge runs from the smaller id, as the model stores it.
            if RelationType.byCode[Int(edgeRelation[e])].isSymmetric, t < s { swap(&s, &t) }
            keys[e] = s << (bits + 4) | relationRank[Int(edgeRelation[e])] << bits | t
        }
        keys.sort()
        let nodeMask = (UInt64(1) << bits) - 1
        var previous: UInt64? = nil
        for key in keys where key != previous {
            previous = key
            let s = order[Int(key >> (bits + 4))], t = order[Int(key & nodeMask)]
            let type = RelationType.byCode[byName[Int((key >> bits) & 15)]]
            try stream.edge(Edge(source: id(of: s), type: type, target: id(of: t)))
        }
        stream.beginNodes()
        for v in order { try stream.node(edgeListNode(v)) }
        try stream.finish()
    }

    /// The model node of an edge list's node: its label as the English or Arabic name.
    func edgeListNode(_ v: Int32) -> Node {
        let label = label(of: v)
        let arabic = label.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) }
        return Node(id: id(of: v), label: label, type: type(of: v), names: arabic ? Names(ar: label) : Names(en: label))
    }
}

extension NameTable {
    /// Whether string `i` sorts before string `j` as Swift's `String` `<` sorts them: by bytes
    /// when both are ASCII (the same order), else as strings.
    func less(_ i: Int, _ j: Int) -> Bool {
        let a = range(i), b = range(j)
        return bytes.withUnsafeBytes { all -> Bool in
            let x = UnsafeRawBufferPointer(rebasing: all[a]), y = UnsafeRawBufferPointer(rebasing: all[b])
            if x.allSatisfy({ $0 < 0x80 }) && y.allSatisfy({ $0 < 0x80 }) {
                let c = memcmp(x.baseAddress ?? all.baseAddress!, y.baseAddress ?? all.baseAddress!, Swift.min(x.count, y.count))
                return c != 0 ? c < 0 : x.count < y.count
            }
            return String(decoding: x, as: UTF8.self) < String(decoding: y, as: UTF8.self)
        }
    }
}
