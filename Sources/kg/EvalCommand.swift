import ArgumentParser
import Extraction
import Foundation
import KnowledgeGraph

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score an extracted graph against a gold annotation (entity and relation P/R/F1).",
        discussion: """
            Uses the matching rules of the corpus scorer (score.py): a node matches a gold entity by \
            Wikidata id or by a shared surface form after Arabic normalization and the removal of one \
            leading clitic; relations match after mapping their ends to gold entities. A is the share \
            of matched nodes whose type is one the gold accepts.

            With --ner, scores kg's entity names on CoNLL data instead (one `TOKEN TAG` pair a line, \
            BIO or IO tags with PER or PERS, ORG, LOC, MISC). It prints exact and partial precision, \
            recall and F1 per type, an ALL line and a -MISC line (PER, ORG and LOC only). Exact means \
            the same tokens and type; partial, overlapping tokens and the same type. kg's persons \
            count as PER, organizations and groups as ORG, countries and places as LOC, and in English \
            demonyms as MISC (Arabic data leaves a nisba untagged, as ANERcorp does). --verbose lists \
            every missed and spurious name. A type with no gold and no predicted name shows '-'.

            Examples:
              kg eval article.gold.json graph.json
              kg eval gold-dir/ graphs-dir/     # pairs X.gold.json with X.json; prints an ALL line
              kg eval --ner held-out.conll --lang ar              # the whole entity stage
              kg eval --ner news.conll --lang en --model-only     # the learned recognizer alone
            """)

    @Argument(help: "A gold JSON file, or a folder of *.gold.json files; with --ner, CoNLL files.")
    var gold: String

    @Argument(help: "A graph JSON file, or a folder of graphs named like the gold files without .gold; with --ner, more CoNLL files.")
    var graph: [String] = []

    @Flag(name: .long, help: "Score entity names on CoNLL data.")
    var ner = false

    @Flag(name: .long, help: "With --ner: score the learned recognizer alone, not merged with the gazetteer and patterns.")
    var modelOnly = false

    @Flag(name: .long, help: "With --ner: without the learned recognizer (the gazetteer and patterns alone).")
    var noRecognizer = false

    @Option(name: .long, help: "With --ner: the data's language, ar or en.")
    var lang: String?

    @Option(name: .long, help: "With --ner: a model file (from kg train-ner) to use for that language instead of the shipped one.")
    var model: String?

    @Flag(name: .long, help: "List every miss and every spurious item.")
    var verbose = false

    func validate() throws {
        if ner {
            guard let lang, Language(rawValue: lang) != nil else { throw ValidationError("--ner needs --lang ar or --lang en") }
            guard !(modelOnly && noRecognizer) else { throw ValidationError("--model-only and --no-recognizer exclude each other") }
        } else {
            guard graph.count == 1 else { throw ValidationError("give one gold file or folder and one graph file or folder") }
        }
    }

    func run() throws {
        if ner { return try scoreNames(files: [gold] + graph, language: Language(rawValue: lang!)!) }
        let graph = graph[0]
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
