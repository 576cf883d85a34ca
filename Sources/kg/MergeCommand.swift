import ArgumentParser
import Foundation
import GraphQuery
import GraphStore

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Tell a store that two entities are one; the correction survives re-extraction.",
        discussion: """
            The second entity folds into the first: the first keeps its id, label and type and
            gains the second's names, mentions and relations. Entities are named by id or by any
            name, as in kg path. kg split undoes it; kg status lists the merges in force, with
            their reasons (transliteration for the automatic ones, user for these).

            Examples:
              kg merge john-casson "جون كاسن" --store news.kgdb
              kg split john-casson --store news.kgdb
            """)

    @Argument(help: "The entity kept.")
    var kept: String

    @Argument(help: "The entity merged into it.")
    var merged: String

    @OptionGroup var store: StoreOption

    func run() throws {
        let store = try StoreAccess.open(self.store.store)
        let graph = try StoreAccess.queryGraph(self.store.store)
        let resolver = EntityResolver(graph: graph)
        let ids: [String]
        do {
            ids = try [kept, merged].map { (name) throws(GraphQueryError) in graph.index.id(of: try resolver.node(named: name)) }
        } catch { throw CommandFailure(error.message) }
        guard ids[0] != ids[1] else { throw CommandFailure("\(kept) and \(merged) are already one entity (\(ids[0]))") }
        do { try store.add(.merge(kept: ids[0], merged: ids[1])) } catch { throw CommandFailure(error.message) }
        try StandardOutput.write(Data("merged \(ids[1]) into \(ids[0])\n".utf8))
    }
}
