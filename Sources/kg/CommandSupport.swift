import ArgumentParser
import Foundation
import GraphQuery
import KnowledgeGraph

/// A failure the CLI reports as one line on stderr, with exit status 1.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
    init(_ error: any Error) { self.description = String(describing: error) }
}

enum CommandIO {
    /// Reads a graph through the one strict reader the query commands use: a graph JSON
    /// file, a store, `-` for standard input, or an edge-list folder.
    static func readGraph(_ path: String) throws -> KnowledgeGraph {
        if StoreAccess.isStore(path) {
            do { return try StoreAccess.queryGraph(path).model() } catch let error as GraphQueryError { throw CommandFailure(error.message) }
        }
        do {
            return try QueryGraph.load(path).model()
        } catch {
            throw CommandFailure(error.message)
        }
    }

    /// A graph's JSON, refused when the graph breaks the model's rules.
    static func encode(_ graph: KnowledgeGraph) throws -> Data {
        do { return try GraphJSON.encode(graph) } catch { throw CommandFailure(error.message) }
    }

    /// Writes the whole output at once: to stdout for `-`, else atomically to a file.
    static func write(_ data: Data, to path: String) throws {
        if path == "-" {
            try StandardOutput.write(data)
            return
        }
        do {
            try AtomicFile.write(data, to: path)
        } catch {
            throw CommandFailure(error.message)
        }
    }

    /// Writes the JSON `produce` makes as it makes it: to stdout for `-`, else atomically to a file.
    static func streamJSON(to path: String, _ produce: (inout GraphJSONStream) throws(KnowledgeGraphError) -> Void) throws {
        do throws(KnowledgeGraphError) {
            if path == "-" {
                var stream = GraphJSONStream(sink: FileSink.standardOutput.write)
                do { try produce(&stream) } catch where error.code == .io {
                    throw KnowledgeGraphError(error.code, "cannot write to standard output: \(error.message)")
                }
            } else {
                try AtomicFile.stream(to: path) { (file) throws(KnowledgeGraphError) in
                    var stream = GraphJSONStream(sink: file.write)
                    try produce(&stream)
                }
            }
        } catch {
            throw CommandFailure(error.message)
        }
    }

    /// The format named by an output file's extension, e.g. `graph.svg` → `svg`.
    static func format<F: RawRepresentable>(fromExtensionOf path: String) -> F? where F.RawValue == String {
        F(rawValue: URL(fileURLWithPath: path).pathExtension.lowercased())
    }
}
