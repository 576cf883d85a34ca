extension PathFinder {
    /// Calls `body` with every simple path (no repeated node) from `source` to `target` with
    /// at most `maxHops` edges, until `body` returns `false`. The buffer is only valid
    /// during the call. Paths come in depth-first order of the sorted neighbor lists.
    ///
    /// A backward search from `target` first labels the nodes near it with their distance,
    /// so the depth-first search never steps onto a node that cannot reach `target` in the
    /// hops left; on the last hop it checks that label instead of scanning neighbors.
    ///
    /// - Complexity: O(P · h) for P paths of up to h hops, plus the degrees of the nodes
    ///   the search passes through; exponential in `maxHops` in the worst case.
    public func forEachSimplePath(
        from source: Int32, to target: Int32, maxHops: Int,
        _ body: (UnsafeBufferPointer<Int32>) -> Bool
    ) {
        checkNode(source); checkNode(target)
        // A simple path has at most n - 1 edges.
        let maxHops = min(maxHops, n - 1)
        guard source != target, maxHops >= 1 else { return }
        nextStamp()
        let s = stamp
        // Exact distances to the target up to `known` hops; beyond, at least known + 1.
        let known = min(maxHops - 1, max(1, maxHops / 2))
        labelDistances(to: target, upTo: known)
        let path = UnsafeMutablePointer<Int32>.allocate(capacity: maxHops + 1)
        let position = UnsafeMutablePointer<Int>.allocate(capacity: maxHops + 1)
        defer { path.deallocate(); position.deallocate() }

        view.outOffsets.withUnsafeBufferPointer { off in
        view.outNeighbors.withUnsafeBufferPointer { nb in
            var depth = 0
            path[0] = source
            position[0] = off[Int(source)]
            seenF[Int(source)] = s
            while depth >= 0 {
                let u = Int(path[depth])
                if position[depth] == off[u + 1] {
                    seenF[u] = 0
                    depth -= 1
                    continue
                }
                let v = nb[position[depth]]
                position[depth] += 1
                if v == target {
                    path[depth + 1] = v
                    if !body(UnsafeBufferPointer(start: path, count: depth + 2)) { break }
                    continue
                }
                if seenF[Int(v)] == s { continue }
                let left = maxHops - depth - 1
                let bound = seenB[Int(v)] == s ? Int(depthB[Int(v)]) : known + 1
                if bound > left { continue }
                if left == 1 {
                    // bound == 1: v has an edge to the target and nothing else fits.
                    path[depth + 1] = v
                    path[depth + 2] = target
                    if !body(UnsafeBufferPointer(start: path, count: depth + 3)) { break }
                    continue
                }
                depth += 1
                path[depth] = v
                position[depth] = off[Int(v)]
                seenF[Int(v)] = s
            }
            // Clear the marks of a search that `body` stopped early.
            while depth >= 0 { seenF[Int(path[depth])] = 0; depth -= 1 }
        }}
    }

    /// The simple paths from `source` to `target` with at most `maxHops` edges, at most
    /// `limit` of them, shortest first (ties in search order).
    ///
    /// - Complexity: as ``forEachSimplePath(from:to:maxHops:_:)``, plus sorting the result.
    public func simplePaths(from source: Int32, to target: Int32, maxHops: Int, limit: Int) -> [[Int32]] {
        var paths: [[Int32]] = []
        forEachSimplePathShortestFirst(from: source, to: target, maxHops: maxHops) { p in
            guard paths.count < limit else { return false }
            paths.append(Array(p))
            return paths.count < limit
        }
        return paths
    }

    /// Calls `body` with the simple paths of 1 hop, then of 2, … up to `maxHops`, until it
    /// returns `false`; nothing is kept, so a caller can stream any number of paths.
    ///
    /// - Complexity: as ``forEachSimplePath(from:to:maxHops:_:)`` once per length.
    public func forEachSimplePathShortestFirst(
        from source: Int32, to target: Int32, maxHops: Int, _ body: (UnsafeBufferPointer<Int32>) -> Bool
    ) {
        var going = true
        for hops in 1...max(1, min(maxHops, n - 1)) where going {
            forEachSimplePath(from: source, to: target, maxHops: hops) { p in
                if p.count - 1 == hops { going = body(p) }
                return going
            }
        }
    }

    /// Labels nodes with `seenB`/`depthB` at their distance to `target` (along edges into it),
    /// up to `limit` hops.
    func labelDistances(to target: Int32, upTo limit: Int) {
        let s = stamp
        seenB[Int(target)] = s
        depthB[Int(target)] = 0
        queueB[0] = target
        var lo = 0, hi = 1
        view.inOffsets.withUnsafeBufferPointer { off in
        view.inNeighbors.withUnsafeBufferPointer { nb in
            for d in 1...max(1, limit) where limit >= 1 {
                let end = hi
                for qi in lo..<end {
                    let u = Int(queueB[qi])
                    for i in off[u]..<off[u + 1] {
                        let v = nb[i]
                        if seenB[Int(v)] == s { continue }
                        seenB[Int(v)] = s
                        depthB[Int(v)] = Int32(d)
                        queueB[hi] = v; hi += 1
                    }
                }
                lo = end
            }
        }}
    }
}
