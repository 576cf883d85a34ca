import Foundation
import Testing

/// `kg path` on the seed article, extracted on the fly, as the query issue asks.
@Suite(.serialized) struct SeedPathTests {
    static let corpus = ProcessInfo.processInfo.environment["KG_CORPUS"]
        ?? CLITests.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus").path
    static let seed = corpus + "/seed/uk-egypt-military-talks.ar.txt"

    @Test(arguments: [
        ("المملكة المتحدة", "Libya", ["United Kingdom", "Libya"]),
        ("ISIS", "Sandhurst", ["Islamic State", "United Kingdom", "Royal Military Academy Sandhurst"]),
    ])
    func pathsOnTheSeedArticle(from: String, to: String, through: [String]) throws {
        try #require(FileManager.default.fileExists(atPath: Self.seed), "the shared corpus is missing at \(Self.corpus); set KG_CORPUS")
        let result = try CLITests().run(["path", from, to, "--graph", Self.seed, "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let paths = try #require(json?["paths"] as? [[String: Any]], "\(result.stdout.prefix(300))")
        let hops = try #require(paths.first?["hops"] as? [[String: Any]])
        let labels = [hops.first?["from"], ] + hops.map { $0["to"] }
        let names = labels.compactMap { ($0 as? [String: Any])?["label"] as? String }
        #expect(names == through, "\(result.stdout.prefix(600))")
    }
}
