import Foundation
import Testing
@testable import Extraction

/// The prebuilt gazetteer table against the TSV files it stands for. Set KG_RECORD_GOLDEN=1 to
/// rewrite `Resources/gazetteer.table` after changing a TSV file or what the gazetteer holds.
@Suite(.serialized) struct GazetteerTableTests {
    static let recording = ProcessInfo.processInfo.environment["KG_RECORD_GOLDEN"] == "1"
    static let shippedPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/Extraction/Resources/gazetteer.table")

    static func parsed() throws -> (Gazetteer, String) {
        let sources = try GazetteerTable.sources()
        return (try Gazetteer.parsed(sources), try GazetteerTable.digest(of: sources))
    }

    @Test func shippedTableIsWhatTheFilesGive() throws {
        let (gazetteer, digest) = try Self.parsed()
        let fresh = GazetteerTable.bytes(of: gazetteer, digest: digest)
        if Self.recording {
            try Data(fresh).write(to: Self.shippedPath)
            Issue.record("recorded gazetteer.table; unset KG_RECORD_GOLDEN to compare")
            return
        }
        // The copy in the source tree and the one in the built bundle.
        #expect(try Array(Data(contentsOf: Self.shippedPath)) == fresh, "Resources/gazetteer.table is stale: rerun with KG_RECORD_GOLDEN=1")
        #expect(try Array(Data(contentsOf: GazetteerTable.resource("gazetteer", "table"))) == fresh)
    }

    @Test func tableNamesNoBuildFolderAndLocationsComeBackWhereTheFilesAre() throws {
        let (gazetteer, digest) = try Self.parsed()
        let bytes = GazetteerTable.bytes(of: gazetteer, digest: digest)
        let directory = try #require(GazetteerTable.resourceDirectory)
        #expect(Data(bytes).range(of: Data(directory.utf8)) == nil)
        let read = try #require(try GazetteerTable.read(bytes, digest: digest))
        #expect(read.triggerIDs == gazetteer.triggerIDs)
        #expect(read.triggerIDs.values.contains { $0.hasPrefix(directory + "/triggers.tsv:") })
    }

    @Test func tableHoldsEveryStoredProperty() {
        #expect(Mirror(reflecting: Gazetteer()).children.count == GazetteerTable.fields)
    }

    @Test func tableReadsBackToTheSameGazetteer() throws {
        let (gazetteer, digest) = try Self.parsed()
        let bytes = GazetteerTable.bytes(of: gazetteer, digest: digest)
        let read = try #require(try GazetteerTable.read(bytes, digest: digest))
        #expect(GazetteerTable.bytes(of: read, digest: digest) == bytes)
        // Answers, not only bytes: names in both scripts, a nisba, a title, a trigger through a clitic.
        for name in ["داعش", "ISIS", "البريطانية", "Kenya", "المملكة المتحدة"] {
            #expect(read.entityIDs(named: name) == gazetteer.entityIDs(named: name), "\(name)")
            #expect(!read.entityIDs(named: name).isEmpty, "\(name)")
        }
        let tokens = Tokenizer.tokenize(Array("وزير الدفاع".unicodeScalars)[...], base: 0)
        #expect(read.longestTitle(first: CliticAnalyzer.Reading(tokens[0]), tokens, from: 0, limit: 2)?.tokens == 2)
        #expect(read.triggers["اغتال"] == gazetteer.triggers["اغتال"])
        #expect(read.triggers["اغتال"]?.isEmpty == false)
    }

    @Test func builtInUsesTheTableAndMatchesTheFiles() throws {
        let sources = try GazetteerTable.sources()
        let shipped = try #require(try GazetteerTable.shipped(for: sources))
        let (gazetteer, digest) = try Self.parsed()
        #expect(GazetteerTable.bytes(of: shipped, digest: digest) == GazetteerTable.bytes(of: gazetteer, digest: digest))
    }

    @Test func tableOfOtherFilesIsNotUsed() throws {
        let (gazetteer, digest) = try Self.parsed()
        let bytes = GazetteerTable.bytes(of: gazetteer, digest: digest)
        #expect(try GazetteerTable.read(bytes, digest: String(repeating: "0", count: 64)) == nil)
        #expect(try GazetteerTable.read(bytes, digest: digest) != nil)
    }

    @Test(arguments: [0, 10, 100, 5_000, 200_000])
    func tableCutShortIsRefused(keeping length: Int) throws {
        let (gazetteer, digest) = try Self.parsed()
        let bytes = GazetteerTable.bytes(of: gazetteer, digest: digest)
        #expect(length < bytes.count)
        #expect(throws: ExtractionError.self) { try GazetteerTable.read(Array(bytes.prefix(length)), digest: digest) }
    }
}
