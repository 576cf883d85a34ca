import Foundation
import GraphRender
import KnowledgeGraph

// Compares one in-process render (parse + layout + SVG through libgvc) with the
// `dot` CLI on the same DOT file and engine, and shows the render from the model.
// Each figure is the median of 5 runs. Usage: RenderBenchmark [sizes…]
// `RenderBenchmark --memory N` instead renders a small graph N times after a warm-up and
// prints the resident set size before and after, in bytes: the leak check the tests run
// in a process of its own, where no other test's allocations can blur it.
if CommandLine.arguments.dropFirst().first == "--memory" {
    let count = Int(CommandLine.arguments.dropFirst(2).first ?? "") ?? 1000
    func residentBytes() -> Int {
        let statm = (try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8)) ?? "0 0"
        return (Int(statm.split(separator: " ")[1]) ?? 0) * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
    let graph = SyntheticGraph.make(nodes: 12)
    let env = ProcessInfo.processInfo.environment
    let options = RenderOptions(format: RenderFormat(rawValue: env["F"] ?? "svg")!, engine: LayoutEngine(rawValue: env["E"] ?? "dot"), legend: env["L"] != "0")
    let dotFile = env["DOTFILE"].map { try! String(contentsOfFile: $0, encoding: .utf8) }
    func once() throws {
        if let dotFile {
            _ = try GraphRenderer.render(dot: dotFile, engine: options.engine ?? .dot, format: options.format)
        } else {
            _ = try GraphRenderer.render(graph, options: options)
        }
    }
    for _ in 0..<100 { try once() }
    let before = residentBytes()
    for _ in 0..<count { try once() }
    print(before, residentBytes())
    exit(0)
}

let sizes = CommandLine.arguments.dropFirst().compactMap { Int($0) }
let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kg-render-bench-\(getpid())")
try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: dir) }

/// The median of several timed runs: the machine is shared and noisy.
func seconds(runs: Int = 5, _ body: () throws -> Void) rethrows -> Double {
    var times: [Double] = []
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return times.sorted()[runs / 2]
}

print("| nodes | edges | engine (default) | in-process from DOT s | dot CLI s | in-process / CLI | in-process from model s |")
print("|---:|---:|---|---:|---:|---:|---:|")
for n in sizes.isEmpty ? [100, 1000, 5000] : sizes {
    let graph = SyntheticGraph.make(nodes: n)
    let engine = LayoutEngine.automatic(nodeCount: n)
    let options = RenderOptions(format: .svg, engine: engine, legend: false)
    let dotFile = dir.appendingPathComponent("g\(n).dot")
    let dot = try GraphRenderer.render(graph, options: RenderOptions(format: .dot, engine: engine, legend: false))
    try dot.write(to: dotFile)
    let dotText = String(decoding: dot, as: UTF8.self)
    var svgBytes = 0
    // Same DOT, same engine: the in-process cost against a process per render.
    let inProcess = try seconds { svgBytes = try GraphRenderer.render(dot: dotText, engine: engine, format: .svg).count }
    // End to end from the model, which builds the graph through the cgraph API.
    let fromModel = try seconds { _ = try GraphRenderer.render(graph, options: options) }
    let cli = try seconds {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/dot")
        p.arguments = ["-K\(engine.rawValue)", "-Tsvg", dotFile.path, "-o", dir.appendingPathComponent("g\(n).svg").path]
        try p.run()
        p.waitUntilExit()
    }
    precondition(svgBytes > 0)
    print("| \(n) | \(graph.edgeCount) | \(engine.rawValue) | \(String(format: "%.3f", inProcess)) | \(String(format: "%.3f", cli)) | \(String(format: "%.2f", inProcess / cli)) | \(String(format: "%.3f", fromModel)) |")
}
