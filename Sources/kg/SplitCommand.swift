import ArgumentParser
import Foundation
import GraphStore

struct SplitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "split",
        abstract: "Undo the merges of an entity in a store, and keep it apart from then on.",
        discussion: """
            Takes back every merge into or of the entity: kg merge's, and the automatic ones
            (a person named in Arabic and in Latin letters). The entities come back as extraction
            found them, and stay apart through kg update until a kg merge joins them again.

            Examples:
              kg split john-casson --store news.kgdb
            """)

    @Argument(help: "The id of the entity, as kg status lists its merges.")
    var entity: String

    @OptionGroup var store: StoreOption

    func run() throws {
        let store = try StoreAccess.open(self.store.store)
        let merges: [MergeRecord]
        do { merges = try StoreGraph.json(of: store).merges } catch { throw CommandFailure(error.message) }
        let undone = merges.filter { $0.kept == entity || $0.merged == entity }
        guard !undone.isEmpty else {
            throw CommandFailure("\(entity) has no merge to undo in \(self.store.store); kg status --store \(self.store.store) lists the merges")
        }
        do { try store.add(.split(entity)) } catch { throw CommandFailure(error.message) }
        let lines = undone.map { "split \($0.merged) from \($0.kept) (\($0.reason))" }
        try StandardOutput.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }
}
