import Foundation
import GraphQuery
import KnowledgeGraph
import Testing

/// The fast JSON reader against the model's own decoder.
struct JSONLoaderTests {
    func file(_ json: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kg-json-\(UUID().uuidString).json")
        try json.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func readsWhatGraphJSONReads() throws {
        let path = TestGraphs.fixtureURL("seed-like.json").path
        let fast = try QueryGraph.load(path)
        let model = try QueryGraph(GraphJSON.read(contentsOf: path))
        #expect(try fast.model() == model.model())
        for v in 0..<Int32(model.index.nodeCount) {
            let id = model.index.id(of: v)
            let w = try #require(fast.index.node(id: id))
            #expect(Set(fast.names(of: w)) == Set(model.names(of: v)))
            #expect(fast.node(w) == model.node(v))
        }
        for e in 0..<Int32(fast.index.edgeCount) {
            let (s, type, t) = fast.index.edge(e)
            let edge = try #require(fast.edge(e))
            #expect(edge.key == Edge(source: fast.index.id(of: s), type: type, target: fast.index.id(of: t)).key)
            #expect(fast.index.evidenceCount(of: e) == edge.evidence.count)
        }
    }

    @Test func unescapesStringsAndAcceptsAnyKeyOrder() throws {
        let path = try file(#"""
            {"edges": [{"target": "b\"2", "type": "talks", "source": "a\u00e9"}],
             "nodes": [{"type": "country", "id": "a\u00e9", "label": "A \ud83d\ude00"},
                       {"label": null, "names": {"ar": "\u0645\u0635\u0631"}, "id": "b\"2", "type": "country"}]}
            """#)
        let graph = try QueryGraph.load(path)
        let a = try #require(graph.index.node(id: "aé"))
        let b = try #require(graph.index.node(id: "b\"2"))
        #expect(graph.index.label(of: a) == "A 😀")
        #expect(graph.index.label(of: b) == "مصر")
        #expect(graph.names(of: b).contains("مصر"))
        #expect(PathFinder(view: AdjacencyView(graph.index)).shortestPath(from: a, to: b) == [a, b])
    }

    @Test(arguments: [
        (#"{"nodes": [{"id": "a", "type": "planet"}], "edges": []}"#, "nodes[0] 'a': unknown node type 'planet'"),
        (#"{"nodes": [{"id": "a", "type": "country"}, {"id": "a", "type": "country"}], "edges": []}"#, "nodes[1]: node id 'a' appears twice"),
        (#"{"nodes": [{"id": "a", "type": "country"}], "edges": [{"source": "a", "type": "talks", "target": "ghost"}]}"#, "names node 'ghost', which the graph does not have"),
        (#"{"nodes": [{"id": "a", "type": "country"}], "edges": [{"source": "a", "type": "hugs", "target": "a"}]}"#, "unknown relation type 'hugs'"),
        (#"{"nodes": [{"id": "a", "type": "country"}], "edges": [{"source": "a", "type": "talks", "target": "a"}]}"#, "joins a node to itself"),
        (#"{"nodes": [{"type": "country"}], "edges": []}"#, "nodes[0]: missing field 'id'"),
        (#"{"nodes": [{"id": "caf\u00e9", "type": "place"}, {"id": "cafe\u0301", "type": "place"}], "edges": []}"#,
         "nodes[1]: node id 'cafe\u{301}' and the earlier 'caf\u{E9}' differ only in Unicode normalization"),
        (#"{"nodes": [,], "edges": []}"#, "line 1, column 12: nodes[0]: expected an object"),
        (#"{"nodes": [], "edges": []} trailing"#, "unexpected text after the graph"),
    ])
    func badGraphsFailWithOneLine(json: String, says: String) throws {
        let path = try file(json)
        let error = #expect(throws: GraphQueryError.self) { try QueryGraph.load(path) }
        #expect(error?.message.contains(says) == true, "\(error?.message ?? "")")
        #expect(error?.message.contains("\n") == false)
    }
}
