import Foundation
import KnowledgeGraph
import Testing
@testable import GraphQuery

/// Inputs the fuzz harnesses found, each kept as a test.
@Suite struct FuzzRegressionTests {
    /// Two evidence records that differ only in the trigger's CAMEO code swapped places on a round
    /// trip, so kg did not read back what it wrote (Scripts/fuzz json, 10-minute run).
    @Test func evidenceDifferingOnlyInCameoKeepsItsOrder() throws {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/fuzz-json-readback", withExtension: "json"))
        let graph = try QueryGraph.load(json: Array(try Data(contentsOf: url)), name: "input").model()
        let again = try QueryGraph.load(json: Array(try GraphJSON.encode(graph)), name: "written").model()
        #expect(graph.edgeCount == 23)
        #expect(again == graph)
    }
}
