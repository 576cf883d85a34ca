import GraphQuery
import KnowledgeGraph

/// libFuzzer's driver (in the fuzzer runtime that -sanitize=fuzzer links).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

/// Runs libFuzzer on `callback`. SwiftPM names an executable's entry point `NAME_main` and
/// makes it `main`, so each harness defines that symbol and calls this.
public func runFuzzer(
    _ argc: Int32, _ argv: Arguments,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32 {
    var count = argc
    var vector: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
    return LLVMFuzzerRunDriver(&count, &vector, callback)
}

public typealias Arguments = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>

/// The property every harness checks: kg writes `graph` as JSON and reads it back unchanged.
/// A failure stops the fuzzer with the input that caused it.
public func requireReadBack(_ graph: KnowledgeGraph, _ invalid: String, _ unreadable: String) {
    guard let written = try? GraphJSON.encode(graph) else { fatalError(invalid) }
    guard let again = try? QueryGraph.load(json: Array(written), name: "written").model(), again == graph else {
        fatalError(unreadable)
    }
}
