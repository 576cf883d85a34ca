import Testing
@testable import Extraction

/// The byte-keyed tables and key tests must answer exactly as `String` does.
struct KeyIndexTests {
    static let pairs: [(String, String)] = [
        ("المملكه المتحده", "المملكه"), ("والمملكه", "وال"), ("بريطانيا", "بري"), ("café", "caf"),
        ("cafe\u{301}", "cafe"), ("café", "cafe\u{301}"), ("cafe\u{301}", "café"), ("\r\nx", "\r"),
        ("việt", "vi"), ("ab", "ab"), ("", ""), ("a", ""), ("الحرب", "حرب"), ("شراكتنا", "نا"),
    ]

    @Test(arguments: pairs)
    func prefixAndSuffixAgreeWithString(text: String, part: String) {
        #expect(text.keyHasPrefix(part) == text.hasPrefix(part))
        #expect(text.keyHasSuffix(part) == text.hasSuffix(part))
        #expect(part.keyHasPrefix(text) == part.hasPrefix(text))
    }

    @Test func tableFindsCanonicallyEqualKeys() {
        var table = KeyTable<Int>()
        table["cafe\u{301}"] = 1  // decomposed in the table, precomposed in the lookup
        table["مصر"] = 2
        table["한국"] = 3
        #expect(table["café"] == 1)
        #expect(table["cafe\u{301}"] == 1)
        #expect(table["مصر"] == 2)
        #expect(table["مصري"] == nil)
        #expect(table["한국"] == 3)
        #expect(table["\u{1112}\u{1161}\u{11AB}\u{1100}\u{116E}\u{11A8}"] == 3)  // conjoining jamo, canonically equal
        #expect(table[""] == nil)
    }

    @Test func setAgreesWithStringSetOnTheGazetteer() throws {
        let g = try Gazetteer.builtIn()
        let words = Set(g.known.keys)
        for word in g.known.keys { #expect(g.known.contains(word)) }
        for probe in ["ال", "و", "xyz", "ليبيا", "لليبيا", "Egypt", "egypt"] {
            #expect(g.known.contains(probe) == words.contains(probe))
        }
    }

    @Test func trieGivesPhrasesLongestFirst() throws {
        let g = try Gazetteer.builtIn()
        let scalars = Array("المملكة المتحدة ومصر".unicodeScalars)
        let tokens = Tokenizer.tokenize(scalars[...], base: 0)
        let found = g.phraseMatches(first: CliticAnalyzer.Reading(tokens[0]), tokens, from: 0, limit: tokens.count)
        #expect(found.map(\.tokens) == [2])
        #expect(g.phraseMatches(first: CliticAnalyzer.Reading(clitic: "", stem: "مصر"), tokens, from: 2, limit: 1).map(\.tokens) == [1])
    }
}
