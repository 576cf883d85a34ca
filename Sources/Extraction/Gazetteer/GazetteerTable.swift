import Foundation
import KnowledgeGraph

/// The built-in gazetteer as it stands after parsing, inflecting and ``Gazetteer/finish()``,
/// written to `Resources/gazetteer.table`: a start reads it in milliseconds instead of parsing
/// the TSV files. The table names the SHA-256 of the files it was made from; when they have
/// changed since, it is not used. The golden-file test rewrites it (`KG_RECORD_GOLDEN=1`).
enum GazetteerTable {
    /// Bumped when the layout of the table, or of what it holds (a key hash), changes.
    static let version = 1
    static let magic = "kg gazetteer table"
    /// The stored properties of ``Gazetteer``, all of which the table holds (a test counts them).
    static let fields = 29

    /// One TSV file of the built-in gazetteer.
    struct Source: Sendable {
        var name: String
        var path: String
    }

    static func sources() throws(ExtractionError) -> [Source] {
        try ["countries", "gazetteer", "words", "triggers"].map { (name) throws(ExtractionError) -> Source in
            Source(name: name, path: try resource(name, "tsv").path)
        }
    }

    static func resource(_ name: String, _ ext: String) throws(ExtractionError) -> URL {
        guard let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Resources")
            ?? Bundle.module.url(forResource: name, withExtension: ext) else {
            throw ExtractionError(.missingResource, "the package resource \(name).\(ext) is missing")
        }
        return url
    }

    /// Where the built-in files are. Trigger entries name the `file:line` they come from; the table
    /// holds those of the built-in files relative to here, so its bytes do not depend on where the
    /// package was built, and a message names the files where they are now.
    static let resourceDirectory: String? = (try? resource("triggers", "tsv"))?.deletingLastPathComponent().path
    static let here = "@resources/"

    static func relative(_ locations: [String: String]) -> [String: String] {
        guard let directory = resourceDirectory else { return locations }
        let prefix = directory + "/"
        return locations.mapValues { $0.hasPrefix(prefix) ? here + $0.dropFirst(prefix.count) : $0 }
    }

    static func absolute(_ locations: [String: String]) -> [String: String] {
        guard let directory = resourceDirectory else { return locations }
        return locations.mapValues { $0.hasPrefix(here) ? directory + "/" + $0.dropFirst(here.count) : $0 }
    }

    /// SHA-256 of the files' names and bytes, in order.
    static func digest(of sources: [Source]) throws(ExtractionError) -> String {
        var bytes: [UInt8] = []
        for source in sources {
            bytes += Array(source.name.utf8) + [0]
            do {
                bytes += try Array(Data(contentsOf: URL(fileURLWithPath: source.path))) + [0]
            } catch {
                throw ExtractionError(.io, "cannot read lexicon \(source.path): \(FileProblem.reason(error, path: source.path))")
            }
        }
        return SHA256.hexDigest(bytes)
    }

    /// The shipped table, or nil when it was made from other files than `sources`.
    static func shipped(for sources: [Source]) throws(ExtractionError) -> Gazetteer? {
        let url = try resource("gazetteer", "table")
        let bytes: [UInt8]
        do { bytes = try Array(Data(contentsOf: url)) } catch {
            throw ExtractionError(.io, "cannot read \(url.path): \(FileProblem.reason(error, path: url.path))")
        }
        return try read(bytes, digest: digest(of: sources))
    }

    static func bytes(of gazetteer: Gazetteer, digest: String) -> [UInt8] {
        var out = TableWriter()
        out.string(magic)
        out.int(version)
        out.string(digest)
        gazetteer.write(to: &out)
        return out.bytes
    }

    /// The gazetteer in `bytes`, or nil when the table is of another version or other files.
    static func read(_ bytes: [UInt8], digest: String) throws(ExtractionError) -> Gazetteer? {
        var input = TableReader(bytes)
        guard try input.string() == magic else { throw TableReader.broken }
        guard try input.int() == version, try input.string() == digest else { return nil }
        let gazetteer = try Gazetteer(from: &input)
        guard input.isAtEnd else { throw TableReader.broken }
        return gazetteer
    }
}
