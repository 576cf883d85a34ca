import Foundation
import GraphRender
import KnowledgeGraph

// Compares one in-process render (parse + layout + SVG through libgvc) with the
// `dot` CLI on the same DOT file and engine, and shows the render from the model.
// Each figure is the median of 5 runs. Usage: RenderBenchmark [sizes…]
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
