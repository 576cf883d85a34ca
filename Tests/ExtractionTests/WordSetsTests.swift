import Foundation
import KnowledgeGraph
import Testing
@testable import Extraction

/// The word lists of Resources/wordsets.tsv: every name given, spellings keyed as the text is,
/// bad lines refused with FILE:LINE.
@Suite struct WordSetsTests {
    @Test func theShippedListsLoadWithEveryNameFilled() throws {
        let sets = try WordSets.builtIn.get()
        for name in WordSets.Name.allCases { #expect(sets[name].count > 0, "\(name.rawValue) is empty") }
        for table in WordSets.Table.allCases { #expect(sets[table].count > 0, "\(table.rawValue) is empty") }
    }

    /// Written with hamza and ة in the file, matched through the text's keys.
    @Test(arguments: [
        (WordSets.Name.tiedWords, "المرتبطة"), (.targetPrepositions, "إلى"), (.againstPrepositions, "على"),
        (.siteHeads, "الأكاديمية"), (.clauseMarks, "،"), (.apostrophes, "’"),
        (.hostPrepositions, "لدى"), (.nameClosers, "إلى"), (.namedUnits, "ميناء"), (.titleComplements, "لشؤون"),
        (.sentenceEnders, "…"), (.sentenceClosers, "”"), (.abbreviations, "Dr"), (.referenceHeads, "الأكاديمية"),
    ])
    func aListedSpellingMatchesTheTextsKey(name: WordSets.Name, written: String) throws {
        let key = try #require(Tokenizer.tokenize(Array(written.unicodeScalars)[...], base: 0).first?.key)
        #expect(WordSets.set(name).contains(key), "\(written) (key \(key)) not in \(name.rawValue)")
    }

    @Test(arguments: [
        ("set\tpartner-prepositions\tمع", "FILE:1: set partner-prepositions is given twice"),
        ("set\tprepositions\tمع", "FILE:1: expected 'set NAME words'"),
        ("set\tcompass\tشمال غرب", "FILE:1: 'شمال غرب' is not one word"),
        ("map\tscale\tmany\tlots", "FILE:1: scale 'many' is not a number"),
        ("map\tcurrency\tEUR\tdollar", "FILE:1: 'dollar' in currency is already USD"),
        ("list\tcompass\tشمال", "FILE:1: expected 'set NAME words'"),
    ])
    func badLinesFailWithFileAndLine(line: String, says: String) throws {
        let shipped = try Self.shippedText()
        // The bad line first, then the shipped file, so the line number is 1 and every name is given.
        let text = line.hasPrefix("set\tpartner") || line.hasPrefix("map\tcurrency")
            ? shipped + "\n" + line : line + "\n" + shipped
        do {
            _ = try WordSets.parse(text, file: "FILE")
            Issue.record("\(line) was accepted")
        } catch {
            let message = error.message.replacingOccurrences(of: #"FILE:\d+"#, with: "FILE:1", options: .regularExpression)
            #expect(message.hasPrefix(says), "\(error.message)")
        }
    }

    @Test func aMissingNameIsNamed() throws {
        let text = try Self.shippedText().split(separator: "\n").filter { !$0.hasPrefix("set\tcompass\t") }.joined(separator: "\n")
        #expect(throws: ExtractionError.self) { try WordSets.parse(text, file: "FILE") }
        do { _ = try WordSets.parse(text, file: "FILE") } catch { #expect(error.message == "FILE: no list named compass") }
        // The shipped text itself parses.
        #expect(try WordSets.parse(try Self.shippedText(), file: "FILE")[.compass].contains("شمال"))
    }

    static func shippedText() throws -> String {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/Extraction/Resources/wordsets.tsv").standardizedFileURL
        return try String(contentsOf: url, encoding: .utf8)
    }
}
