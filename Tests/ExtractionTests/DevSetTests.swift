import Extraction
import Foundation
import KnowledgeGraph
import Testing

/// The extraction team's own development set (Tests/ExtractionTests/DevSet): twenty-four short press
/// texts, thirteen Arabic and eleven English, written for the project with gold in the corpus format.
/// None of the shared corpus's wording is in them, so they measure how the rules generalize.
@Suite struct DevSetTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("DevSet")

    @Test func devSetMeetsTheBar() throws {
        let (c, graphs) = try CorpusTests.score(directory: Self.directory, tag: "devset")
        print(c.line(label: "DEVSET ALL"))
        #expect(graphs.count == 24)
        #expect(c.relationF1 >= 0.85, "dev-set relation F1 \(c.relationF1)")
        #expect(c.relationPrecision >= 0.85, "dev-set relation precision \(c.relationPrecision)")
        #expect(c.entityRecall >= 0.95, "dev-set entity recall \(c.entityRecall)")
        #expect(c.entityPrecision >= 0.90, "dev-set entity precision \(c.entityPrecision)")
    }
}
