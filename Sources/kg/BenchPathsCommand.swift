import ArgumentParser
import Foundation
import GraphQuery
import KnowledgeGraph

/// Answers a benchmark query set the way ../shared/bench/_pathbench.py does, and prints
/// the same `key=value` lines and checksums, so `kg` can be compared with the Python
/// baselines in the same run. Hidden: a measuring tool, not a user command.
struct BenchPathsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-paths",
        abstract: "Time path queries on a gen_graph.py data folder (benchmark protocol).",
        discussion: """
            Reads DATA/nodes.tsv, DATA/edges.tsv and DATA/queries.tsv. Example:
              kg bench-paths bench-data/medium --dump kg-medium.tsv
            """,
        shouldDisplay: false)

    @Argument(help: "A data folder written by gen_graph.py.")
    var data: String

    @Option(help: "Hops for the k-hop neighbourhoods.")
    var k = 2

    @Option(name: .customLong("asp-cutoff"), help: "Most edges in an enumerated simple path.")
    var aspCutoff = 3

    @Option(help: "Write per-query results (kind, a, b, result) to this file.")
    var dump: String?

    func run() throws {
        let clock = ContinuousClock()
        let started = clock.now
        try StandardOutput.print("lib=kg")
        try StandardOutput.print("data=\(URL(fileURLWithPath: data).lastPathComponent)")
        let t0 = clock.now
        let index = try TSVGraphLoader.load(nodes: data + "/nodes.tsv", edges: data + "/edges.tsv")
        let t1 = clock.now
        let view = AdjacencyView(index)
        let t2 = clock.now
        try out("nodes", index.nodeCount)
        try out("edges_directed", index.edgeCount)
        try out("edges_undirected", view.entryCount / 2)
        try out("parse_s", seconds(t1 - t0))
        try out("build_s", seconds(t2 - t1))
        try out("load_s", seconds(t2 - t0))

        let queries = try BenchQueries(path: data + "/queries.tsv", index: index)
        let finder = PathFinder(view: view)
        var dumpLines: [String] = []

        func timed<Q>(_ kind: String, _ qs: [Q], _ label: (Q) -> String, _ body: (Q) -> Int) -> (Double, [Int], Double) {
            var results: [Int] = []
            results.reserveCapacity(qs.count)
            var each: [Double] = []
            let start = clock.now
            for q in qs {
                let t = clock.now
                results.append(body(q))
                each.append(seconds(clock.now - t))
            }
            let total = seconds(clock.now - start)
            if dump != nil { dumpLines += zip(qs, results).map { "\(kind)\t\(label($0.0))\t\($0.1)" } }
            each.sort()
            return (total, results, each.isEmpty ? 0 : each[each.count / 2])
        }
        let pairLabel = { (q: (Int32, Int32)) in "\(index.id(of: q.0))\t\(index.id(of: q.1))" }

        var (dt, res, median) = timed("sp", queries.sp, pairLabel) { q in
            finder.shortestPath(from: q.0, to: q.1).map { $0.count - 1 } ?? -1
        }
        try report("sp", dt, res, median, paths: true)

        (dt, res, median) = timed("khop", queries.khop, { "\(index.id(of: $0))\t-" }) { a in
            finder.neighborhood(of: a, hops: k).nodes.count
        }
        try out("khop_k", k)
        try report("khop", dt, res, median, paths: false)

        (dt, res, median) = timed("asp", queries.asp, pairLabel) { q in
            var count = 0
            finder.forEachSimplePath(from: q.0, to: q.1, maxHops: aspCutoff) { _ in count += 1; return true }
            return count
        }
        try out("asp_cutoff", aspCutoff)
        try report("asp", dt, res, median, paths: false)

        let filterTypes: [RelationType] = [.partnership, .cooperation, .talks, .agreement, .memberOf, .locatedIn]
        let tf = clock.now
        let filtered = PathFinder(view: AdjacencyView(index, filter: QueryFilter(relations: Set(filterTypes))))
        let filterBuild = seconds(clock.now - tf)
        (dt, res, median) = timed("spf", queries.sp, pairLabel) { q in
            filtered.shortestPath(from: q.0, to: q.1).map { $0.count - 1 } ?? -1
        }
        try out("filter_types", filterTypes.map(\.rawValue).joined(separator: ","))
        try out("filtered_edges", filtered.view.entryCount / 2)
        try out("filter_build_s", filterBuild)
        try report("spf", dt, res, median, paths: true)
        try out("total_s", seconds(clock.now - started))
        try out("peak_rss_mb", BenchMeasures.peakRSSMegabytes())

        if let dump {
            // A measuring aid, written in one go.
            try Data(dumpLines.map { $0 + "\n" }.joined().utf8).write(to: URL(fileURLWithPath: dump), options: .atomic)
        }
    }

    /// One measure's lines; for path measures the checksum leaves out unreachable pairs.
    private func report(_ kind: String, _ dt: Double, _ results: [Int], _ median: Double, paths: Bool) throws {
        try out("\(kind)_queries", results.count)
        try out("\(kind)_s", dt)
        try out("\(kind)_us_per_query", dt / Double(max(1, results.count)) * 1e6)
        try out("\(kind)_us_median", median * 1e6)
        try out("\(kind)_checksum", results.filter { $0 >= 0 }.reduce(0, +))
        if paths { try out("\(kind)_unreachable", results.filter { $0 < 0 }.count) }
    }

    private func out(_ key: String, _ value: Int) throws { try StandardOutput.print("\(key)=\(value)") }
    private func out(_ key: String, _ value: String) throws { try StandardOutput.print("\(key)=\(value)") }
    private func out(_ key: String, _ value: Double) throws { try StandardOutput.print("\(key)=\(String(format: "%.6f", value))") }

    private func seconds(_ d: Duration) -> Double { BenchMeasures.seconds(d) }
}

/// The query set of a benchmark folder, as node numbers.
struct BenchQueries {
    var sp: [(Int32, Int32)] = []
    var khop: [Int32] = []
    var asp: [(Int32, Int32)] = []

    init(path: String, index: GraphIndex) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        for (i, line) in text.split(separator: "\n").enumerated() where i > 0 {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count == 3, let a = index.node(id: f[1]) else {
                throw ValidationError("\(path):\(i + 1): bad query line")
            }
            let b = index.node(id: f[2])
            switch (f[0], b) {
            case ("sp", let b?): sp.append((a, b))
            case ("khop", _): khop.append(a)
            case ("asp", let b?): asp.append((a, b))
            default: throw ValidationError("\(path):\(i + 1): unknown query kind or node")
            }
        }
    }
}
