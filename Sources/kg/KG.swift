import ArgumentParser
import Foundation

@main
struct KG: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kg",
        abstract: "Turn Arabic and English news into a typed, evidence-backed knowledge graph; query, draw and export it.",
        discussion: """
            Graphs are JSON files: {"nodes": [...], "edges": [...]} (see README.md for the schema).

            Examples:
              kg build Graphs/uk-egypt-staff-talks.ar.txt -o out     # extract, then draw: out/graph.{json,svg,png,dot,html}
              kg extract news/*.txt -o graph.json
              kg path "المملكة المتحدة" Libya --graph graph.json
              kg render graph.json -f png -o graph.png --labels ar
              kg view graph.json -o graph.html                        # search, evidence and paths in a browser
              kg export graph.json -f graphml -o graph.graphml
              kg add news/ --store news.kgdb                          # a store for a growing corpus
              kg path Hezbollah Iran --store news.kgdb
            """,
        version: "kg \(KG.version) (commit \(BuildInfo.commit))",
        subcommands: [
            BuildCommand.self, ExtractCommand.self, PathCommand.self, NeighborsCommand.self, SubgraphCommand.self,
            RenderCommand.self, ViewCommand.self, ExportCommand.self,
            AddCommand.self, RemoveCommand.self, UpdateCommand.self, StatusCommand.self, MergeCommand.self, SplitCommand.self, ImportCommand.self, EvalCommand.self, RulesCommand.self, TrainNERCommand.self, BenchPathsCommand.self, BenchNamesCommand.self,
        ]
    )

    static let version = "0.9.0"

    /// As ArgumentParser's `main`, with a closed pipe made an EPIPE error that
    /// ``StandardOutput`` reports, rather than a silent kill.
    static func main() {
        signal(SIGPIPE, SIG_IGN)
        do {
            var command = try parseAsRoot(nil)
            try command.run()
        } catch {
            exit(withError: error)
        }
    }
}
