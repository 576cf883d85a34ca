import ArgumentParser

@main
struct KG: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kg",
        abstract: "Turn Arabic and English news into a typed, evidence-backed knowledge graph; query, draw and export it.",
        discussion: """
            Graphs are JSON files: {"nodes": [...], "edges": [...]} (see README.md for the schema).

            Examples:
              kg render Graphs/sample-graph.json -f svg -o graph.svg
              kg render Graphs/sample-graph.json -f png -o graph.png --labels ar --engine neato
              kg export Graphs/sample-graph.json -f graphml -o graph.graphml
            """,
        subcommands: [
            ExtractCommand.self, PathCommand.self, NeighborsCommand.self, SubgraphCommand.self,
            RenderCommand.self, ExportCommand.self, ImportCommand.self, EvalCommand.self, BenchPathsCommand.self,
        ]
    )
}
