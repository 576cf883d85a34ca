import ArgumentParser
import GraphQuery
import GraphRender
import KnowledgeGraph

extension DirectionMode: ExpressibleByArgument {}

/// The options every query command shares: the graph, the filters, and the outputs.
struct QueryOptions: ParsableArguments {
    @Option(help: "The graph: a .json graph file (- for standard input), a folder with nodes.tsv and edges.tsv, or .txt/.md documents to extract on the fly (repeat --graph for several). Other files are refused unless --text.")
    var graph: [String] = []

    @Option(help: "A store (a .kgdb file or a postgres:// URL, from kg add) to read the graph from, instead of --graph.")
    var store: String?

    @Flag(help: "Read every --graph file as a text document to extract, whatever its name.")
    var text = false

    @OptionGroup var extraction: ExtractionOptions

    @Option(help: "Only these relation types, comma-separated (e.g. cooperation,training).")
    var relations: String?

    @Option(name: .customLong("node-types"), help: "Only pass through these node types, comma-separated (e.g. country,organization).")
    var nodeTypes: String?

    @Option(help: "follow: directed relations only from source to target; any: every edge both ways. Symmetric relations are always two-way.")
    var direction: DirectionMode = .any

    @Option(name: .customLong("min-evidence"), help: "Only edges with at least this many evidence sentences.")
    var minEvidence = 0

    @Flag(help: "Print JSON instead of text.")
    var json = false

    @Option(name: .shortAndLong, help: "Also draw the answer: svg, png, pdf or dot (default: from -o's extension).")
    var format: RenderFormat?

    @Option(name: .shortAndLong, help: "File for the drawing; a .html file gets the HTML view of the answer (see kg view --help).")
    var output: String?

    @OptionGroup var limits: DrawingLimits

    func validate() throws {
        if graph.isEmpty, store == nil { throw ValidationError("--graph needs a file, or give --store") }
        if !graph.isEmpty, store != nil { throw ValidationError("--graph and --store exclude each other") }
        if minEvidence < 0 { throw ValidationError("--min-evidence must be 0 or more") }
        if format != nil, output == nil { throw ValidationError("-f needs -o FILE for the drawing") }
        if let output, format == nil, !output.lowercased().hasSuffix(".html"), (CommandIO.format(fromExtensionOf: output) as RenderFormat?) == nil {
            throw ValidationError("cannot tell the drawing format from '\(output)'; pass -f svg|png|pdf|dot, or name an .html file")
        }
        _ = try filter()
    }

    func filter() throws -> QueryFilter {
        QueryFilter(
            relations: try relations.map { try Self.parseList($0, as: RelationType.self, what: "relation type") },
            nodeTypes: try nodeTypes.map { try Self.parseList($0, as: NodeType.self, what: "node type") },
            direction: direction, minEvidence: minEvidence)
    }

    static func parseList<T: CaseIterable & RawRepresentable & Hashable>(
        _ list: String, as: T.Type, what: String
    ) throws -> Set<T> where T.RawValue == String {
        var result = Set<T>()
        for name in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
            guard let value = T(rawValue: name) else {
                throw ValidationError("unknown \(what) '\(name)' (expected one of: \(T.allCases.map(\.rawValue).joined(separator: " ")))")
            }
            result.insert(value)
        }
        return result
    }
}
