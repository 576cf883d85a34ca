import Foundation

/// Reads and writes the graph's JSON form:
/// `{"nodes": [{"id", "label", "type", "names", "aliases", "wikidata", "mentions"}],
///   "edges": [{"source", "type", "target", "attributes", "evidence"}]}`.
///
/// Output is deterministic: nodes sorted by id, edges by key, object keys sorted.
public enum GraphJSON {
    /// Encodes a graph that passes the model's validation; an invalid graph is an error, so
    /// kg never writes a graph it would refuse to read.
    public static func encode(_ graph: KnowledgeGraph) throws(KnowledgeGraphError) -> Data {
        var data = Data()
        var stream = GraphJSONStream { data.append($0.assumingMemoryBound(to: UInt8.self)) }
        try write(graph, into: &stream)
        return data
    }

    /// The bytes of ``encode(_:)``, into `stream` a chunk at a time, the graph validated before
    /// the first: a large extraction's JSON is as big as its graph again, and `kg extract` writes
    /// it to its file this way rather than holding it whole beside the graph.
    package static func write(_ graph: KnowledgeGraph, into stream: inout GraphJSONStream) throws(KnowledgeGraphError) {
        try graph.validate()
        for e in graph.edges { try stream.edge(e) }
        stream.beginNodes()
        for n in graph.nodes { try stream.node(n) }
        try stream.finish()
    }

    /// The same bytes through Foundation's JSONEncoder: the reference the fast writer is tested against.
    static func encodeWithFoundation(_ graph: KnowledgeGraph) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain value types cannot fail.
        var data = try! encoder.encode(Document(nodes: graph.nodes, edges: graph.edges))
        data.append(0x0A)
        return data
    }

    /// Decodes and validates a graph. Errors name the offending item in one line.
    public static func decode(_ data: Data) throws(KnowledgeGraphError) -> KnowledgeGraph {
        let raw: RawDocument
        do {
            raw = try JSONDecoder().decode(RawDocument.self, from: data)
        } catch let error as DecodingError {
            throw KnowledgeGraphError(.invalidJSON, describe(error), cause: error)
        } catch {
            throw KnowledgeGraphError(.invalidJSON, "not valid JSON: \(error)", cause: nil)
        }
        var graph = KnowledgeGraph()
        var seen = Set<String>()
        for (i, n) in raw.nodes.enumerated() {
            guard let type = NodeType(rawValue: n.type) else {
                throw KnowledgeGraphError(
                    .unknownNodeType,
                    "nodes[\(i)] '\(n.id)': unknown node type '\(n.type)' (expected one of: \(NodeType.allCases.map(\.rawValue).joined(separator: " ")))")
            }
            guard seen.insert(n.id).inserted else {
                throw KnowledgeGraphError(.duplicateNode, "nodes[\(i)]: node id '\(n.id)' appears twice")
            }
            graph.add(Node(
                id: n.id, label: n.label ?? n.names?.en ?? n.names?.ar ?? n.id, type: type,
                names: n.names ?? Names(), aliases: n.aliases ?? [], wikidata: n.wikidata,
                mentions: n.mentions ?? []))
        }
        for (i, e) in raw.edges.enumerated() {
            guard let type = RelationType(rawValue: e.type) else {
                throw KnowledgeGraphError(
                    .unknownRelationType,
                    "edges[\(i)] \(e.source) -> \(e.target): unknown relation type '\(e.type)' (expected one of: \(RelationType.allCases.map(\.rawValue).joined(separator: " ")))")
            }
            graph.add(Edge(
                source: e.source, type: type, target: e.target,
                attributes: e.attributes ?? EdgeAttributes(), evidence: e.evidence ?? []))
        }
        try graph.validate()
        return graph
    }

    public static func read(contentsOf path: String) throws(KnowledgeGraphError) -> KnowledgeGraph {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw KnowledgeGraphError(.io, "cannot read \(path): \(FileProblem.reason(error, path: path))")
        }
        do {
            return try decode(data)
        } catch {
            throw KnowledgeGraphError(error.code, "\(path): \(error.message)", cause: error.cause)
        }
    }

    private struct Document: Encodable {
        var nodes: [Node]
        var edges: [Edge]
    }

    private struct RawDocument: Decodable {
        var nodes: [RawNode]
        var edges: [RawEdge]
    }

    private struct RawNode: Decodable {
        var id: String
        var label: String?
        var type: String
        var names: Names?
        var aliases: [String]?
        var wikidata: String?
        var mentions: [Mention]?
    }

    private struct RawEdge: Decodable {
        var source: String
        var type: String
        var target: String
        var attributes: EdgeAttributes?
        var evidence: [Evidence]?
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let p = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return p.isEmpty ? "top level" : String(p.drop { $0 == "." })
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "\(path(context)): missing field '\(key.stringValue)'"
        case .typeMismatch(let type, let context):
            return "\(path(context)): expected \(type)"
        case .valueNotFound(let type, let context):
            return "\(path(context)): expected \(type), found null"
        case .dataCorrupted(let context):
            let underlying = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return "\(path(context)): \(underlying ?? context.debugDescription)"
        @unknown default:
            return "invalid graph JSON"
        }
    }
}
