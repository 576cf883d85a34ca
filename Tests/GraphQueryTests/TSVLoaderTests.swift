import Foundation
import GraphQuery
import KnowledgeGraph
import Testing

/// The edge-list reader, on files written here.
struct TSVLoaderTests {
    /// Writes nodes.tsv and edges.tsv into a fresh folder.
    func folder(nodes: String, edges: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kg-tsv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try nodes.write(to: dir.appendingPathComponent("nodes.tsv"), atomically: true, encoding: .utf8)
        try edges.write(to: dir.appendingPathComponent("edges.tsv"), atomically: true, encoding: .utf8)
        return dir.path
    }

    @Test func readsNamedIdsIntoTheSameGraphAsTheModel() throws {
        let path = try folder(
            nodes: "id\ttype\tlabel\nuk\tcountry\tUnited Kingdom\nly\tcountry\tليبيا\nisis\tgroup\tIslamic State\n",
            edges: "source\ttype\ttarget\nuk\tcooperation\tly\nuk\topposes\tisis\r\n")
        let loaded = try QueryGraph.load(path)
        #expect(!loaded.hasModel)
        let expected = KnowledgeGraph(
            nodes: [
                Node(id: "uk", label: "United Kingdom", type: .country, names: Names(en: "United Kingdom")),
                Node(id: "ly", label: "ليبيا", type: .country, names: Names(ar: "ليبيا")),
                Node(id: "isis", label: "Islamic State", type: .group, names: Names(en: "Islamic State")),
            ],
            edges: [Edge(source: "uk", type: .cooperation, target: "ly"), Edge(source: "uk", type: .opposes, target: "isis")])
        #expect(try loaded.model() == expected)
        let finder = PathFinder(view: AdjacencyView(loaded.index))
        let ends = TestGraphs.nodes(loaded, "ly isis")
        #expect(finder.shortestPath(from: ends[0], to: ends[1]).map { TestGraphs.ids(loaded, $0) } == "ly uk isis")
    }

    @Test func numericIdsInFileOrderAreReadAsNumbers() throws {
        let path = try folder(nodes: "0\tperson\tA\n1\tperson\tB\n2\tplace\tC\n", edges: "0\ttalks\t1\n1\tlocated_in\t2\n")
        let index = try QueryGraph.load(path).index
        #expect(index.nodeCount == 3 && index.edgeCount == 2)
        #expect(index.node(id: "2") == 2)
        #expect(index.label(of: 2) == "C")
    }

    @Test(arguments: [
        ("a\tcountry\tA\nb\tcity\tB\n", "a\ttalks\tb\n", GraphQueryError.Code.unknownNodeType, "nodes.tsv:2: unknown node type 'city'"),
        ("a\tcountry\tA\nb\tcountry\tB\n", "a\ttalks\tb\na\tlikes\tb\n", .unknownRelationType, "edges.tsv:2: unknown relation type 'likes'"),
        ("a\tcountry\tA\nb\tcountry\tB\n", "a\ttalks\tc\n", .unknownNode, "edges.tsv:1: edge a -talks-> c names node 'c', which the graph does not have"),
        ("a\tcountry\tA\na\tcountry\tB\n", "", .badTSV, "nodes.tsv:2: node id 'a' appears twice"),
        // One id to the model, two to the bytes: import used to drop one and keep an edge to it.
        ("caf\u{E9}\tplace\tA\ncafe\u{301}\tplace\tB\nx\tplace\tX\n", "cafe\u{301}\ttalks\tx\n", .badTSV,
         "nodes.tsv:2: node id 'cafe\u{301}' and the earlier 'caf\u{E9}' differ only in Unicode normalization (cafeU+301 vs cafU+E9)"),
        ("a\tcountry\tA\nb\tcountry\tB\n", "a\ttalks\n", .badTSV, "edges.tsv:1: expected source<TAB>type<TAB>target"),
        ("a\tcountry\tA\nb\tcountry\tB\n", "b\ttalks\tb\n", .badTSV, "edges.tsv:1: edge b -talks-> b joins a node to itself"),
    ])
    func badInputNamesTheLine(nodes: String, edges: String, code: GraphQueryError.Code, message: String) throws {
        let path = try folder(nodes: nodes, edges: edges)
        let error = #expect(throws: GraphQueryError.self) { try QueryGraph.load(path) }
        #expect(error?.code == code)
        #expect(error?.message.contains("/" + message) == true, "\(error?.message ?? "")")
    }
}
