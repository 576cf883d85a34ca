import Foundation

/// What a graph argument names, decided by its name and, when the name does not say, by its
/// first bytes. Anything else is refused, so an SVG is never read as a news text.
public enum GraphFile: Sendable, Equatable {
    /// A graph JSON file.
    case json
    /// A folder with `nodes.tsv` and `edges.tsv`.
    case tsvFolder
    /// A text document to extract: `.txt` or `.md`, or any file when text is asked for.
    case text
    /// A graph JSON read from standard input (`-`).
    case standardInput
    /// A kg store (`.kgdb`, an SQLite file), read through the store.
    case store

    public static let expected =
        "a .json graph, a .kgdb store, a folder with nodes.tsv and edges.tsv, - for JSON on standard input, or .txt/.md documents (--text reads other files as text)"

    /// - Parameter text: read any file as a text document (the `--text` option).
    public static func kind(of path: String, text: Bool = false) throws(GraphQueryError) -> GraphFile {
        if path == "-" { return text ? .text : .standardInput }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw GraphQueryError(.io, "cannot read \(path): no such file or folder")
        }
        if isDir.boolValue {
            let has = ["nodes.tsv", "edges.tsv"].allSatisfy {
                FileManager.default.fileExists(atPath: (path as NSString).appendingPathComponent($0))
            }
            guard has else { throw GraphQueryError(.badArgument, "\(path): a graph folder needs nodes.tsv and edges.tsv") }
            return .tsvFolder
        }
        if text { return .text }
        switch (path as NSString).pathExtension.lowercased() {
        case "json": return .json
        case "txt", "md": return .text
        case "kgdb": return .store
        default:
            if startsLikeJSON(path) { return .json }
            if startsLikeSQLite(path) { return .store }
            throw GraphQueryError(.badArgument, "\(path): not a graph or document kg reads; expected \(expected)")
        }
    }

    /// Whether the file opens with SQLite's header.
    private static func startsLikeSQLite(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: 16)) == Data("SQLite format 3\u{0}".utf8)
    }

    /// Whether the file's first byte after white space opens a JSON object.
    private static func startsLikeJSON(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 4096)) ?? Data()
        return head.first { !JSONScanner.isSpace($0) } == 0x7B
    }
}
