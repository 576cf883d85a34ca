import ArgumentParser
import Foundation
import GraphRender
import KnowledgeGraph

extension RenderFormat: ExpressibleByArgument {}
extension LayoutEngine: ExpressibleByArgument {}
extension LabelLanguage: ExpressibleByArgument {}

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw a graph with Graphviz (in-process) as SVG, PNG, PDF or DOT.",
        discussion: """
            Nodes are shaped and coloured by type, edges coloured by relation; symmetric
            relations have no arrowheads. Hover over a node or edge in the SVG to read the
            evidence behind it. Arabic is shaped and laid out right to left.

            Examples:
              kg render graph.json -o graph.svg                  # format from the extension
              kg render graph.json -f png -o graph.png --labels ar
              kg render graph.json -f pdf -o graph.pdf --engine neato --no-legend
              kg render graph.json -f dot -o - | dot -Tsvg > graph.svg

            The default engine depends on size: dot below 150 nodes, neato below 500, sfdp above.
            Entities with no relation are left out of SVG, PNG and PDF pictures, and past
            --picture-limit related entities only the most connected are drawn; a caption says
            what was left out. --all-nodes draws everything. DOT output is always the whole graph.
            """
    )

    @OptionGroup var source: GraphSource

    @Option(name: .shortAndLong, help: "Output format: \(RenderFormat.allCases.map(\.rawValue).joined(separator: ", ")). Default: from the output's extension.")
    var format: RenderFormat?

    @Option(name: .shortAndLong, help: "Output file, or - for stdout.")
    var output: String

    @Option(help: "Layout engine: \(LayoutEngine.allCases.map(\.rawValue).joined(separator: ", ")). Default: chosen by graph size.")
    var engine: LayoutEngine?

    @Option(help: "Label language: en, ar or both.")
    var labels: LabelLanguage = .both

    @Flag(inversion: .prefixedNo, help: "Draw a legend of the types present.")
    var legend = true

    @OptionGroup var limits: DrawingLimits

    @OptionGroup var picture: PictureOptions

    func validate() throws {
        if format == nil, (CommandIO.format(fromExtensionOf: output) as RenderFormat?) == nil {
            throw ValidationError("cannot tell the format from '\(output)'; pass -f svg|png|pdf|dot")
        }
    }

    func run() throws {
        let format = self.format ?? CommandIO.format(fromExtensionOf: output)!
        let graph = try source.read()
        let part = format == .dot ? PictureSelection(whole: graph) : try picture.select(graph, labels: labels, mentionsWholeGraph: false)
        try limits.check(part.graph, name: source.path)
        let options = RenderOptions(format: format, engine: engine, labels: labels, legend: legend, caption: part.caption)
        let data = try limits.withBudget("drawing \(part.graph.nodeCount) nodes") {
            do { return try GraphRenderer.render(part.graph, options: options) } catch { throw CommandFailure(error) }
        }
        try CommandIO.write(data, to: output)
    }
}
