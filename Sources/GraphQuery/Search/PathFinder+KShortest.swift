extension PathFinder {
    /// Up to `k` shortest simple paths from `source` to `target` with at most `maxHops`
    /// edges, shortest first; ties are ordered by their node numbers.
    ///
    /// Yen's algorithm: each next path deviates from an accepted one at a spur node, found
    /// by a bidirectional search that avoids the accepted root and the edges already
    /// taken from that root.
    ///
    /// - Complexity: O(k · h · S) where h is the path length and S the cost of one
    ///   shortest-path search (O(n + m) at worst).
    public func shortestPaths(from source: Int32, to target: Int32, k: Int, maxHops: Int = Int.max) -> [[Int32]] {
        guard k > 0, let first = shortestPath(from: source, to: target, maxHops: maxHops) else { return [] }
        var accepted: [[Int32]] = [first]
        var candidates: [[Int32]] = []
        var known: Set<[Int32]> = [first]
        while accepted.count < k {
            let previous = accepted[accepted.count - 1]
            for j in 0..<(previous.count - 1) {
                let spur = previous[j]
                let root = previous[0...j]
                let hopsLeft = maxHops == Int.max ? Int.max : maxHops - j
                if hopsLeft < 1 { break }
                var bannedFirstHops: [Int32] = []
                for p in accepted where p.count > j + 1 && p[0...j] == root {
                    bannedFirstHops.append(p[j + 1])
                }
                nextStamp()
                for r in root.dropLast() { banned[Int(r)] = stamp }
                guard let spurPath = bidirectionalSearch(
                    spur, target, maxHops: hopsLeft, bannedFirstHops: bannedFirstHops, useBans: true)
                else { continue }
                let candidate = Array(root.dropLast()) + spurPath
                if known.insert(candidate).inserted { candidates.append(candidate) }
            }
            guard let bestIndex = candidates.indices.min(by: { Self.shorter(candidates[$0], candidates[$1]) })
            else { break }
            accepted.append(candidates.remove(at: bestIndex))
        }
        return accepted
    }

    static func shorter(_ a: [Int32], _ b: [Int32]) -> Bool {
        a.count != b.count ? a.count < b.count : a.lexicographicallyPrecedes(b)
    }
}
