import Foundation
import GraphQuery
import KnowledgeGraph
import Testing

/// `kg import` writes the JSON of an edge list a record at a time; it must be the bytes the
/// model would have written.
struct ImportStreamTests {
    func streamed(_ index: GraphIndex, chunks: inout Int) throws -> [UInt8] {
        nonisolated(unsafe) var out: [UInt8] = []
        nonisolated(unsafe) var count = 0
        var stream = GraphJSONStream { bytes in out.append(contentsOf: bytes); count += 1 }
        try index.writeJSON(&stream)
        chunks = count
        return out
    }

    func index(nodes: String, edges: String) throws -> GraphIndex {
        let n = Array(nodes.utf8), e = Array(edges.utf8)
        return try n.withUnsafeBytes { n in
            try e.withUnsafeBytes { e in try TSVGraphLoader.load(nodes: n, edges: e, paths: ("nodes.tsv", "edges.tsv")) }
        }
    }

    @Test func streamedBytesAreTheModelsBytes() throws {
        // Ids out of order, Arabic ids and labels, a symmetric edge written backwards and
        // again forwards, a directed edge twice, a node without a label.
        let graph = try index(
            nodes: "id\ttype\tlabel\nuk\tcountry\tUnited Kingdom\nليبيا\tcountry\tليبيا\nQ79\tcountry\tمصر\nisis\tgroup\tIslamic State\nb\tperson\n",
            edges: "ليبيا\ttalks\tuk\nuk\ttalks\tليبيا\nuk\topposes\tisis\nuk\topposes\tisis\nQ79\tcooperation\tuk\nb\tmember_of\tisis\nisis\toperates_in\tليبيا\n")
        var chunks = 0
        let bytes = try streamed(graph, chunks: &chunks)
        let model = try QueryGraph(index: graph).model()
        #expect(model.edges.count == 5)
        #expect(bytes == Array(try GraphJSON.encode(model)))
        #expect(chunks == 1)
    }

    @Test func aLargeGraphStreamsInChunksWithTheSameBytes() throws {
        var nodes = "", edges = ""
        for i in 0..<6000 { nodes += "n\(i)\t\(i % 3 == 0 ? "country" : "person")\t\(i % 2 == 0 ? "Name \(i)" : "اسم \(i)")\n" }
        for i in 1..<6000 { edges += "n\(i)\t\(i % 2 == 0 ? "talks" : "support")\tn\(i * 7 % i)\nn\(i)\tagreement\tn\((i * 13) % 6000 == i ? 0 : (i * 13) % 6000)\n" }
        let graph = try index(nodes: nodes, edges: edges)
        var chunks = 0
        let bytes = try streamed(graph, chunks: &chunks)
        #expect(bytes == Array(try GraphJSON.encode(try QueryGraph(index: graph).model())))
        #expect(chunks > 1, "more than a megabyte arrives in several chunks")
    }
}
