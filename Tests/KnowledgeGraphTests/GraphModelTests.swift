import Foundation
import Testing
@testable import KnowledgeGraph

@Suite struct GraphModelTests {
    static let doc = "d.txt"

    static func evidence(_ sentence: Int, _ text: String) -> Evidence {
        Evidence(document: doc, sentence: sentence, start: sentence * 100, end: sentence * 100 + text.unicodeScalars.count, text: text)
    }

    @Test func symmetricEdgesAreStoredOnceWhateverTheOrder() {
        let a = Edge(source: "Q79", type: .talks, target: "Q145")
        let b = Edge(source: "Q145", type: .talks, target: "Q79")
        #expect(a.key == b.key)
        #expect(a.source == "Q145")
        let directed = Edge(source: "Q79", type: .funding, target: "Q145")
        #expect(directed.source == "Q79" && directed.target == "Q145")
    }

    @Test func mergingUnitesNodesByIdAndAccumulatesEvidence() {
        var g1 = KnowledgeGraph()
        g1.add(Node(id: "Q145", label: "United Kingdom", type: .country, names: Names(en: "United Kingdom"), aliases: ["UK"]))
        g1.add(Node(id: "Q79", label: "Egypt", type: .country))
        g1.add(Edge(source: "Q145", type: .talks, target: "Q79", evidence: [Self.evidence(0, "UK and Egypt held talks.")]))
        var g2 = KnowledgeGraph()
        g2.add(Node(id: "Q145", label: "المملكة المتحدة", type: .country, names: Names(ar: "المملكة المتحدة"), aliases: ["بريطانيا"], wikidata: "Q145"))
        g2.add(Node(id: "Q79", label: "مصر", type: .country))
        g2.add(Edge(source: "Q79", type: .talks, target: "Q145", attributes: EdgeAttributes(date: "2024-01-12"),
                    evidence: [Self.evidence(3, "عقدت مصر وبريطانيا محادثات.")]))
        g1.merge(g2)
        #expect(g1.nodeCount == 2)
        #expect(g1.edgeCount == 1)
        let uk = g1.node(id: "Q145")!
        #expect(uk.label == "United Kingdom")
        #expect(uk.names == Names(en: "United Kingdom", ar: "المملكة المتحدة"))
        #expect(uk.aliases == ["UK", "بريطانيا"])
        #expect(uk.wikidata == "Q145")
        let talks = g1.edges[0]
        #expect(talks.evidence.count == 2)
        #expect(talks.attributes.date == "2024-01-12")
    }

    @Test func mergingTheSameEvidenceTwiceKeepsOneCopy() {
        let e = Edge(source: "A", type: .support, target: "B", evidence: [Self.evidence(1, "A supports B.")])
        var g = KnowledgeGraph(nodes: [Node(id: "A", label: "A", type: .group), Node(id: "B", label: "B", type: .group)], edges: [e])
        g.add(e)
        #expect(g.edges[0].evidence.count == 1)
    }

    @Test func jsonRoundTripsLosslessly() throws {
        let graph = Self.richGraph()
        let data = try GraphJSON.encode(graph)
        let decoded = try GraphJSON.decode(data)
        #expect(decoded == graph)
        #expect(try GraphJSON.encode(decoded) == data)
        // The schema's field names, as score.py and other tools read them.
        let object = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        let node = (object["nodes"] as! [[String: Any]]).first { $0["id"] as? String == "Q145" }!
        for key in ["id", "label", "type", "aliases", "names", "wikidata", "mentions"] {
            #expect(node[key] != nil, "node field \(key)")
        }
        let edge = (object["edges"] as! [[String: Any]]).first { $0["type"] as? String == "funding" }!
        for key in ["source", "target", "type", "evidence", "attributes"] {
            #expect(edge[key] != nil, "edge field \(key)")
        }
        let amount = (edge["attributes"] as! [String: Any])["amount"] as! [String: Any]
        #expect(amount["value"] as? Double == 79_500_000)
        #expect(amount["currency"] as? String == "GBP")
    }

    static func richGraph() -> KnowledgeGraph {
        let s = "Britain gave Iraq £79.5 million in aid."
        let mention = Mention(document: doc, sentence: 0, start: 0, end: 7, text: "Britain")
        return KnowledgeGraph(
            nodes: [
                Node(id: "Q145", label: "United Kingdom", type: .country, names: Names(en: "United Kingdom", ar: "المملكة المتحدة"),
                     aliases: ["Britain", "البريطانية"], wikidata: "Q145", mentions: [mention]),
                Node(id: "Q796", label: "Iraq", type: .country, names: Names(en: "Iraq", ar: "العراق"), wikidata: "Q796"),
            ],
            edges: [
                Edge(source: "Q145", type: .funding, target: "Q796",
                     attributes: EdgeAttributes(amount: Amount(value: 79_500_000, currency: "GBP"), date: "2016"),
                     evidence: [Evidence(document: doc, sentence: 0, start: 0, end: s.unicodeScalars.count, text: s,
                                         trigger: Trigger(start: 8, end: 12, text: "gave"))]),
            ])
    }

