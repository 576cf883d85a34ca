/// The graph as one query filter sees it: for every node, the distinct neighbors it may
/// step to (`out`) and step from (`in`), sorted, with parallel edges merged.
///
/// Built from a ``GraphIndex`` in one pass; searches then run on plain `Int32` lists with
/// no per-edge tests. In `any` mode, and when only symmetric relations pass, `in` is `out`.
public struct AdjacencyView: Sendable {
    public let nodeCount: Int
    let outOffsets: [Int]
    let outNeighbors: [Int32]
    let inOffsets: [Int]
    let inNeighbors: [Int32]

    /// Applies `filter` to `index`. Nodes whose type the filter excludes lose all their
    /// edges, except the `kept` nodes (the entities a query names).
    ///
    /// - Complexity: O(n + m).
    public init(_ index: GraphIndex, filter: QueryFilter = QueryFilter(), keeping kept: [Int32] = []) {
        nodeCount = index.nodeCount
        var nodeAllowed: [Bool]? = nil
        if filter.nodeTypes != nil {
            let mask = filter.nodeTypeMask
            var allowed = index.nodeTypes.map { mask & (1 << UInt32($0)) != 0 }
            for k in kept { allowed[Int(k)] = true }
            nodeAllowed = allowed
        }
        let out = Self.collect(index, filter: filter, nodeAllowed: nodeAllowed, flag: GraphIndex.forward)
        outOffsets = out.offsets
        outNeighbors = out.neighbors
        if filter.direction == .any {
            inOffsets = out.offsets
            inNeighbors = out.neighbors
            isUndirected = true
        } else {
            let inward = Self.collect(index, filter: filter, nodeAllowed: nodeAllowed, flag: GraphIndex.backward)
            inOffsets = inward.offsets
            inNeighbors = inward.neighbors
            isUndirected = inOffsets == outOffsets && inNeighbors == outNeighbors
        }
    }

    /// Whether every edge may be walked both ways, so forward and backward searches match.
    public let isUndirected: Bool

    public var entryCount: Int { outNeighbors.count }

    private static func collect(
        _ index: GraphIndex, filter: QueryFilter, nodeAllowed: [Bool]?, flag: UInt8
    ) -> (offsets: [Int], neighbors: [Int32]) {
        let n = index.nodeCount
        let relMask = filter.relationMask
        let minEvidence = Int32(clamping: filter.minEvidence)
        let checkFlag: UInt8 = filter.direction == .follow ? flag : 0
        var offsets = [Int](repeating: 0, count: n + 1)
        var neighbors: [Int32] = []
        neighbors.reserveCapacity(index.neighbors.count)
        index.neighbors.withUnsafeBufferPointer { nb in
        index.entryRelation.withUnsafeBufferPointer { rel in
        index.entryFlags.withUnsafeBufferPointer { flags in
        index.entryEdge.withUnsafeBufferPointer { edge in
        index.edgeEvidence.withUnsafeBufferPointer { evidence in
            for u in 0..<n {
                if let nodeAllowed, !nodeAllowed[u] {
                    offsets[u + 1] = neighbors.count
                    continue
                }
                var last: Int32 = -1
                for i in index.offsets[u]..<index.offsets[u + 1] {
                    let v = nb[i]
                    if v == last { continue }
                    guard relMask & (1 << UInt32(rel[i])) != 0 else { continue }
                    if checkFlag != 0, flags[i] & checkFlag == 0 { continue }
                    if minEvidence > 0, evidence[Int(edge[i])] < minEvidence { continue }
                    if let nodeAllowed, !nodeAllowed[Int(v)] { continue }
                    neighbors.append(v)
                    last = v
                }
                offsets[u + 1] = neighbors.count
            }
        }}}}}
        return (offsets, neighbors)
    }
}
