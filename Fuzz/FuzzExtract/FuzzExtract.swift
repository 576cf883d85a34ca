import FuzzSupport
import Extraction
import Foundation
import GraphQuery
import KnowledgeGraph

let extractor = try! Extractor.standard()

/// libFuzzer harness for the document reader and the extractor: any bytes either fail
/// to decode as UTF-8 or extract to a valid graph that every reader reads back unchanged.
@_cdecl("LLVMFuzzerTestOneInput") public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 { fuzzExtract(data, size) }
@_cdecl("FuzzExtract_main") public func main(_ argc: Int32, _ argv: Arguments) -> Int32 { runFuzzer(argc, argv, testOneInput) }

func fuzzExtract(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    guard let document = try? DocumentReader.decode(Data(bytes: data, count: size), name: "input.txt") else { return 0 }
    let graph = extractor.extract(document)
    requireReadBack(graph, "the extractor gave a graph that does not validate", "kg cannot read back what it extracted")
    return 0
}
