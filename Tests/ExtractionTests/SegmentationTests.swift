import KnowledgeGraph
import Testing
@testable import Extraction

@Suite struct SegmentationTests {
    static let gazetteer = try! Gazetteer.builtIn()
    static let analyzer = CliticAnalyzer(isKnown: { gazetteer.known.contains($0) })

    @Test(arguments: [
        ("لليبيا", "ل", "ليبيا"),
        ("والمملكة", "و", "المملكه"),
        ("بالقوات", "ب", "القوات"),
        ("وبالقاهرة", "وب", "القاهره"),
        ("فبالقاهرة", "فب", "القاهره"),
        ("وكالجيش", "وك", "الجيش"),
        ("وللجيش", "ول", "الجيش"),
        ("فللجيش", "فل", "الجيش"),
        ("فالجيش", "ف", "الجيش"),
        ("كالجيش", "ك", "الجيش"),
        ("للجيش", "ل", "الجيش"),
        ("وبمصر", "وب", "مصر"),
        ("ولمصر", "ول", "مصر"),
        ("ومصر", "و", "مصر"),
        ("فمصر", "ف", "مصر"),
        ("بمصر", "ب", "مصر"),
        ("لمصر", "ل", "مصر"),
        ("كمصر", "ك", "مصر"),
        ("للبنان", "ل", "لبنان"),  // لل as ل before a word starting with ل
    ])
    func cliticIsStripped(word: String, clitic: String, stem: String) throws {
        let reading = try #require(Self.analyzer.analyse(TextNormalizer.key(word)))
        #expect(reading.clitic == clitic)
        #expect(reading.stem == TextNormalizer.key(stem))
    }

    @Test(arguments: ["واشنطن", "بغداد", "بريطانيا", "وزير", "لبنان", "فرنسا", "بيروت"])
    func knownWordsStayWhole(word: String) throws {
        let reading = try #require(Self.analyzer.analyse(TextNormalizer.key(word)))
        #expect(reading.clitic == "")
        #expect(reading.stem == TextNormalizer.key(word))
    }

    @Test func unknownWordHasNoReading() {
        #expect(Self.analyzer.analyse(TextNormalizer.key("وكتب")) == nil)
    }

    func sentences(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer.tokenize(scalars[...], base: 0)
        return SentenceSplitter.split(tokens, firstIndex: 0).map { s in
            var v = String.UnicodeScalarView()
            v.append(contentsOf: scalars[s.start..<s.end])
            return String(v)
        }
    }

    @Test func splitsOnArabicAndLatinPunctuation() {
        #expect(sentences("زار الوزير القاهرة. ثم عاد؟ نعم؛ انتهى") == ["زار الوزير القاهرة.", "ثم عاد؟", "نعم؛", "انتهى"])
        #expect(sentences("It rained! Did it stop? Yes.") == ["It rained!", "Did it stop?", "Yes."])
    }

    @Test func keepsDecimalsAbbreviationsAndQuotes() {
        #expect(sentences("The U.S. gave 79.5 million. Gen. Smith agreed.") == ["The U.S. gave 79.5 million.", "Gen. Smith agreed."])
        #expect(sentences("قال: \"لن نتراجع.\" ثم غادر.") == ["قال: \"لن نتراجع.\"", "ثم غادر."])
        #expect(sentences("بلغت ٧٩٫٥ مليون. انتهى") == ["بلغت ٧٩٫٥ مليون.", "انتهى"])
    }
}

/// A sentence wrapped across a line break is one sentence; a headline stays a line of its own.
@Suite struct WrappedLineTests {
    @Test(arguments: [
        ("Kenya signed a defence agreement with\nSomalia on Monday.", "Q114", RelationType.agreement, "Q1045"),
        ("The United States imposed sanctions on\nIran over its missile programme.", "Q30", .opposes, "Q794"),
        ("Jordan held talks with Egypt and France, which\nincluded border security.", "Q810", .talks, "Q142"),
        ("وقعت مصر اتفاقية للتعاون الأمني مع\nالعراق يوم الاثنين.", "Q79", .agreement, "Q796"),
        ("فرضت الولايات المتحدة عقوبات على\nإيران بسبب برنامجها الصاروخي.", "Q30", .opposes, "Q794"),
    ]) func aWrappedSentenceKeepsItsRelation(_ text: String, _ source: String, _ type: RelationType, _ target: String) throws {
        let g = RelationTests.graph(text)
        let edge = try #require(RelationTests.edge(g, source, type, target))
        // The evidence spans both lines, at the document's own offsets.
        let ev = try #require(edge.evidence.first)
        let scalars = Array(text.unicodeScalars)
        #expect(ev.start == 0)
        #expect(String(String.UnicodeScalarView(scalars[ev.start..<ev.end])).contains("\n"))
    }

    @Test func aHeadlineIsALineOfItsOwn() {
        let g = RelationTests.graph("Egypt and Jordan sign energy deal\nIran attacked Israel on Friday.")
        // Two sentences: the deal stays between Egypt and Jordan, the attack between Iran and Israel.
        #expect(RelationTests.has(g, "Q79", .agreement, "Q810"))
        #expect(RelationTests.has(g, "Q794", .opposes, "Q801"))
        #expect(!g.edges.contains { $0.type == .agreement && ($0.source == "Q794" || $0.target == "Q794") })
        #expect(Set(g.edges.flatMap { $0.evidence.map(\.sentence) }) == [0, 1])
    }
}
