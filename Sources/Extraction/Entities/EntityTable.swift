/// A document's entities by id.
///
/// Persons and learned names get ids from their Arabic text, and a `String`-keyed dictionary
/// normalizes such a key (to NFC) on every lookup, which every stage makes for every mention; a
/// ``KeyTable`` finds ids by their bytes, with `String` equality's answers.
typealias EntityTable = KeyTable<DocumentEntity>
