import KnowledgeGraph

/// A compact, read-only adjacency of a typed graph, built once per loaded graph and
/// shared by every query.
///
/// Nodes are numbered `0..<nodeCount` (`Int32`), relation and node types are small codes.
/// Every edge is listed at both of its ends (CSR: `offsets`, `neighbors`), each list sorted
/// by neighbor so parallel edges sit together; per entry the index keeps the edge number,
/// its relation code and which ways the entry may be walked in `follow` mode.
public struct GraphIndex: Sendable {
    /// Entry flag: the edge may be walked from this node to the neighbor in `follow` mode.
    static let forward: UInt8 = 1
    /// Entry flag: the edge may be walked from the neighbor to this node in `follow` mode.
    static let backward: UInt8 = 2

    public let nodeCount: Int
    let ids: NameTable
    let labels: NameTable
    let idLookup: IDTable
    let nodeTypes: [UInt8]

    let edgeSource: [Int32]
    let edgeTarget: [Int32]
    let edgeRelation: [UInt8]
    let edgeEvidence: [Int32]

    let offsets: [Int]
    let neighbors: [Int32]
    let entryEdge: [Int32]
    let entryRelation: [UInt8]
    let entryFlags: [UInt8]

    public var edgeCount: Int { edgeSource.count }

    /// Builds the adjacency from parallel edge arrays.
    ///
    /// - Complexity: O(n + m): two counting-sort passes, no comparison sort.
    init(
        ids: NameTable, labels: NameTable, idLookup: IDTable, nodeTypes: [UInt8],
        edgeSource: [Int32], edgeTarget: [Int32], edgeRelation: [UInt8], edgeEvidence: [Int32]
    ) {
        let n = nodeTypes.count
        self.nodeCount = n
        self.ids = ids
        self.labels = labels
        self.idLookup = idLookup
        self.nodeTypes = nodeTypes
        self.edgeSource = edgeSource
        self.edgeTarget = edgeTarget
        self.edgeRelation = edgeRelation
        self.edgeEvidence = edgeEvidence

        (offsets, neighbors, entryEdge, entryRelation, entryFlags) = Self.adjacency(
            nodes: n, source: edgeSource, target: edgeTarget, relation: edgeRelation)
    }

    /// The CSR lists: entry 2e is edge e seen from its source, 2e+1 from its target.
    /// Raw buffers, because ten million scattered writes pay for every bounds check.
    private static func adjacency(
        nodes n: Int, source: [Int32], target: [Int32], relation: [UInt8]
    ) -> (offsets: [Int], neighbors: [Int32], edge: [Int32], relation: [UInt8], flags: [UInt8]) {
        let m = source.count, total = 2 * m
        var offsets = [Int](repeating: 0, count: n + 1)
        var neighbors = [Int32](repeating: 0, count: total)
        var entryEdge = [Int32](repeating: 0, count: total)
        var entryRelation = [UInt8](repeating: 0, count: total)
        var entryFlags = [UInt8](repeating: 0, count: total)
        let symmetric = RelationType.byCode.map(\.isSymmetric)
        source.withUnsafeBufferPointer { source in
        target.withUnsafeBufferPointer { target in
        relation.withUnsafeBufferPointer { relation in
        offsets.withUnsafeMutableBufferPointer { offsets in
            for e in 0..<m {
                offsets[Int(source[e]) + 1] += 1
                offsets[Int(target[e]) + 1] += 1
            }
            for i in 0..<n { offsets[i + 1] += offsets[i] }
            // Pass 1 orders entries by neighbor; pass 2 scatters them stably by owner, so each
            // owner's list comes out sorted by neighbor.
            var byNeighbor = [Int32](repeating: 0, count: total)
            var cursor = Array(offsets.dropLast())
            cursor.withUnsafeMutableBufferPointer { cursor in
                byNeighbor.withUnsafeMutableBufferPointer { byNeighbor in
                    for e in 0..<m {
                        let s = Int(source[e]), t = Int(target[e])
                        byNeighbor[cursor[t]] = Int32(2 * e); cursor[t] += 1
                        byNeighbor[cursor[s]] = Int32(2 * e + 1); cursor[s] += 1
                    }
                }
                for i in 0..<n { cursor[i] = offsets[i] }
                neighbors.withUnsafeMutableBufferPointer { neighbors in
                entryEdge.withUnsafeMutableBufferPointer { entryEdge in
                entryRelation.withUnsafeMutableBufferPointer { entryRelation in
                entryFlags.withUnsafeMutableBufferPointer { entryFlags in
                    for entry in byNeighbor {
                        let e = Int(entry >> 1)
                        let fromSource = entry & 1 == 0
                        let owner = Int(fromSource ? source[e] : target[e])
                        let slot = cursor[owner]
                        cursor[owner] += 1
                        neighbors[slot] = fromSource ? target[e] : source[e]
                        entryEdge[slot] = Int32(e)
                        let rel = relation[e]
                        entryRelation[slot] = rel
                        entryFlags[slot] = symmetric[Int(rel)] ? Self.forward | Self.backward
                            : (fromSource ? Self.forward : Self.backward)
                    }
                }}}}
            }
        }}}}
        return (offsets, neighbors, entryEdge, entryRelation, entryFlags)
    }

    /// The node number of an exact node id.
    ///
    /// - Complexity: O(length of id) on average.
    public func node(id: String) -> Int32? {
        var id = id
        return id.withUTF8 { idLookup.find(UnsafeRawBufferPointer($0), names: ids) }
    }

    public func id(of node: Int32) -> String { ids[Int(node)] }
    public func label(of node: Int32) -> String { labels[Int(node)] }
    public func type(of node: Int32) -> NodeType { NodeType.byCode[Int(nodeTypes[Int(node)])] }

    /// An edge of the index by number, with its endpoints as node numbers.
    public func edge(_ e: Int32) -> (source: Int32, type: RelationType, target: Int32) {
        (edgeSource[Int(e)], RelationType.byCode[Int(edgeRelation[Int(e)])], edgeTarget[Int(e)])
    }

    public func evidenceCount(of e: Int32) -> Int { Int(edgeEvidence[Int(e)]) }

    /// The edges `filter` allows between two adjacent nodes, as walked from `a` to `b`.
    ///
    /// - Complexity: O(log d + p) for a node of degree d with p edges to `b`.
    public func edges(from a: Int32, to b: Int32, filter: QueryFilter) -> [Int32] {
        let relMask = filter.relationMask
        var lo = offsets[Int(a)], hi = offsets[Int(a) + 1]
        while lo < hi {
            let mid = (lo + hi) / 2
            if neighbors[mid] < b { lo = mid + 1 } else { hi = mid }
        }
        var result: [Int32] = []
        var i = lo
        while i < offsets[Int(a) + 1], neighbors[i] == b {
            if allows(entry: i, relationMask: relMask, filter: filter, forward: true) { result.append(entryEdge[i]) }
            i += 1
        }
        return result
    }

    @inline(__always)
    func allows(entry i: Int, relationMask: UInt32, filter: QueryFilter, forward: Bool) -> Bool {
        guard relationMask & (1 << UInt32(entryRelation[i])) != 0 else { return false }
        if filter.minEvidence > 0, edgeEvidence[Int(entryEdge[i])] < filter.minEvidence { return false }
        if filter.direction == .follow {
            return entryFlags[i] & (forward ? Self.forward : Self.backward) != 0
        }
        return true
    }
}
