/// Runs searches on one ``AdjacencyView``, reusing its scratch memory across queries:
/// visit marks are stamped with a query number, so nothing is cleared between queries.
///
/// Not thread-safe: give each thread its own finder (views are shared freely).
public final class PathFinder {
    public let view: AdjacencyView
    let n: Int
    var stamp: UInt32 = 0
    let seenF: UnsafeMutablePointer<UInt32>
    let seenB: UnsafeMutablePointer<UInt32>
    let parentF: UnsafeMutablePointer<Int32>
    let parentB: UnsafeMutablePointer<Int32>
    let depthF: UnsafeMutablePointer<Int32>
    let depthB: UnsafeMutablePointer<Int32>
    let queueF: UnsafeMutablePointer<Int32>
    let queueB: UnsafeMutablePointer<Int32>
    /// Nodes a search must not enter while `banned[v] == stamp` (Yen's spur searches).
    let banned: UnsafeMutablePointer<UInt32>

    public init(view: AdjacencyView) {
        self.view = view
        n = view.nodeCount
        func make<T>(_ value: T) -> UnsafeMutablePointer<T> {
            let p = UnsafeMutablePointer<T>.allocate(capacity: max(1, view.nodeCount))
            p.initialize(repeating: value, count: max(1, view.nodeCount))
            return p
        }
        seenF = make(0); seenB = make(0); banned = make(0)
        parentF = make(-1); parentB = make(-1)
        depthF = make(0); depthB = make(0)
        queueF = make(0); queueB = make(0)
    }

    deinit {
        for p in [seenF, seenB, banned] { p.deallocate() }
        for p in [parentF, parentB, depthF, depthB, queueF, queueB] { p.deallocate() }
    }

    /// Starts a new query: marks from earlier queries stop counting.
    func nextStamp() {
        if stamp == UInt32.max {
            for p in [seenF, seenB, banned] { p.update(repeating: 0, count: max(1, n)) }
            stamp = 0
        }
        stamp += 1
    }

    func checkNode(_ v: Int32) {
        precondition(v >= 0 && Int(v) < n, "node \(v) is not in the graph")
    }

    /// A shortest path from `source` to `target` (node numbers, both ends included) with
    /// at most `maxHops` edges, or `nil` if there is none.
    ///
    /// Bidirectional breadth-first search: each round grows the smaller frontier by one
    /// level, and stops at the first level where the two searches meet.
    ///
    /// - Complexity: O(n + m) in the worst case; on sparse graphs with short paths it visits
    ///   about the square root of what a one-sided search would.
    public func shortestPath(from source: Int32, to target: Int32, maxHops: Int = Int.max) -> [Int32]? {
        checkNode(source); checkNode(target)
        nextStamp()
        return bidirectionalSearch(source, target, maxHops: maxHops, bannedFirstHops: [], useBans: false)
    }

    /// Bidirectional BFS. With `useBans`, nodes with `banned[v] == stamp` are skipped, and
    /// so are edges from `source` to any of `bannedFirstHops`. The caller sets the stamp.
    func bidirectionalSearch(
        _ source: Int32, _ target: Int32, maxHops: Int, bannedFirstHops: [Int32], useBans: Bool
    ) -> [Int32]? {
        if source == target { return [source] }
        if maxHops < 1 { return nil }
        let s = stamp
        seenF[Int(source)] = s; parentF[Int(source)] = -1; depthF[Int(source)] = 0
        seenB[Int(target)] = s; parentB[Int(target)] = -1; depthB[Int(target)] = 0
        queueF[0] = source; queueB[0] = target
        var fLo = 0, fHi = 1, bLo = 0, bHi = 1
        var df = 0, db = 0
        var best = Int.max, meetF: Int32 = -1, meetB: Int32 = -1

        return view.outOffsets.withUnsafeBufferPointer { outOff in
        view.outNeighbors.withUnsafeBufferPointer { outNb in
        view.inOffsets.withUnsafeBufferPointer { inOff in
        view.inNeighbors.withUnsafeBufferPointer { inNb in
            while fLo < fHi, bLo < bHi, df + db < maxHops {
                if fHi - fLo <= bHi - bLo {
                    let end = fHi
                    for qi in fLo..<end {
                        let u = queueF[qi]
                        for i in outOff[Int(u)]..<outOff[Int(u) + 1] {
                            let v = outNb[i]
                            if seenF[Int(v)] == s { continue }
                            if useBans {
                                if banned[Int(v)] == s { continue }
                                if u == source, bannedFirstHops.contains(v) { continue }
                            }
                            if seenB[Int(v)] == s {
                                let total = df + 1 + Int(depthB[Int(v)])
                                if total < best { best = total; meetF = u; meetB = v }
                                continue
                            }
                            seenF[Int(v)] = s; parentF[Int(v)] = u; depthF[Int(v)] = Int32(df + 1)
                            queueF[fHi] = v; fHi += 1
                        }
                    }
                    fLo = end
                    df += 1
                } else {
                    let end = bHi
                    for qi in bLo..<end {
                        let u = queueB[qi]
                        for i in inOff[Int(u)]..<inOff[Int(u) + 1] {
                            let v = inNb[i]
                            if seenB[Int(v)] == s { continue }
                            if useBans {
                                if banned[Int(v)] == s { continue }
                                if v == source, bannedFirstHops.contains(u) { continue }
                            }
                            if seenF[Int(v)] == s {
                                let total = Int(depthF[Int(v)]) + 1 + db
                                if total < best { best = total; meetF = v; meetB = u }
                                continue
                            }
                            seenB[Int(v)] = s; parentB[Int(v)] = u; depthB[Int(v)] = Int32(db + 1)
                            queueB[bHi] = v; bHi += 1
                        }
                    }
                    bLo = end
                    db += 1
                }
                if best != Int.max { break }
            }
            guard best != Int.max, best <= maxHops else { return nil }
            var path: [Int32] = []
            path.reserveCapacity(best + 1)
            var x = meetF
            while x >= 0 { path.append(x); x = parentF[Int(x)] }
            path.reverse()
            x = meetB
            while x >= 0 { path.append(x); x = parentB[Int(x)] }
            return path
        }}}}
    }
}
