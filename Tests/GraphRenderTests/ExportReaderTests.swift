import Foundation
import GraphExport
import KnowledgeGraph
import TestSupport
import Testing

/// The ecosystem exports read by the readers their users have: NetworkX's `read_gexf`, Python's
/// `csv` with a check of `neo4j-admin import`'s header rules, and Python's `json`.
@Suite struct ExportReaderTests {
    func python(_ script: String, _ files: [URL]) throws -> ProcessResult {
        try ProcessResult.run("/usr/bin/env", ["python3", "-c", script] + files.map(\.path))
    }

    func write(_ files: [(name: String, data: Data)]) throws -> [URL] {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kg-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return try files.map { f in
            let url = dir.appendingPathComponent(f.name)
            try f.data.write(to: url)
            return url
        }
    }

    @Test func networkXReadsTheGEXFWithTypesNamesAndEvidenceCounts() throws {
        let files = try write(GraphExporter.exportFiles(Fixtures.bilingual(), as: .gexf))
        let result = try python("""
            import sys, networkx as nx
            g = nx.read_gexf(sys.argv[1])
            uk = g.nodes["Q145"]
            assert uk["type"] == "country" and uk["name_ar"] == "المملكة المتحدة" and uk["wikidata"] == "Q145", uk
            assert isinstance(uk["mentions"], int) and uk["mentions"] >= 1, uk
            funding = [d for _, _, d in g.edges(data=True) if d["relation"] == "funding"]
            assert len(funding) == 1 and funding[0]["amount"] == 20000000.0 and funding[0]["currency"] == "GBP", funding
            assert funding[0]["evidence"] == 1 and funding[0]["weight"] == 1.0, funding
            sym = [d["symmetric"] for _, _, d in g.edges(data=True) if d["relation"] == "agreement"]
            assert sym == [True], sym
            print(g.number_of_nodes(), g.number_of_edges(), type(g).__name__)
            """, files)
        #expect(result.status == 0, "\(result.stderr)")
        // The same 5 nodes and 5 edges networkx reads from the GraphML.
        #expect(result.stdout == "5 5 MultiDiGraph\n")
    }

    @Test func neo4jCSVFollowsTheImportHeaderRulesAndParses() throws {
        let files = try write(GraphExporter.exportFiles(Fixtures.bilingual(), as: .neo4j))
        #expect(files.map(\.lastPathComponent) == ["nodes.csv", "relationships.csv"])
        let result = try python(#"""
            import csv, re, sys
            types = {"", "int", "long", "float", "double", "boolean", "string", "int[]", "string[]", "boolean[]", "double[]"}
            def read(path):
                with open(path, newline="", encoding="utf-8") as f:
                    rows = list(csv.reader(f))
                header = rows[0]
                for col in header:
                    name, _, kind = col.partition(":")
                    if name == "" or col in (":ID", ":LABEL", ":START_ID", ":END_ID", ":TYPE"):
                        assert col in (":ID", ":LABEL", ":START_ID", ":END_ID", ":TYPE"), col
                    elif kind not in ("ID",):
                        assert kind in types, col
                assert all(len(r) == len(header) for r in rows[1:]), path
                return header, [dict(zip(header, r)) for r in rows[1:]]
            nh, nodes = read(sys.argv[1])
            rh, rels = read(sys.argv[2])
            assert nh.count("id:ID") == 1 and ":LABEL" in nh, nh
            assert [":START_ID", ":END_ID", ":TYPE"] == rh[:3], rh
            ids = {n["id:ID"] for n in nodes}
            assert len(ids) == len(nodes)
            uk = next(n for n in nodes if n["id:ID"] == "Q145")
            assert uk[":LABEL"] == "Entity;Country" and "بريطانيا" in uk["aliases:string[]"].split(";"), uk
            assert all(r[":START_ID"] in ids and r[":END_ID"] in ids for r in rels)
            assert all(re.fullmatch(r"[A-Z_]+", r[":TYPE"]) for r in rels)
            funding = [r for r in rels if r[":TYPE"] == "FUNDING"]
            assert len(funding) == 1 and float(funding[0]["amount:double"]) == 20000000 and funding[0]["currency"] == "GBP"
            print(len(nodes), len(rels))
            """#, files)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "5 5\n")
    }

    @Test func jsonLinesAndTheEventTableParseWithPythonsReaders() throws {
        let graph = Fixtures.bilingual()
        let files = try write(GraphExporter.exportFiles(graph, as: .jsonl) + GraphExporter.exportFiles(graph, as: .events))
        let result = try python("""
            import csv, json, sys
            with open(sys.argv[1], encoding="utf-8") as f:
                lines = [json.loads(line) for line in f]
            kinds = [l["kind"] for l in lines]
            assert kinds == sorted(kinds, key=lambda k: k != "node"), kinds
            edges = [l for l in lines if l["kind"] == "edge"]
            with open(sys.argv[2], newline="", encoding="utf-8") as f:
                events = list(csv.DictReader(f))
            assert len(events) == sum(len(e["evidence"]) for e in edges)
            funding = [e for e in events if e["relation"] == "funding"]
            assert funding[0]["amount"] == "20000000" and funding[0]["currency"] == "GBP", funding
            assert funding[0]["text"].startswith("قدمت بريطانيا") and funding[0]["document"], funding
            print(kinds.count("node"), kinds.count("edge"), len(events))
            """, files)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "5 5 \(graph.edges.reduce(0) { $0 + $1.evidence.count })\n")
    }
}
