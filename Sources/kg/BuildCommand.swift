import ArgumentParser
import Foundation
import GraphExport
import GraphRender
import GraphView
import KnowledgeGraph

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "The main job: extract documents into one graph and draw it, all in one folder.",
        discussion: """
            Reads the documents, extracts and merges their graphs, and writes into DIR:
              graph.json   the graph with its evidence (the schema kg reads back)
              graph.svg    the drawing; hover a node or edge to read its evidence
              graph.png    the same drawing as an image
              graph.dot    the graph as DOT, for the dot CLI
              graph.html   one offline page to search, filter, read evidence and find paths
                           (see kg view --help)

            The pictures leave out entities with no relation, and past --picture-limit
            related entities show only the most connected; a caption says so, and graph.html
            draws the whole graph.

            Nothing is written unless every step succeeds, and the folder holds the old
            files or the new ones, never a mix (a failed or killed run leaves it as it was). Progress goes to stderr when
            there are many files.

            Examples:
              kg build Graphs/uk-egypt-staff-talks.ar.txt -o out
              kg build news/*.txt -o out --labels ar --engine neato
              kg path "المملكة المتحدة" Libya --graph out/graph.json
              kg build --store news.kgdb -o out           # draw a store's graph (see kg add)
              kg build today/*.txt --store news.kgdb -o out   # add to the store, then draw it all
            """)

    @Argument(help: "Text files to read (- for standard input).")
    var files: [String] = []

    @Option(help: "A store (.kgdb): the files, if any, are added to it first (as kg add does), then the store's whole graph is drawn.")
    var store: String?

    @Option(name: .shortAndLong, help: "The folder to write into; created if missing.")
    var output: String

    @OptionGroup var extraction: ExtractionOptions

    @Option(help: "Layout engine: \(LayoutEngine.allCases.map(\.rawValue).joined(separator: ", ")). Default: chosen by graph size.")
    var engine: LayoutEngine?

    @Option(help: "Label language: en, ar or both.")
    var labels: LabelLanguage = .both

    @OptionGroup var limits: DrawingLimits

    @OptionGroup var picture: PictureOptions

    func validate() throws {
        if files.isEmpty, store == nil { throw ValidationError("name the text files to read, or a store with --store") }
    }

    func run() throws {
        let graph: KnowledgeGraph
        let name: String
        if let store {
            if !files.isEmpty {
                try StoreAccess.ingest(try StoreAccess.documentPaths(files), into: try StoreAccess.open(store, create: true), options: extraction)
            }
            graph = try CommandIO.readGraph(store)
            name = URL(fileURLWithPath: store).lastPathComponent
        } else {
            graph = try extraction.extractGraph(from: files)
            name = files.count == 1 ? URL(fileURLWithPath: files[0]).lastPathComponent : "\(files.count) documents"
        }
        try limits.check(graph, name: "the graph of \(name)")
        let many = files.count > 5 || store != nil
        if many { StandardError.print("drawing \(graph.nodeCount) nodes, \(graph.edgeCount) edges") }
        var outputs: [(name: String, data: Data)] = [("graph.json", try CommandIO.encode(graph))]
        let part = try picture.select(graph, labels: labels, mentionsWholeGraph: true)
        let title = name
        try limits.withBudget("drawing \(graph.nodeCount) nodes") {
            do {
                for format in [RenderFormat.svg, .png] {
                    let options = RenderOptions(format: format, engine: engine, labels: labels, caption: part.caption)
                    outputs.append(("graph.\(format.rawValue)", try GraphRenderer.render(part.graph, options: options)))
                }
                outputs.append(("graph.dot", try GraphExporter.export(graph, as: .dot)))
                outputs.append(("graph.html", try HTMLView.render(graph, options: ViewOptions(labels: labels, engine: engine, title: title))))
            } catch {
                throw CommandFailure(error)
            }
        }
        // All files or none: the folder never mixes old and new drawings.
        do { try AtomicFolder.write(outputs, into: output) } catch { throw CommandFailure(error.message) }
        if many { StandardError.print("wrote \(outputs.map(\.name).joined(separator: ", ")) to \(output)") }
    }
}
