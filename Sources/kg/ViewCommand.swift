import ArgumentParser
import Foundation
import GraphRender
import GraphView
import KnowledgeGraph

struct ViewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "view",
        abstract: "Write one offline HTML page to explore a graph: search, evidence, filters and paths.",
        discussion: """
            The page holds everything in one file (its script, style, the graph's JSON and
            its Graphviz drawing) and loads nothing from the network, so it opens from disk
            and can be mailed. In it:
              - type a name in any form (English or Arabic, with or without ال or diacritics);
              - click an entity to light up its neighbours and read every relation's evidence,
                or click a relation to read its sentences with the trigger marked;
              - filter by relation, entity type, document and minimum evidence;
              - find the shortest path, or the k shortest, between two entities, explained
                hop by hop as `kg path` explains it (the same search, the same answer).
            Drag to pan, use the wheel or the buttons to zoom. With --labels ar the whole
            page is in Arabic, right to left. kg build writes graph.html as well.

            Examples:
              kg view out/graph.json -o graph.html
              kg view out/graph.json -o graph.ar.html --labels ar
              kg path UK Libya --graph out/graph.json -o path.html   # a query's answer, its entities lit
            """)

    @OptionGroup var source: GraphSource

    @Option(name: .shortAndLong, help: "The HTML file to write, or - for stdout.")
    var output: String

    @Option(help: "Label language: en, ar or both. ar also puts the page itself in Arabic.")
    var labels: LabelLanguage = .both

    @Option(help: "Layout engine: \(LayoutEngine.allCases.map(\.rawValue).joined(separator: ", ")). Default: chosen by graph size.")
    var engine: LayoutEngine?

    @OptionGroup var limits: DrawingLimits

    func run() throws {
        let graph = try source.read()
        try limits.check(graph, name: source.path)
        let title = source.path == "-" ? "kg" : URL(fileURLWithPath: source.path).lastPathComponent
        let page = try limits.withBudget("drawing \(graph.nodeCount) nodes") {
            do { return try HTMLView.render(graph, options: ViewOptions(labels: labels, engine: engine, title: title)) } catch { throw CommandFailure(error) }
        }
        try CommandIO.write(page, to: output)
    }
}
