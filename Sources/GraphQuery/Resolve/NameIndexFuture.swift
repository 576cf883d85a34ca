import Foundation

/// A graph's name index, built on its own thread from the moment a large graph's names are
/// read, while the loader goes on with the edges; small graphs build it on first use.
/// The keys come first, so an exact or normalized name need not wait for the search parts.
final class NameIndexFuture: @unchecked Sendable {
    /// From this many nodes on, the index is built on a thread of its own at once.
    static let backgroundFrom = 20_000

    // The three stored values are read and written under `condition` only.
    private let condition = NSCondition()
    private var source: NameSource?
    private var builtKeys: NameKeys?
    private var builtSearch: NameSearch?
    private let inBackground: Bool

    init(_ source: NameSource) {
        inBackground = source.nodeCount >= Self.backgroundFrom
        guard inBackground else {
            self.source = source
            return
        }
        let thread = Thread { [self] in
            let keys = NameKeys(source)
            publish { $0.builtKeys = keys }
            let search = NameSearch(keys)
            publish { $0.builtSearch = search }
        }
        thread.start()
    }

    private func publish(_ set: (NameIndexFuture) -> Void) {
        condition.lock()
        set(self)
        condition.broadcast()
        condition.unlock()
    }

    /// Exact and article-free keys; waits while they are being built.
    var keys: NameKeys {
        condition.lock()
        defer { condition.unlock() }
        if builtKeys == nil, let source {
            builtKeys = NameKeys(source)
            self.source = nil
        }
        while builtKeys == nil { condition.wait() }
        return builtKeys!
    }

    /// Words and trigrams; waits while they are being built.
    var search: NameSearch {
        let keys = self.keys
        condition.lock()
        defer { condition.unlock() }
        if builtSearch == nil, !inBackground { builtSearch = NameSearch(keys) }
        while builtSearch == nil { condition.wait() }
        return builtSearch!
    }
}
