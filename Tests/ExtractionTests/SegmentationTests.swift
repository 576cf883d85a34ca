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
