import Extraction
import Foundation
import GraphQuery
import GraphRender
import KnowledgeGraph

/// The JSON the page reads: the graph exactly as `graph.json` holds it, the drawing, and
/// what the page needs to search and label it, all computed by the Swift code the CLI runs.
enum ViewData {
    struct View: Encodable {
        var language: String
        var title: String
        var text: [String: String]
        var svg: String
        /// Name key → node numbers (places in the graph's node list).
        var exactKeys: [String: [Int32]]
        var bareKeys: [String: [Int32]]
        /// The gazetteer's other names of the graph's entities, tried after the graph's own.
        var knownKeys: [String: [Int]]
        var normalization: KeyRules
        var articles: Articles
        var relationColors: [String: String]
        var nodeColors: [String: String]
        var highlight: [Int]
        var maxHops: Int
        /// English words of dates (months, `since`) → the interface language's.
        var dateWords: [String: String]
        /// Relation types drawn without arrowheads.
        var symmetricRelations: [String]
    }

    struct Articles: Encodable {
        var prefix: String
        var shortestWord: Int
        var leadingWord: String
    }

    static func json(_ graph: KnowledgeGraph, svg: Data, options: ViewOptions) throws(GraphViewError) -> Data {
        let graphJSON: Data
        let resolver: EntityResolver
        do {
            graphJSON = try GraphJSON.encode(graph)
            resolver = EntityResolver(graph: try QueryGraph(graph))
        } catch {
            throw GraphViewError(.invalidGraph, "\(error)", cause: error)
        }
        let language = InterfaceText.Language(options.labels)
        let text: InterfaceText
        do { text = try InterfaceText.builtIn() } catch { throw GraphViewError(.resource, error.description, cause: error) }
        let keys = resolver.nameKeys
        let place = Dictionary(uniqueKeysWithValues: graph.nodes.enumerated().map { ($1.id, $0) })
        let view = View(
            language: language.rawValue, title: options.title, text: text.table(language),
            svg: String(decoding: svg, as: UTF8.self), exactKeys: keys.exact, bareKeys: keys.bare,
            knownKeys: EntityResolver.gazetteerNameKeys(naming: Set(place.keys)).mapValues { $0.compactMap { place[$0] }.sorted() },
            normalization: KeyRules.shipped,
            articles: Articles(
                prefix: EntityResolver.Articles.prefix, shortestWord: EntityResolver.Articles.shortestWord,
                leadingWord: EntityResolver.Articles.leadingWord),
            relationColors: Dictionary(uniqueKeysWithValues: RelationType.allCases.map { ($0.rawValue, GraphStyle.color($0)) }),
            nodeColors: Dictionary(uniqueKeysWithValues: NodeType.allCases.map { ($0.rawValue, GraphStyle.look($0).fill) }),
            highlight: options.highlight.compactMap { place[$0] }.sorted(),
            maxHops: 6,
            dateWords: language == .ar ? text.dateWords() : [:],
            symmetricRelations: RelationType.allCases.filter(\.isSymmetric).map(\.rawValue))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding plain value types cannot fail.
        let viewJSON = try! encoder.encode(view)
        var out = Data("{\"graph\":".utf8)
        out.append(graphJSON)
        out.append(Data(",\"view\":".utf8))
        out.append(viewJSON)
        out.append(Data("}".utf8))
        return out
    }

    /// JSON that cannot end its `<script>` element or open a comment: `<`, `>` and `&`
    /// become `\u003c`-style escapes (they occur only inside strings), and so do the line
    /// separators U+2028 and U+2029.
    static func scriptSafe(_ json: Data) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(json.count + json.count / 50)
        let bytes = [UInt8](json)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            switch b {
            case UInt8(ascii: "<"): out.append(contentsOf: Array("\\u003c".utf8))
            case UInt8(ascii: ">"): out.append(contentsOf: Array("\\u003e".utf8))
            case UInt8(ascii: "&"): out.append(contentsOf: Array("\\u0026".utf8))
            case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                out.append(contentsOf: Array((bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8))
                i += 2
            default: out.append(b)
            }
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
