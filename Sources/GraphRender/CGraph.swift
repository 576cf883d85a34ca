import CGraphviz
import Foundation

/// An owned cgraph graph: the only handle to it, closed (`agclose`) exactly once
/// when it goes out of scope. Create and drop it inside ``GraphvizRuntime/withContext(_:)``.
struct CGraph: ~Copyable {
    let raw: UnsafeMutablePointer<Agraph_t>

    init(name: String, directed: Bool) throws(GraphRenderError) {
        // Built by hand: `Agdirected` is a mutable C global that Swift 6 rejects.
        var desc = Agdesc_t()
        desc.directed = directed ? 1 : 0
        desc.maingraph = 1
        let graph = name.withCString { agopen(UnsafeMutablePointer(mutating: $0), desc, nil) }
        guard let graph else {
            throw GraphRenderError(.graphConstruction, "agopen failed", graphvizMessage: takeGraphvizErrors())
        }
        raw = graph
    }

    /// Parses DOT text with Graphviz's own reader.
    init(dot: String) throws(GraphRenderError) {
        guard let graph = dot.withCString({ agmemread($0) }) else {
            throw GraphRenderError(.graphConstruction, "cannot parse DOT", graphvizMessage: takeGraphvizErrors())
        }
        raw = graph
    }

    deinit { agclose(raw) }

    /// Declares an attribute with a default for graph (AGRAPH), nodes (AGNODE) or edges (AGEDGE).
    func declare(_ kind: Int32, _ name: String, default value: String) throws(GraphRenderError) {
        let sym = name.withCString { n in
            value.withCString { v in
                agattr(raw, kind, UnsafeMutablePointer(mutating: n), UnsafeMutablePointer(mutating: v))
            }
        }
        if sym == nil {
            throw GraphRenderError(.graphConstruction, "agattr \(name) failed", graphvizMessage: takeGraphvizErrors())
        }
    }

    func node(_ name: String, in graph: UnsafeMutablePointer<Agraph_t>? = nil) throws(GraphRenderError) -> UnsafeMutablePointer<Agnode_t> {
        let node = name.withCString { agnode(graph ?? raw, UnsafeMutablePointer(mutating: $0), 1) }
        guard let node else {
            throw GraphRenderError(.graphConstruction, "agnode \(name) failed", graphvizMessage: takeGraphvizErrors())
        }
        return node
    }

    func edge(from tail: UnsafeMutablePointer<Agnode_t>, to head: UnsafeMutablePointer<Agnode_t>) throws(GraphRenderError) -> UnsafeMutablePointer<Agedge_t> {
        // Anonymous edges: the graph is a multigraph, and names would be written as `key=`.
        guard let edge = agedge(raw, tail, head, nil, 1) else {
            throw GraphRenderError(.graphConstruction, "agedge failed", graphvizMessage: takeGraphvizErrors())
        }
        return edge
    }

    func subgraph(_ name: String) throws(GraphRenderError) -> UnsafeMutablePointer<Agraph_t> {
        guard let sub = name.withCString({ agsubg(raw, UnsafeMutablePointer(mutating: $0), 1) }) else {
            throw GraphRenderError(.graphConstruction, "agsubg \(name) failed", graphvizMessage: takeGraphvizErrors())
        }
        return sub
    }

    /// Sets a string attribute on a graph, node or edge. cgraph copies the string.
    func set(_ object: UnsafeMutableRawPointer, _ name: String, _ value: String) {
        name.withCString { n in
            value.withCString { v in
                "".withCString { empty in
                    _ = agsafeset(object, UnsafeMutablePointer(mutating: n), UnsafeMutablePointer(mutating: v), UnsafeMutablePointer(mutating: empty))
                }
            }
        }
    }

    /// The graph's own attribute `name`, or nil when unset (e.g. `bb` after a layout).
    func attribute(_ name: String) -> String? {
        guard let value = name.withCString({ agget(raw, UnsafeMutablePointer(mutating: $0)) }) else { return nil }
        let text = String(cString: value)
        return text.isEmpty ? nil : text
    }

    /// Sets an HTML-like label (`<…>` in DOT) on an object.
    func setHTMLLabel(_ object: UnsafeMutableRawPointer, _ html: String) {
        html.withCString { h in
            let interned = agstrdup_html(raw, UnsafeMutablePointer(mutating: h))
            "label".withCString { n in
                "".withCString { empty in
                    _ = agsafeset(object, UnsafeMutablePointer(mutating: n), interned, UnsafeMutablePointer(mutating: empty))
                }
            }
            agstrfree(raw, interned)
        }
    }

    /// The graph as DOT, written by Graphviz itself so the quoting is its own.
    func writeDOT() throws(GraphRenderError) -> Data {
        var buffer: UnsafeMutablePointer<CChar>? = nil
        var size = 0
        guard let stream = open_memstream(&buffer, &size) else {
            throw GraphRenderError(.write, "open_memstream failed")
        }
        let status = agwrite(raw, UnsafeMutableRawPointer(stream))
        fclose(stream)
        defer { free(buffer) }
        guard status == 0, let buffer else {
            throw GraphRenderError(.write, "agwrite failed", graphvizMessage: takeGraphvizErrors())
        }
        return Data(bytes: buffer, count: size)
    }
}
