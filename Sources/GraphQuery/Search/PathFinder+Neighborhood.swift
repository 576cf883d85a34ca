/// The nodes within some hops of a source, in breadth-first order.
public struct Neighborhood: Sendable, Equatable {
    /// The source first, then the nodes one hop away, then two, ...
    public var nodes: [Int32]
    /// `nodes[levelEnds[d - 1]..<levelEnds[d]]` are the nodes exactly `d` hops away
    /// (`levelEnds[0] == 1`: the source alone).
    public var levelEnds: [Int]

    public func distance(ofNodeAt position: Int) -> Int {
        levelEnds.firstIndex { position < $0 }!
    }
}

extension PathFinder {
    /// The nodes reachable from `source` in at most `hops` steps (the source included),
    /// walking edges forward in `follow` mode and both ways in `any` mode.
    ///
    /// - Complexity: O(size of the neighbourhood + the edges leaving it).
    public func neighborhood(of source: Int32, hops: Int) -> Neighborhood {
        checkNode(source)
        nextStamp()
        let s = stamp
        var nodes: [Int32] = [source]
        var levelEnds = [1]
        seenF[Int(source)] = s
        var lo = 0
        view.outOffsets.withUnsafeBufferPointer { off in
        view.outNeighbors.withUnsafeBufferPointer { nb in
            for _ in 0..<max(0, hops) {
                let hi = nodes.count
                if lo == hi { break }
                for qi in lo..<hi {
                    let u = Int(nodes[qi])
                    for i in off[u]..<off[u + 1] {
                        let v = nb[i]
                        if seenF[Int(v)] != s {
                            seenF[Int(v)] = s
                            nodes.append(v)
                        }
                    }
                }
                lo = hi
                levelEnds.append(nodes.count)
            }
        }}
        while levelEnds.count > 1, levelEnds[levelEnds.count - 1] == levelEnds[levelEnds.count - 2] {
            levelEnds.removeLast()
        }
        return Neighborhood(nodes: nodes, levelEnds: levelEnds)
    }
}
