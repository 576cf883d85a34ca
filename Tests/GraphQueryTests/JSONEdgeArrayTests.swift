import Foundation
@testable import GraphQuery
import KnowledgeGraph
import Testing

/// The edges array read in pieces on several cores against the same array read front to back.
struct JSONEdgeArrayTests {
    /// What a reading of the edges gives, comparable.
    struct Edges: Equatable {
        var endpoints: [String], relations: [UInt8], evidence: [Int32], ranges: [Range<Int>]
    }

    /// Reads the edges of `json`, cut at `cuts` (none: front to back), or the error's message.
    static func read(_ json: [UInt8], cuts: [Int]) -> Result<Edges, GraphQueryError> {
        let file = MappedFile(copying: json)
        var scanner = JSONScanner(file.bytes, path: "g.json")
        var reader = JSONGraphLoader.Reader(path: "g.json")
        let array = JSONEdgeArray(file: file, path: "g.json", parts: cuts.count + 1, minimumPart: 1)
        do throws(GraphQueryError) {
            try scanner.object { (s: inout JSONScanner, key) throws(GraphQueryError) in
                if key.equals("edges") { try array.read(&s, into: &reader, cuts: cuts) } else { try s.skipValue() }
            }
        } catch {
            return .failure(error)
        }
        return .success(Edges(
            endpoints: (0..<reader.endpoints.count).map { reader.endpoints[$0] }, relations: reader.relations,
            evidence: reader.evidence, ranges: reader.edgeRanges))
    }

    /// Edges whose evidence quotes what looks like more edges, and a graph after the edges.
    static func tricky(badRelationAt bad: Int? = nil) throws -> [UInt8] {
        let nodes = ["a", "b", "c", "d"].map { Node(id: $0, label: $0.uppercased(), type: .country) }
        let quote = #"x"}, {"source": "a", "target": "b", "type": "talks"}, {"y"#
        let pairs = [("a", "b"), ("b", "c"), ("c", "d"), ("a", "c"), ("b", "d"), ("a", "d")]
        let edges = pairs.enumerated().map { i, p in
            Edge(source: p.0, type: .funding, target: p.1, evidence: (0...(i % 3)).map {
                Evidence(document: "doc", sentence: $0, start: 0, end: 5, text: "\(quote) \($0)")
            })
        }
        var text = String(decoding: try GraphJSON.encode(KnowledgeGraph(nodes: nodes, edges: edges)), as: UTF8.self)
        if let bad {
            let marks = text.ranges(of: #""type" : "funding""#)
            text.replaceSubrange(marks[bad], with: #""type" : "hugs""#)
        }
        return Array(text.utf8)
    }

    @Test func everyCutGivesWhatOneReadingGives() throws {
        let json = try Self.tricky()
        let whole = try Self.read(json, cuts: []).get()
        #expect(whole.relations.count == 6)
        #expect(whole.evidence == [1, 1, 3, 2, 2, 3])
        // Every byte after the array's opening, inside strings and records too, as the one cut.
        let first = try #require(whole.ranges.first).lowerBound
        for cut in (first + 1)..<json.count {
            #expect(try Self.read(json, cuts: [cut]).get() == whole, "cut at \(cut)")
        }
        // Two cuts at once, where the second piece may or may not count.
        for cut in stride(from: first + 1, to: json.count, by: 37) {
            for second in stride(from: cut + 1, to: json.count, by: 53) {
                #expect(try Self.read(json, cuts: [cut, second]).get() == whole, "cuts at \(cut), \(second)")
            }
        }
    }

    @Test func anErrorInALaterPieceIsTheOneReadingsError() throws {
        let json = try Self.tricky(badRelationAt: 4)
        guard case .failure(let whole) = Self.read(json, cuts: []) else { Issue.record("a bad relation was read"); return }
        #expect(whole.message.contains("edges[4] b -> d: unknown relation type 'hugs'"))
        for cut in stride(from: 1, to: json.count, by: 7) {
            guard case .failure(let error) = Self.read(json, cuts: [cut]) else { Issue.record("cut at \(cut) read a bad relation"); continue }
            #expect(error.message == whole.message, "cut at \(cut)")
        }
    }

    /// A real extracted graph, its pieces guessed as for a large file.
    @Test(arguments: ["uk-egypt-staff-talks", "italy-tunisia-maritime"])
    func guessedPiecesOfARealGraphGiveWhatOneReadingGives(name: String) throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let json = try [UInt8](Data(contentsOf: root.appendingPathComponent("Graphs/\(name)/graph.json")))
        let file = MappedFile(copying: json)
        let guesses = JSONEdgeArray(file: file, path: name, parts: 8, minimumPart: 1024).guesses(after: 20)
        #expect(guesses.count >= 4, "the file should be cut: \(guesses)")
        let pieces = try QueryGraph.load(json: json, name: name, pieceBytes: 1024)
        let whole = try QueryGraph.load(json: json, name: name, pieceBytes: Int.max / 8)
        #expect(pieces.index.edgeCount > 10)
        #expect(try pieces.model() == whole.model())
        #expect(try pieces.model() == GraphJSON.decode(Data(json)))
        for e in 0..<Int32(whole.index.edgeCount) {
            #expect(pieces.edge(e) == whole.edge(e))
            #expect(pieces.index.evidenceCount(of: e) == whole.index.evidenceCount(of: e))
        }
    }
}
