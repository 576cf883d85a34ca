import Extraction
import Foundation
import KnowledgeGraph
import Testing

/// Runs the extractor on the shared corpus and scores it with the referee's rules.
/// The corpus path comes from KG_CORPUS, defaulting to ../shared/corpus beside the package.
@Suite struct CorpusTests {
    static let root: URL = {
        if let path = ProcessInfo.processInfo.environment["KG_CORPUS"] { return URL(fileURLWithPath: path) }
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return package.deletingLastPathComponent().appendingPathComponent("shared/corpus")
    }()

    static func requireCorpus() throws {
        let exists = FileManager.default.fileExists(atPath: root.appendingPathComponent("seed").path)
        try #require(exists, "CORPUS MISSING: no corpus at \(root.path); set KG_CORPUS to the folder with seed/ and dev/")
    }

    /// Extracts `folder`'s documents and scores each against its gold; returns the summed counts.
    static func score(_ folder: String) throws -> (GoldScore.Counts, [String: KnowledgeGraph]) {
        try requireCorpus()
        return try score(directory: root.appendingPathComponent(folder), tag: folder)
    }

    /// Extracts the documents of `dir` that have a gold file and scores them; returns the summed counts.
    static func score(directory dir: URL, tag folder: String) throws -> (GoldScore.Counts, [String: KnowledgeGraph]) {
        let extractor = try Extractor.standard()
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".gold.json") }.sorted()
        try #require(!names.isEmpty, "no gold files in \(dir.path)")
        // Tests run in parallel in one process, and two may score the same folder: each call has its own folder.
        let temp = FileManager.default.temporaryDirectory.appendingPathComponent("kg-corpus-\(getpid())-\(folder)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: temp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: temp) }
        var total = GoldScore.Counts()
        var graphs: [String: KnowledgeGraph] = [:]
        for name in names {
            let base = String(name.dropLast(".gold.json".count))
            let text = try #require(try FileManager.default.contentsOfDirectory(atPath: dir.path)
                .first { $0.hasPrefix(base + ".") && $0.hasSuffix(".txt") })
            let graph = extractor.extract(try DocumentReader.read(path: dir.appendingPathComponent(text).path))
            graphs[text] = graph
            let out = temp.appendingPathComponent(base + ".json")
            try GraphJSON.encode(graph).write(to: out)
            let result = try GoldScore.score(goldPath: dir.appendingPathComponent(name).path, graphPath: out.path)
            print(result.line)
            total.add(result.counts)
        }
        return (total, graphs)
    }

    @Test func seedDocumentMeetsTheBar() throws {
        let (c, _) = try Self.score("seed")
        #expect(c.relationRecall >= 0.90, "seed relation recall \(c.relationRecall)")
        #expect(c.relationPrecision >= 0.85, "seed relation precision \(c.relationPrecision)")
        #expect(c.entityRecall >= 0.95, "seed entity recall \(c.entityRecall)")
        #expect(c.entityPrecision >= 0.85, "seed entity precision \(c.entityPrecision)")
    }

    @Test func developmentDocumentsMeetTheBar() throws {
        let (c, _) = try Self.score("dev")
        print(c.line(label: "ALL"))
        #expect(c.relationF1 >= 0.75, "dev relation F1 \(c.relationF1)")
        #expect(c.entityRecall >= 0.90, "dev entity recall \(c.entityRecall)")
    }

    @Test func seedEvidenceSlicesTheOriginalText() throws {
        let (_, graphs) = try Self.score("seed")
        for (name, graph) in graphs {
            let text = try String(contentsOf: Self.root.appendingPathComponent("seed/\(name)"), encoding: .utf8)
            let scalars = Array(text.unicodeScalars)
            func slice(_ a: Int, _ b: Int) -> String {
                var v = String.UnicodeScalarView()
                v.append(contentsOf: scalars[a..<b])
                return String(v)
            }
            #expect(!graph.edges.isEmpty)
            for edge in graph.edges {
                #expect(!edge.evidence.isEmpty, "edge \(edge.key) has no evidence")
                for e in edge.evidence {
                    #expect(slice(e.start, e.end) == e.text)
                    if let t = e.trigger {
                        #expect(slice(t.start, t.end) == t.text)
                        #expect(t.start >= e.start && t.end <= e.end)
                    }
                }
            }
            for node in graph.nodes {
                for m in node.mentions { #expect(slice(m.start, m.end) == m.text) }
            }
        }
    }
}
