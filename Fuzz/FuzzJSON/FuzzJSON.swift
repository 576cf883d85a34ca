import FuzzSupport
import GraphQuery
import KnowledgeGraph

/// libFuzzer harness for the graph JSON reader: any bytes either fail with a
/// GraphQueryError or give a graph that kg writes and reads back unchanged.
@_cdecl("LLVMFuzzerTestOneInput") public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 { fuzzJSON(data, size) }
@_cdecl("FuzzJSON_main") public func main(_ argc: Int32, _ argv: Arguments) -> Int32 { runFuzzer(argc, argv, testOneInput) }

func fuzzJSON(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let graph = try? QueryGraph.load(json: bytes, name: "input").model() else { return 0 }
    requireReadBack(graph, "a graph the reader accepted does not validate", "kg cannot read back what it wrote")
    return 0
}
