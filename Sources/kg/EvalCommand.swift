import ArgumentParser
import Extraction
import Foundation
import KnowledgeGraph

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score an extracted graph against a gold annotation (entity and relation P/R/F1).",
        discussion: """
            Uses the matching rules of the shared corpus's score.py: a node matches a gold entity by
            Wikidata id or by a shared surface form after Arabic normalization and the removal of one
            leading clitic; relations match after mapping their ends to gold entities.

            Examples:
              kg eval article.gold.json graph.json
              kg eval gold-dir/ graphs-dir/     # pairs X.gold.json with X.json; prints an ALL line
            """)

    @Argument(help: "A gold JSON file, or a folder of *.gold.json files.")
    var gold: String

    @Argument(help: "A graph JSON file, or a folder of graphs named like the gold files without .gold.")
    var graph: String

    @Flag(name: .long, help: "List every miss and every spurious item.")
    var verbose = false

    func run() throws {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: gold, isDirectory: &isDir) else {
            throw CommandFailure("no such file or folder: \(gold)")
        }
        var pairs: [(String, String)] = []
        if isDir.boolValue {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: gold)) ?? []
            for name in names.sorted() where name.hasSuffix(".gold.json") {
                let base = String(name.dropLast(".gold.json".count))
                pairs.append(("\(gold)/\(name)", "\(graph)/\(base).json"))
            }
            guard !pairs.isEmpty else { throw CommandFailure("no *.gold.json files in \(gold)") }
        } else {
            pairs = [(gold, graph)]
        }
        var total = GoldScore.Counts()
        for (g, p) in pairs {
            let result = try Self.score(g, p)
            try StandardOutput.print(result.line)
            if verbose { for line in result.details { try StandardOutput.print("  \(line)") } }
            total.add(result.counts)
        }
        if pairs.count > 1 { try StandardOutput.print(total.line(label: "ALL")) }
    }

    static func score(_ gold: String, _ graph: String) throws -> GoldScore.Result {
        do {
            return try GoldScore.score(goldPath: gold, graphPath: graph)
        } catch {
            throw CommandFailure(error.message)
        }
    }
}
