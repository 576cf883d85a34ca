import Foundation
import KnowledgeGraph

enum Fixtures {
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let packageRoot = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()

    /// A small bilingual graph in our own words, with an amount, a role and a date.
    static func bilingual() -> KnowledgeGraph {
        let doc = "fixture.ar.txt"
        let s0 = "وقعت المملكة المتحدة والأردن مذكرة تفاهم للتعاون الدفاعي."
        let s1 = "قدمت بريطانيا 20 مليون جنيه إسترليني لدعم اللاجئين في الأردن."
        let s2 = "Ambassador Jane Doe represents the United Kingdom in Amman."
        func ev(_ i: Int, _ s: String, start: Int, _ trigger: String) -> Evidence {
            let t = s.unicodeScalars.count - s.components(separatedBy: trigger)[1].unicodeScalars.count - trigger.unicodeScalars.count
            return Evidence(document: doc, sentence: i, start: start, end: start + s.unicodeScalars.count, text: s,
                            trigger: Trigger(start: start + t, end: start + t + trigger.unicodeScalars.count, text: trigger))
        }
        let o1 = s0.unicodeScalars.count + 1
        let o2 = o1 + s1.unicodeScalars.count + 1
        return KnowledgeGraph(
            nodes: [
                Node(id: "Q145", label: "United Kingdom", type: .country, names: Names(en: "United Kingdom", ar: "المملكة المتحدة"),
                     aliases: ["المملكة المتحدة", "بريطانيا"], wikidata: "Q145",
                     mentions: [Mention(document: doc, sentence: 0, start: 5, end: 20, text: "المملكة المتحدة")]),
                Node(id: "Q810", label: "Jordan", type: .country, names: Names(en: "Jordan", ar: "الأردن"), aliases: ["الأردن"], wikidata: "Q810"),
                Node(id: "Q3805", label: "Amman", type: .place, names: Names(en: "Amman", ar: "عمّان"), wikidata: "Q3805"),
                Node(id: "jane-doe", label: "Jane Doe", type: .person, names: Names(en: "Jane Doe")),
                Node(id: "Q2429253", label: "Islamic State", type: .group, names: Names(en: "Islamic State", ar: "داعش"), aliases: ["ISIS", "داعش"]),
            ],
            edges: [
                Edge(source: "Q810", type: .agreement, target: "Q145", attributes: EdgeAttributes(date: "2024-03-12"), evidence: [ev(0, s0, start: 0, "مذكرة تفاهم")]),
                Edge(source: "Q145", type: .funding, target: "Q810", attributes: EdgeAttributes(amount: Amount(value: 20_000_000, currency: "GBP")),
                     evidence: [ev(1, s1, start: o1, "قدمت")]),
                Edge(source: "jane-doe", type: .affiliatedWith, target: "Q145", attributes: EdgeAttributes(role: "ambassador"), evidence: [ev(2, s2, start: o2, "represents")]),
                Edge(source: "Q3805", type: .locatedIn, target: "Q810"),
                Edge(source: "Q810", type: .opposes, target: "Q2429253"),
            ])
    }

    /// Labels that break naive writers: quotes, backslashes, markup, line breaks, bidi marks.
    static let hostileLabels = [
        #"Say "hello" & <goodbye>"#,
        #"C:\path\to\file and \N \G \n"#,
        "two\nlines",
        "\u{200F}مرحبا\u{200E} (UN) 2024 ‏",
        "it's <b>bold</b> ]]> --> <!--",
    ]

    static func hostile() -> KnowledgeGraph {
        let nodes = hostileLabels.enumerated().map { i, label in
            Node(id: "n\(i) \"\\ <x>", label: label, type: .organization, names: Names(en: label))
        }
        let edges = (1..<nodes.count).map { Edge(source: nodes[0].id, type: .support, target: nodes[$0].id) }
        return KnowledgeGraph(nodes: nodes, edges: edges)
    }

    static func synthetic(nodes count: Int) -> KnowledgeGraph {
        SyntheticGraph.make(nodes: count)
    }
}
