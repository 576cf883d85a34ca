import ArgumentParser
import Foundation
import GraphQuery

/// Times name resolution on a large graph the way a user meets it: load, then exact,
/// normalized and misspelt names. Hidden: a measuring tool for Benchmarks/paths.sh.
struct BenchNamesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-names",
        abstract: "Time name resolution on a graph (JSON or edge-list folder).",
        discussion: """
            Loads GRAPH, then resolves the labels of COUNT nodes spread over it three ways:
            as written, normalized differently (upper case, stray punctuation), and misspelt
            (a letter dropped). Prints key=value lines: load seconds, the wait for the name
            index after load, milliseconds per name of each kind, and how many were found.
            Example:
              kg bench-names bench-data/large --count 20
            """,
        shouldDisplay: false)

    @Argument(help: "A graph JSON file or an edge-list folder.")
    var graph: String

    @Option(help: "How many nodes' names to resolve of each kind.")
    var count = 20

    func run() throws {
        let clock = ContinuousClock()
        let t0 = clock.now
        let loaded: QueryGraph
        do { loaded = try QueryGraph.load(graph) } catch { throw CommandFailure(error.message) }
        try out("load_s", seconds(clock.now - t0))
        let index = loaded.index
        let n = index.nodeCount
        let picks = (0..<min(count, n)).map { Int32(Int64($0) * Int64(n) / Int64(max(1, count)) + Int64($0 * 7919 % max(1, n / max(1, count)))) }
        let t1 = clock.now
        let resolver = EntityResolver(graph: loaded)
        _ = resolver.resolve("\u{1}")  // waits for every part of the index
        try out("index_wait_after_load_ms", seconds(clock.now - t1) * 1000)
        let kinds: [(String, (String) -> String)] = [
            ("exact", { $0 }),
            ("normalized", { "  " + $0.uppercased() + " ." }),
            ("misspelt", Self.misspell),
        ]
        for (kind, spell) in kinds {
            var times: [Double] = []
            var found = 0
            for v in picks {
                let name = spell(index.label(of: v))
                let t = clock.now
                let result = resolver.resolve(name)
                times.append(seconds(clock.now - t) * 1000)
                switch result {
                case .found(let got): if got == v { found += 1 }
                case .ambiguous(let all): if all.contains(v) { found += 1 }
                case .unknown(let near): if near.contains(v) { found += 1 }
                }
            }
            times.sort()
            try out("\(kind)_ms_median", times[times.count / 2])
            try out("\(kind)_ms_max", times.last!)
            try out("\(kind)_found", "\(found)/\(picks.count)")
        }
        try out("peak_rss_mb", BenchMeasures.peakRSSMegabytes())
    }

    /// The label with its first word's second letter dropped ("Kingdom" → "Kngdom").
    static func misspell(_ label: String) -> String {
        var scalars = Array(label.unicodeScalars)
        if scalars.count > 3 { scalars.remove(at: 1) }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    private func out(_ key: String, _ value: String) throws { try StandardOutput.print("\(key)=\(value)") }
    private func out(_ key: String, _ value: Double) throws { try StandardOutput.print("\(key)=\(String(format: "%.3f", value))") }

    private func seconds(_ d: Duration) -> Double { BenchMeasures.seconds(d) }
}
