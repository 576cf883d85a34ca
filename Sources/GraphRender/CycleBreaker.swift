/// Finds edges that close a directed cycle, so the builder can hand `dot` an
/// acyclic graph with those edges drawn reversed (`dir=back`), which looks the same.
///
/// Why: Graphviz 2.43's `dot` leaks the virtual edges it makes when it breaks
/// cycles itself (about 400 bytes per layout of a 3-cycle, measured with
/// `Benchmarks/RenderBenchmark --memory`), so a long-running process would grow.
enum CycleBreaker {
    /// Indices into `edges` of the back edges of a depth-first search that visits
    /// nodes and edges in the given order. Reversing them leaves no directed cycle.
    /// - Complexity: O(V + E).
    static func backEdges(nodeCount: Int, edges: [(source: Int, target: Int)]) -> Set<Int> {
        var outgoing = Array(repeating: [Int](), count: nodeCount)
        for (i, e) in edges.enumerated() { outgoing[e.source].append(i) }
        enum Mark { case new, active, done }
        var mark = Array(repeating: Mark.new, count: nodeCount)
        var back = Set<Int>()
        // An explicit stack of (node, next edge position): graphs may be deep.
        var stack: [(node: Int, next: Int)] = []
        for root in 0..<nodeCount where mark[root] == .new {
            mark[root] = .active
            stack.append((root, 0))
            while let top = stack.last {
                let adjacent = outgoing[top.node]
                if top.next == adjacent.count {
                    mark[top.node] = .done
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].next += 1
                let edge = adjacent[top.next]
                let target = edges[edge].target
                switch mark[target] {
                case .new:
                    mark[target] = .active
                    stack.append((target, 0))
                case .active:
                    back.insert(edge)
                case .done:
                    break
                }
            }
        }
        return back
    }
}
