import ArgumentParser
import Foundation
import GraphStore

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "What a store holds: counts, the last ingest, and documents that need re-extraction.",
        discussion: """
            Examples:
              kg status --store news.kgdb
              kg status --store news.kgdb --documents      # one line per document
              kg status --store news.kgdb --json
              kg status --store news.kgdb --check           # SQLite's integrity check too
            """)

    @OptionGroup var store: StoreOption

    @OptionGroup var extraction: ExtractionOptions

    @Flag(help: "Also list the documents: identity, language, dateline, extractor version.")
    var documents = false

    @Flag(help: "Also run SQLite's integrity check of the whole file (PRAGMA integrity_check); fails unless it says ok.")
    var check = false

    @Flag(help: "Print JSON instead of text.")
    var json = false

    struct Report: Encodable {
        var store: String
        var counts: StoreCounts
        var lastIngest: String?
        var extractorVersion: String
        var stale: [String]
        var merges: [MergeRecord]
        var documents: [DocumentRecord]?
        var integrity: [String]?
    }

    func run() throws {
        let store = try StoreAccess.open(self.store.store)
        let version = try extraction.extractorVersion()
        let report: Report
        do {
            let docs = try store.documents()
            report = Report(
                store: self.store.store, counts: try store.counts(), lastIngest: docs.map(\.addedAt).max(),
                extractorVersion: version, stale: docs.filter { $0.extractorVersion != version }.map(\.identity),
                merges: try StoreGraph.json(of: store).merges, documents: documents ? docs : nil,
                integrity: check ? try store.integrityCheck() : nil)
        } catch { throw CommandFailure(error.message) }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            try StandardOutput.write(try encoder.encode(report) + Data("\n".utf8))
        } else {
            try StandardOutput.write(Data(text(report).utf8))
        }
        if let problems = report.integrity, problems != ["ok"] {
            throw CommandFailure("\(self.store.store) failed SQLite's integrity check: \(problems.prefix(3).joined(separator: "; "))")
        }
    }

    func text(_ r: Report) -> String {
        let c = r.counts
        var lines = [
            "\(r.store): \(c.documents) documents, \(c.entities) entities, \(c.mentions) mentions, \(c.edges) edges, \(c.evidence) evidence",
            "last ingest: \(r.lastIngest ?? "never")",
            "extractor: \(r.extractorVersion)",
            "need re-extraction (kg update): \(r.stale.count)",
            "merges: \(r.merges.count) (\(r.merges.filter { $0.reason == "user" }.count) by kg merge), corrections: \(c.corrections)",
        ]
        if let integrity = r.integrity { lines.append("integrity: \(integrity.joined(separator: "; "))") }
        for s in r.stale.prefix(10) { lines.append("  stale: \(s)") }
        if r.stale.count > 10 { lines.append("  … and \(r.stale.count - 10) more") }
        for m in r.merges {
            lines.append("  merged \(m.merged) into \(m.kept) (\(m.reason)\(m.forms.isEmpty ? "" : ": " + m.forms.joined(separator: " = ")))")
        }
        for d in r.documents ?? [] {
            lines.append("  \(d.identity)  \(d.language)  \(d.dateline ?? "-")  \(d.extractorVersion)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
