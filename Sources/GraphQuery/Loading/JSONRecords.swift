import Foundation
import KnowledgeGraph

/// The full node and edge records of a JSON graph, left in the mapped file and decoded by
/// `GraphJSON` one at a time when an answer shows them.
final class JSONRecords: Sendable {
    let file: MappedFile
    let nodeRanges: [Range<Int>]
    let edgeRanges: [Range<Int>]
    /// Names beyond id and label (English, Arabic, Wikidata id, aliases), per node:
    /// `names[nameEnds[v - 1]..<nameEnds[v]]`.
    let names: NameTable
    let nameEnds: [Int32]
    /// The file's name for messages.
    let path: String

    init(path: String, file: MappedFile, nodeRanges: [Range<Int>], edgeRanges: [Range<Int>], names: NameTable, nameEnds: [Int32]) {
        self.path = path
        self.file = file
        self.nodeRanges = nodeRanges
        self.edgeRanges = edgeRanges
        self.names = names
        self.nameEnds = nameEnds
    }

    func names(of v: Int32) -> [String] {
        let lo = v == 0 ? 0 : Int(nameEnds[Int(v) - 1])
        return (lo..<Int(nameEnds[Int(v)])).map { names[$0] }
    }

    /// Decodes the given records as a small graph (an edge needs its two nodes to validate).
    func decode(nodes: [Int32], edges: [Int32]) throws(GraphQueryError) -> KnowledgeGraph {
        var json = Data("{\"nodes\":[".utf8)
        func append(_ range: Range<Int>) { json.append(contentsOf: UnsafeRawBufferPointer(rebasing: file.bytes[range])) }
        for (i, v) in nodes.enumerated() {
            if i > 0 { json.append(0x2C) }
            append(nodeRanges[Int(v)])
        }
        json.append(contentsOf: Data("],\"edges\":[".utf8))
        for (i, e) in edges.enumerated() {
            if i > 0 { json.append(0x2C) }
            append(edgeRanges[Int(e)])
        }
        json.append(contentsOf: Data("]}".utf8))
        // The scanner checked the syntax; the model's decoder checks each field's type.
        do {
            return try GraphJSON.decode(json)
        } catch {
            throw GraphQueryError(.badJSON, "\(path): \(error.message)", cause: error)
        }
    }
}
