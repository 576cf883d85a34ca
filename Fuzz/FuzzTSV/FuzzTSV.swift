import FuzzSupport
import GraphQuery
import KnowledgeGraph

/// libFuzzer harness for TSV import: the input is nodes.tsv, a NUL byte, then edges.tsv.
/// Either a GraphQueryError, or a graph that writes as JSON and reads back unchanged.
@_cdecl("LLVMFuzzerTestOneInput") public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 { fuzzTSV(data, size) }
@_cdecl("FuzzTSV_main") public func main(_ argc: Int32, _ argv: Arguments) -> Int32 { runFuzzer(argc, argv, testOneInput) }

func fuzzTSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    let all = UnsafeRawBufferPointer(start: data, count: size)
    let cut = all.firstIndex(of: 0) ?? size
    let nodes = UnsafeRawBufferPointer(rebasing: all[0..<cut])
    let edges = UnsafeRawBufferPointer(rebasing: all[min(size, cut + 1)..<size])
    guard let index = try? TSVGraphLoader.load(nodes: nodes, edges: edges, paths: ("nodes.tsv", "edges.tsv")),
          let graph = try? QueryGraph(index: index).model() else { return 0 }
    requireReadBack(graph, "an imported graph does not validate", "kg cannot read back what it imported")
    return 0
}
