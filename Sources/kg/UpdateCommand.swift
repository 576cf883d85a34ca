import ArgumentParser
import Foundation
import GraphStore

struct UpdateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Re-extract a store's documents that another extractor version extracted, or that changed on disk.",
        discussion: """
            The extractor version is kg's version with digests of its shipped resources and of
            the extraction options given (lexicons, rules, models, --no-recognizer, --lang): give
            update the options the documents should be extracted with. Documents whose file is
            gone are kept as stored and reported. Corrections (kg merge, kg split) stay.

            Examples:
              kg update --store news.kgdb
              kg update --store news.kgdb --lexicon my-names.tsv
            """)

    @OptionGroup var store: StoreOption

    @OptionGroup var extraction: ExtractionOptions

    func run() throws {
        let store = try StoreAccess.open(self.store.store)
        let version = try extraction.extractorVersion()
        let documents: [DocumentRecord]
        do { documents = try store.documents() } catch { throw CommandFailure(error.message) }
        // Changed files are found by their hash while ingesting; reading them all is what costs.
        let stale = documents.filter { $0.extractorVersion != version }.map(\.identity)
        let present = documents.map(\.identity).filter { FileManager.default.fileExists(atPath: $0) }
        let missing = documents.count - present.count
        if missing > 0 { StandardError.print("kg: \(missing) document\(missing == 1 ? "" : "s") no longer on disk, kept as stored") }
        if stale.isEmpty { StandardError.print("kg: every document was extracted by this version; checking for changed files") }
        try StoreAccess.ingest(present, into: store, options: extraction)
    }
}
