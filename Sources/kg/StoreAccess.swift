import ArgumentParser
import Extraction
import Foundation
import GraphQuery
import GraphStore
import KnowledgeGraph
import PostgresStore

/// The `--store` option of the store commands.
struct StoreOption: ParsableArguments {
    @Option(help: "The store: a .kgdb file (SQLite) that kg add creates and the other commands read, or a PostgreSQL database (postgres://user@host:port/database) that several machines can write.")
    var store: String
}

/// Opening stores, reading their graphs, and ingesting files into them, for the commands.
enum StoreAccess {
    static func open(_ path: String, create: Bool = false) throws -> any GraphStore {
        do {
            if PostgresStore.names(path) { return try PostgresStore(url: path) }
            return try SQLiteStore(path: path, create: create)
        } catch { throw CommandFailure(error.message) }
    }

    /// Whether a graph argument names a store: a PostgreSQL URL, or a file that is an SQLite store.
    static func isStore(_ path: String) -> Bool {
        PostgresStore.names(path) || (path != "-" && (try? GraphFile.kind(of: path)) == .store)
    }

    /// The store's graph as the query commands read it: from the saved snapshot when the store
    /// has not changed since, so a query after the first maps one JSON file.
    static func queryGraph(_ path: String) throws -> QueryGraph {
        let store = try open(path)
        do {
            switch try StoreGraph.json(of: store).graph {
            case .file(let file): return try QueryGraph.load(file)
            case .bytes(let json): return try QueryGraph.load(json: json, name: path)
            }
        } catch let error as StoreError {
            throw CommandFailure(error.message)
        } catch let error as GraphQueryError {
            throw CommandFailure(error.message)
        }
    }

    /// A document's identity: its full path, with `.` and `..` taken out.
    static func identity(of path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// The identities of the files named, folders read for their .txt and .md files (all depths,
    /// in path order); each file once, in the order given.
    static func documentPaths(_ arguments: [String]) throws -> [String] {
        var out: [String] = []
        var seen = Set<String>()
        for argument in arguments {
            guard argument != "-" else { throw CommandFailure("the store names documents by path, so it cannot add standard input; save it to a file first") }
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDir) else {
                throw CommandFailure("cannot read \(argument): no such file or folder")
            }
            var files = [argument]
            if isDir.boolValue {
                let root = URL(fileURLWithPath: argument)
                let walk = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
                files = []
                while let url = walk?.nextObject() as? URL {
                    guard ["txt", "md"].contains(url.pathExtension.lowercased()),
                          (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
                    files.append(url.path)
                }
                files.sort()
                if files.isEmpty { throw CommandFailure("\(argument) holds no .txt or .md documents") }
            }
            for f in files where seen.insert(identity(of: f)).inserted { out.append(identity(of: f)) }
        }
        return out
    }

    /// Extracts the documents that need it into the store, with progress on stderr; prints each
    /// failure and a summary, and fails when any document did.
    static func ingest(_ identities: [String], into store: any GraphStore, options: ExtractionOptions) throws {
        let extractor: Extractor
        do { extractor = try options.makeExtractor() } catch { throw CommandFailure(error.message) }
        let ingest = Ingest(store: store, extractor: extractor, extractorVersion: try options.extractorVersion(),
                            language: options.language, jobs: options.jobCount)
        var progress = ProgressLine(total: identities.count, unit: "documents", shown: identities.count > 5)
        let start = Date()
        let outcomes: [Ingest.Outcome]
        do {
            outcomes = try ingest.run(identities) { progress.update(done: $0.done, words: $0.words) }
        } catch {
            progress.finish()
            throw CommandFailure(error.message)
        }
        progress.finish()
        var failures: [String] = []
        var added = 0, changed = 0, unchanged = 0
        for o in outcomes {
            switch o {
            case .added: added += 1
            case .changed: changed += 1
            case .unchanged: unchanged += 1
            case .failed(let message): failures.append(message)
            }
        }
        for f in failures { StandardError.print("kg: \(f)") }
        let counts = (try? store.counts()) ?? StoreCounts()
        let seconds = String(format: "%.1f", Date().timeIntervalSince(start))
        try StandardOutput.write(Data("""
            \(added) added, \(changed) re-extracted, \(unchanged) unchanged\(failures.isEmpty ? "" : ", \(failures.count) failed") in \(seconds) s; \
            \(store.location): \(counts.documents) documents, \(counts.entities) entities, \(counts.edges) edges, \(counts.evidence) evidence

            """.utf8))
        if !failures.isEmpty { throw ExitCode(1) }
    }
}

/// The graph a drawing or export command reads: a file argument, or `--store`.
struct GraphSource: ParsableArguments {
    @Argument(help: "The graph: a JSON file, a .kgdb store, - for standard input, or a folder with nodes.tsv and edges.tsv.")
    var graph: String?

    @Option(help: "A store (a .kgdb file or a postgres:// URL, from kg add) to read the graph from, instead of a GRAPH argument.")
    var store: String?

    func validate() throws {
        switch (graph, store) {
        case (nil, nil): throw ValidationError("name a graph file, or a store with --store")
        case (.some, .some): throw ValidationError("name a graph file or --store, not both")
        default: break
        }
    }

    /// The file to read.
    var path: String { store ?? graph ?? "-" }

    func read() throws -> KnowledgeGraph { try CommandIO.readGraph(path) }
}
