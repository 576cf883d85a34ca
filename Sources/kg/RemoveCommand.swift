import ArgumentParser
import Foundation
import GraphStore

struct RemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove documents from a store, with every mention and piece of evidence from them.",
        discussion: """
            A document is named by its path (as given to kg add, or any path to the same file),
            or by the end of its path when only one document's path ends that way (report.txt,
            d1/report.txt). An edge left with no evidence goes, and so does an entity left with
            no mention and no edge. Nothing is removed unless every name is found.

            Examples:
              kg remove news/withdrawn.txt --store news.kgdb
              kg remove d1/report.txt --store news.kgdb
            """)

    @Argument(help: "Documents to remove.")
    var documents: [String]

    @OptionGroup var store: StoreOption

    func run() throws {
        let store = try StoreAccess.open(self.store.store)
        let stored: [DocumentRecord]
        do { stored = try store.documents() } catch { throw CommandFailure(error.message) }
        let identities = try documents.map { try Self.find($0, in: stored.map(\.identity), store: self.store.store) }
        let removal: Removal
        do { removal = try store.remove(identities) } catch { throw CommandFailure(error.message) }
        try StandardOutput.write(Data("""
            removed \(removal.documents) document\(removal.documents == 1 ? "" : "s"): \(removal.evidence) evidence, \
            \(removal.mentions) mentions, \(removal.edges) edges left with no evidence, \(removal.entities) entities left with nothing

            """.utf8))
    }

    /// The stored identity a name means: the same path, or the one identity ending in `/name`.
    static func find(_ name: String, in identities: [String], store: String) throws -> String {
        let full = StoreAccess.identity(of: name)
        if identities.contains(full) { return full }
        let suffix = "/" + name.split(separator: "/").filter { $0 != "." }.joined(separator: "/")
        let matches = identities.filter { $0.hasSuffix(suffix) }
        switch matches.count {
        case 1: return matches[0]
        case 0: throw CommandFailure("no document \(name) in \(store); kg status --store \(store) --documents lists them")
        default: throw CommandFailure("\(name) names \(matches.count) documents in \(store): \(matches.prefix(5).joined(separator: ", ")); give more of the path")
        }
    }
}
