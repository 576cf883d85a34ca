/// Writes a graph's JSON a record at a time, byte for byte as ``GraphJSON/encode(_:)`` would,
/// handing it to `sink` in chunks: for graphs too large to build as a model first
/// (`kg import` of millions of edges).
///
/// The caller gives what `encode` would sort: edges in key order (source, type, target)
/// without repeats, then nodes in id order, each record's lists sorted; and only a graph
/// that passes the model's validation.
package struct GraphJSONStream {
    private var writer = PrettyJSONWriter(capacity: Self.chunk + 4096)
    private let sink: (UnsafeRawBufferPointer) throws(KnowledgeGraphError) -> Void
    private static let chunk = 1 << 20

    package init(sink: @escaping (UnsafeRawBufferPointer) throws(KnowledgeGraphError) -> Void) {
        self.sink = sink
        writer.beginEdges()
    }

    package mutating func edge(_ edge: Edge) throws(KnowledgeGraphError) {
        writer.element(edge)
        try flush(ifOver: Self.chunk)
    }

    /// Ends the edges; nodes follow.
    package mutating func beginNodes() { writer.beginNodes() }

    package mutating func node(_ node: Node) throws(KnowledgeGraphError) {
        writer.element(node)
        try flush(ifOver: Self.chunk)
    }

    package mutating func finish() throws(KnowledgeGraphError) {
        writer.endGraph()
        try flush(ifOver: 0)
    }

    private mutating func flush(ifOver size: Int) throws(KnowledgeGraphError) {
        guard writer.bytes.count > size else { return }
        let bytes = writer.takeBytes()
        var failure: KnowledgeGraphError?
        bytes.withUnsafeBytes { b in
            do throws(KnowledgeGraphError) { try sink(b) } catch { failure = error }
        }
        if let failure { throw failure }
    }
}
