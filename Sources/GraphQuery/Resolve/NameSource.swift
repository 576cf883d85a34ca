/// Every name of every node as UTF-8 bytes: id, label, then the record's other names
/// (English, Arabic, Wikidata id, aliases), in the order ``QueryGraph/names(of:)`` gives.
struct NameSource: Sendable {
    let ids: NameTable
    let labels: NameTable
    /// Names beyond id and label, per node: `extra[extraEnds[v - 1]..<extraEnds[v]]`.
    let extra: NameTable
    let extraEnds: [Int32]

    var nodeCount: Int { ids.count }

    /// An edge list's names: ids and labels only.
    init(ids: NameTable, labels: NameTable) {
        self.init(ids: ids, labels: labels, extra: NameTable(), extraEnds: [Int32](repeating: 0, count: ids.count))
    }

    init(ids: NameTable, labels: NameTable, extra: NameTable, extraEnds: [Int32]) {
        self.ids = ids
        self.labels = labels
        self.extra = extra
        self.extraEnds = extraEnds
    }

    /// Calls `body` with each name of node `v`.
    @inline(__always)
    func forEachName(of v: Int, _ body: (UnsafeRawBufferPointer) -> Void) {
        ids.withBytes(v, body)
        labels.withBytes(v, body)
        let lo = v == 0 ? 0 : Int(extraEnds[v - 1])
        for i in lo..<Int(extraEnds[v]) { extra.withBytes(i, body) }
    }
}
