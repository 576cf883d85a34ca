/// A document's entities by id.
///
/// Persons and learned names get ids from their Arabic text, and a `String`-keyed dictionary
/// normalizes such a key (to NFC) on every lookup, which every stage makes for every mention;
/// this table finds ids by their bytes (see ``KeyIndex``), with `String` equality's answers.
struct EntityTable: Sendable {
    private var table = KeyTable<DocumentEntity>()

    init() {}

    /// - Complexity: O(length of the id), expected.
    subscript(_ id: String) -> DocumentEntity? {
        get { table[id] }
        set { table[id] = newValue }
    }
}