    @Test(arguments: [
        (#"{"nodes": [{"id": "a", "type": "planet"}], "edges": []}"#, KnowledgeGraphError.Code.unknownNodeType, "planet"),
        (#"{"nodes": [{"id": "a", "type": "country"}, {"id": "b", "type": "country"}], "edges": [{"source": "a", "type": "likes", "target": "b"}]}"#, .unknownRelationType, "likes"),
        (#"{"nodes": [{"id": "a", "type": "country"}], "edges": [{"source": "a", "type": "talks", "target": "zz"}]}"#, .danglingEdge, "'zz'"),
        (#"{"nodes": [{"id": "a", "type": "country"}, {"id": "a", "type": "place"}], "edges": []}"#, .duplicateNode, "'a' appears twice"),
        (#"{"nodes": [{"id": "a", "type": "country"}], "edges": [{"source": "a", "type": "talks", "target": "a"}]}"#, .selfLoop, "itself"),
        (#"{"nodes": [{"type": "country"}], "edges": []}"#, .invalidJSON, "missing field 'id'"),
        (#"{"nodes": [], "edges": [}"#, .invalidJSON, "not valid JSON"),
        (#"[1, 2]"#, .invalidJSON, "top level"),
    ])
    func invalidGraphsAreRejectedWithAReason(json: String, code: KnowledgeGraphError.Code, mentions: String) {
        #expect {
            _ = try GraphJSON.decode(Data(json.utf8))
        } throws: { error in
            guard let error = error as? KnowledgeGraphError else { return false }
            return error.code == code && error.message.contains(mentions) && !error.message.contains("\n")
        }
    }
}

@Suite struct PrettyJSONWriterTests {
    /// Random graphs with every optional field on or off, awkward strings and numbers.
    static func randomGraph(seed: UInt64) -> KnowledgeGraph {
        var state = seed
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33) % n
        }
        let pieces = ["", "a", "مصر", "q\"uote", "back\\slash", "line\nbreak\ttab\r", "\u{1}\u{8}\u{c}\u{1f}\u{7f}", "/slash/", "é\u{301}", "\u{2028}", "😀", "<&>"]
        func text() -> String { (0..<next(3)).map { _ in pieces[next(pieces.count)] }.joined() }
        let numbers: [Double] = [0, -0.0, 1, 79_500_000, 79.5, 1.1e9, 1e16, 1e-7, 0.1, 123_456_789_012.5, -42.25]
        var g = KnowledgeGraph()
        let count = 1 + next(6)
        for i in 0..<count {
            let mentions = (0..<next(3)).map { _ in Mention(document: text(), sentence: next(9), start: next(99), end: next(999), text: text()) }
            g.add(Node(id: "n\(i)", label: text(), type: NodeType.allCases[next(6)],
                       names: Names(en: next(2) == 0 ? nil : text(), ar: next(2) == 0 ? nil : text()),
                       aliases: (0..<next(3)).map { _ in text() }, wikidata: next(2) == 0 ? nil : "Q\(next(9999))", mentions: mentions))
        }
        for _ in 0..<next(8) where count > 1 {
            let a = next(count), b = (a + 1 + next(count - 1)) % count
            let attributes = EdgeAttributes(
                amount: next(2) == 0 ? nil : Amount(value: numbers[next(numbers.count)], currency: text()),
                role: next(2) == 0 ? nil : text(), date: next(2) == 0 ? nil : text())
            let evidence = (0..<next(3)).map { _ in
                Evidence(document: text(), sentence: next(9), start: next(99), end: next(999), text: text(),
                         trigger: next(2) == 0 ? nil : Trigger(start: next(9), end: next(99), text: text(), cameo: next(2) == 0 ? nil : text()),
                         rule: next(2) == 0 ? nil : text())
            }
            g.add(Edge(source: "n\(a)", type: RelationType.allCases[next(13)], target: "n\(b)", attributes: attributes, evidence: evidence))
        }
        return g
    }

    @Test(arguments: 0..<300)
    func writesExactlyWhatJSONEncoderWrites(seed: Int) throws {
        let graph = Self.randomGraph(seed: UInt64(seed))
        let fast = try GraphJSON.encode(graph), reference = GraphJSON.encodeWithFoundation(graph)
        #expect(fast == reference, "seed \(seed): \(String(decoding: fast, as: UTF8.self))")
    }

    @Test func emptyGraph() throws {
        #expect(try GraphJSON.encode(KnowledgeGraph()) == GraphJSON.encodeWithFoundation(KnowledgeGraph()))
    }
}
