import Foundation
import GraphQuery
import KnowledgeGraph
import Testing

/// The graph reader is strict per RFC 8259, names the line and column, and bounds nesting
/// without recursion.
struct StrictJSONTests {
    static let node = #"{"id": "a", "type": "country"}"#
    static let other = #"{"id": "b", "type": "country"}"#

    /// A graph whose first edge carries `field` (a JSON member, written as given).
    static func graph(edgeField field: String) -> String {
        #"{"nodes": [\#(node), \#(other)], "edges": [{"source": "a", "type": "talks", "target": "b", \#(field)}]}"#
    }

    func file(_ bytes: [UInt8]) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kg-strict-\(UUID().uuidString).json")
        try Data(bytes).write(to: url)
        return url.path
    }

    static let bad: [(json: String, says: String)] = [
        (graph(edgeField: #""junk": tru3"#), "line 1, column 143: expected a value"),
        (graph(edgeField: "\"evidence\": [{\"document\": \"d\", \"sentence\": 0, \"start\": 0, \"end\": 1, \"text\": \"a\u{1}b\"}]"),
         "raw control character U+0001 in a string"),
        (graph(edgeField: "\"junk\": \"form\u{C}feed\""), "raw control character U+000C"),
        (#"{"nodes": [\#(node), \#(other),], "edges": []}"#, "line 1, column 75: nodes[2]: expected an object"),
        (graph(edgeField: #""junk": [1, 2,]"#), "expected a value"),
        (graph(edgeField: #""junk": {"x": 1,}"#), "expected a member name in quotes"),
        (graph(edgeField: #""junk": 01"#), "line 1, column 143: expected a value"),
        (graph(edgeField: #""junk": .5"#), "expected a value"),
        (graph(edgeField: #""junk": 1."#), "expected digits after '.'"),
        (graph(edgeField: #""junk": 1e"#), "expected digits in the exponent"),
        (graph(edgeField: #""junk": +1"#), "expected a value"),
        (graph(edgeField: #""junk": NaN"#), "expected a value"),
        (graph(edgeField: #""junk": 'x'"#), "expected a value"),
        (graph(edgeField: #""junk": "\x""#), "bad escape"),
        (graph(edgeField: #""junk": "\u12""#), "\\u needs four hex digits"),
        (graph(edgeField: #""junk": "\ud800""#), "\\uD800 is half a surrogate pair"),
        (graph(edgeField: #""junk": "\udc00""#), "\\uDC00 is half a surrogate pair"),
        (#"{"nodes": [\#(node)]}"#, "missing field 'edges'"),
        ("{\"nodes\": [],\n \"edges\": [\n  {\"source\": 1}]}", "line 3, column 14: expected a string"),
        (graph(edgeField: #""junk": "# + String(repeating: "[", count: 20_000)), "nested deeper than 256 levels"),
        (graph(edgeField: #""evidence": [{"document": 1}]"#), "edges[0].evidence[0].document"),
    ]

    @Test(arguments: bad)
    func refusesWhatRFC8259Refuses(json: String, says: String) throws {
        let path = try file(Array(json.utf8))
        let error = #expect(throws: GraphQueryError.self) { try QueryGraph.load(path).model() }
        #expect(error?.message.contains(says) == true, "\(error?.message ?? "")")
        #expect(error?.message.hasPrefix(path + ": ") == true)
        #expect(error?.message.contains("\n") == false)
    }

    @Test(arguments: [[0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xE2, 0x82], [0xF4, 0x90, 0x80, 0x80]] as [[UInt8]])
    func refusesInvalidUTF8(bytes: [UInt8]) throws {
        let json = Array(#"{"nodes": [{"id": "a", "type": "country", "label": ""#.utf8) + bytes + Array(#""}], "edges": []}"#.utf8)
        let error = #expect(throws: GraphQueryError.self) { try QueryGraph.load(try file(json)) }
        #expect(error?.message.contains("line 1, column 53: invalid UTF-8") == true, "\(error?.message ?? "")")
    }

    /// What the RFC allows is read, and read as the model's own decoder reads it.
    @Test func readsEverythingTheRFCAllows() throws {
        let deep = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        let json = Self.graph(edgeField: #""junk": [-0.5e+10, 0, 1E-2, true, false, null, {"k": "\u00e9\ud83d\ude00\/\b\f\n\r\t"}, \#(deep)]"#)
            .replacingOccurrences(of: #""id": "a""#, with: #""id": "\u00e9 \"a\"""#)
            .replacingOccurrences(of: #""source": "a""#, with: #""source": "é \"a\"""#)
        let path = try file(Array(json.utf8))
        let read = try QueryGraph.load(path).model()
        #expect(read == (try GraphJSON.decode(Data(json.utf8))))
        #expect(read.edges.map { Set([$0.source, $0.target]) } == [["é \"a\"", "b"]])
    }
}
