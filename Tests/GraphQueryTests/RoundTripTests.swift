import Extraction
import Foundation
import GraphQuery
import KnowledgeGraph
import Testing

/// kg reads what kg writes: text, random or hostile, is extracted, written as JSON and read
/// back by every reader, which must all give the extracted graph.
struct RoundTripTests {
    static let extractor = try! Extractor.standard()

    /// Words that name entities and relations, in both languages, mixed with text that is
    /// hard to write: control characters, NUL, noncharacters, quotes, bidi marks.
    static let pieces = [
        "Sandhurst", "KSrelief", "British", "البريطانية", "Libya", "ليبيا", "trained", "درّبت", "UK", "Egypt",
        "the army", "signed an agreement with", "وقعت اتفاقية مع", "ISIS", "داعش", ".", ",", "\n", " ", " ",
        "\u{0}", "\u{1}", "\u{8}", "\u{B}", "\u{C}", "\u{1F}", "\u{FFFE}", "\u{FFFF}", "\u{2069}", "\u{200F}",
        "\"", "\\", "<b>", "&amp;", "%x", "\u{0301}", "é", "😀",
    ]

    static func text(seed: Int) -> String {
        var rng = SplitMix64(seed: UInt64(seed))  // deterministic, so a failing seed can be rerun
        return (0..<Int.random(in: 1...40, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
    }

    static let fixed = ["Sandhurst", "KSrelief delivered aid.", "\u{C}The British trained the Libyan army.\u{C}"]

    /// Seeds below 0 pick the fixed texts; the argument is a number so the test log stays readable.
    @Test(arguments: -fixed.count..<150)
    func everyReaderReadsTheExtractedGraph(seed: Int) throws {
        let text = seed < 0 ? Self.fixed[seed + Self.fixed.count] : Self.text(seed: seed)
        let graph = Self.extractor.extract(Document(name: "doc.txt", text: text))
        try graph.validate()
        let data = try GraphJSON.encode(graph)
        #expect(try GraphJSON.decode(data) == graph)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kg-roundtrip-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: url) }
        try data.write(to: url)
        #expect(try QueryGraph.load(url.path).model() == graph)
        #expect(try QueryGraph(graph).model() == graph)
    }

    @Test func anEdgeToAnUnmentionedEntityBringsItsNode() throws {
        let graph = Self.extractor.extract(Document(name: "doc.txt", text: "Sandhurst"))
        let edge = try #require(graph.edges.first { $0.source == "royal-military-academy-sandhurst" })
        #expect(edge.target == "Q145")
        #expect(graph.node(id: "Q145")?.label == "United Kingdom")
        #expect(graph.node(id: "Q145")?.mentions == [])
    }
}
