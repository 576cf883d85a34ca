import Foundation
import TestSupport
import Testing
import GraphExport
import GraphRender
import KnowledgeGraph

/// Exporters against golden files. Set KG_RECORD_GOLDEN=1 to rewrite the files
/// after an intended change, then review the diff.
@Suite(.serialized) struct ExportTests {
    static let golden = Fixtures.testsDirectory.appendingPathComponent("Golden")
    static let recording = ProcessInfo.processInfo.environment["KG_RECORD_GOLDEN"] == "1"

    @Test(arguments: ExportFormat.allCases)
    func matchesGoldenFile(format: ExportFormat) throws {
        for file in try GraphExporter.exportFiles(Fixtures.bilingual(), as: format) {
            // One file is bilingual.FORMAT; a folder's files are bilingual.FORMAT.NAME.
            let name = format.isFolder ? "bilingual.\(format.rawValue).\(file.name)" : "bilingual.\(format.rawValue)"
            let url = Self.golden.appendingPathComponent(name)
            if Self.recording {
                try file.data.write(to: url)
                Issue.record("recorded \(url.lastPathComponent); unset KG_RECORD_GOLDEN to compare")
                continue
            }
            let expected = try Data(contentsOf: url)
            #expect(String(decoding: file.data, as: UTF8.self) == String(decoding: expected, as: UTF8.self), "\(name)")
        }
    }

    @Test func dotCLIRereadsTheExportWithoutWarnings() throws {
        let dot = try GraphExporter.export(Fixtures.bilingual(), as: .dot)
        let result = try ProcessResult.run("/usr/bin/dot", ["-Tsvg"], stdin: dot)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout.contains("الأردن"))
    }

    @Test func networkXLoadsTheGraphMLWithTypesNamesAndEvidence() throws {
        let file = try temporaryFile("bilingual.graphml", GraphExporter.export(Fixtures.bilingual(), as: .graphml))
        let script = """
            import json, sys, networkx as nx
            g = nx.read_graphml(sys.argv[1])
            uk = g.nodes["Q145"]
            assert uk["type"] == "country" and uk["name_ar"] == "المملكة المتحدة" and uk["wikidata"] == "Q145", uk
            assert "بريطانيا" in json.loads(uk["aliases"])
            edges = [d for _, _, d in g.edges(data=True) if d["relation"] == "funding"]
            assert len(edges) == 1 and edges[0]["amount"] == 20000000.0 and edges[0]["currency"] == "GBP", edges
            ev = json.loads(edges[0]["evidence"])
            assert ev[0]["text"].startswith("قدمت بريطانيا"), ev
            print(g.number_of_nodes(), g.number_of_edges(), type(g).__name__)
            """
        let result = try ProcessResult.run("/usr/bin/env", ["python3", "-c", script, file.path])
        #expect(result.status == 0, "\(result.stderr)")
        // Agreement and funding join the same two countries: parallel edges make a multigraph.
        #expect(result.stdout == "5 5 MultiDiGraph\n")
    }

    @Test func hostileLabelsSurviveDOTAndSVGExactly() throws {
        let graph = Fixtures.hostile()
        let dot = try GraphExporter.export(graph, as: .dot)
        let viaCLI = try ProcessResult.run("/usr/bin/dot", ["-Tsvg"], stdin: dot)
        #expect(viaCLI.status == 0 && viaCLI.stderr == "", "\(viaCLI.stderr)")
        let inProcess = try GraphRenderer.render(graph, options: RenderOptions(format: .svg, legend: false))
        for svg in [Data(viaCLI.stdout.utf8), inProcess] {
            let xml = try #require(XMLText.parse(svg, textElement: "text"), "SVG is not well-formed")
            let texts = xml.texts.map(\.withoutIsolates)
            for label in Fixtures.hostileLabels {
                // Graphviz draws each line of a label as its own text element.
                for line in label.split(separator: "\n") {
                    #expect(texts.contains(String(line)), "line \(line.debugDescription) of \(label.debugDescription)")
                }
            }
        }
    }

    @Test func hostileLabelsSurviveGraphMLExactly() throws {
        let file = try temporaryFile("hostile.graphml", GraphExporter.export(Fixtures.hostile(), as: .graphml))
        let script = """
            import json, sys, networkx as nx
            g = nx.read_graphml(sys.argv[1])
            print(json.dumps(sorted([[n, d["label"]] for n, d in g.nodes(data=True)])))
            """
        let result = try ProcessResult.run("/usr/bin/env", ["python3", "-c", script, file.path])
        #expect(result.status == 0, "\(result.stderr)")
        let pairs = try JSONDecoder().decode([[String]].self, from: Data(result.stdout.utf8))
        let expected = Fixtures.hostile().nodes.map { [$0.id, $0.label] }
        #expect(pairs == expected)
    }

    @Test func jsonExportReadsBackAsTheSameGraph() throws {
        let graph = Fixtures.bilingual()
        #expect(try GraphJSON.decode(GraphExporter.export(graph, as: .json)) == graph)
    }

    private func temporaryFile(_ name: String, _ data: Data) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kg-tests-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try data.write(to: url)
        return url
    }
}
