import Foundation

/// Interns normalized keys as small integers, hashing and comparing their UTF-8 bytes.
///
/// `String`'s own hashing and `==` follow canonical equivalence, so every lookup of a
/// non-ASCII key (all Arabic keys) normalizes it to NFC on the way, which dominated
/// extraction time. Keys made only of scalars below U+0300 and of Arabic-block letters
/// (the marks are already dropped by ``TextNormalizer``) are in NFC, and for two NFC strings
/// canonical equivalence is byte equality. Such keys take the bytewise path; any other key
/// goes through a `String` dictionary, so the answers are always those of `String` equality.
struct KeyIndex: Sendable {
    /// Every key, by id; the source of truth.
    private(set) var keys: [String] = []
    /// The keys that are not simple (see ``isSimple(_:)``); the simple ones are found by their bytes alone.
    private var ids: [String: Int32] = [:]
    /// Open-addressing table over the NFC UTF-8 bytes of the keys: 0 for empty, else the high half
    /// of the key's hash (never 0) above id + 1, so a probe that meets another key rarely reads its bytes.
    private var slots: [UInt64] = []
    private var bytes: [UInt8] = []
    /// `bytes[starts[id]..<starts[id + 1]]` is the NFC form of key `id` (empty when not simple).
    private var starts: [Int] = [0]
    private var mask = 0

    var count: Int { keys.count }

    /// The id of `key`, adding it when new.
    mutating func intern(_ key: String) -> Int {
        if let id = id(key) { return id }
        let id = keys.count
        keys.append(key)
        var simple = key
        if !Self.isSimple(key) {
            ids[key] = Int32(id)
            // Index the NFC form: a simple lookup key equal to it as a `String` has exactly its bytes.
            let nfc = key.precomposedStringWithCanonicalMapping
            simple = Self.isSimple(nfc) ? nfc : ""
        }
        bytes.append(contentsOf: simple.utf8)
        starts.append(bytes.count)
        if !simple.isEmpty || key.isEmpty { insertSlot(id) }
        return id
    }

    /// The id of the simple key whose bytes are `utf8` and ``simpleHash(_:)`` is `hash`, adding it
    /// when new: the key's `String` is made only the first time, so a text's tokens share one per word.
    mutating func intern(utf8: UnsafeBufferPointer<UInt8>, hash: Int) -> Int {
        if let id = find(utf8, hash: hash) { return id }
        // A simple key is its own NFC form: its bytes are indexed as they are.
        let id = keys.count
        keys.append(String(decoding: utf8, as: UTF8.self))
        bytes.append(contentsOf: utf8)
        starts.append(bytes.count)
        if keys.count * 2 > slots.count { rehash(max(64, slots.count * 2)) } else { place(id, hash: hash) }
        return id
    }

    @inline(__always)
    private func find(_ utf8: UnsafeBufferPointer<UInt8>, hash: Int) -> Int? {
        probe(hash) { stored($0, equals: utf8) }
    }

    /// The id in the slots of `hash` whose key `matches`, or nil at the first empty slot.
    @inline(__always)
    private func probe(_ hash: Int, _ matches: (Int) -> Bool) -> Int? {
        if slots.isEmpty { return nil }
        let tag = Self.tag(hash)
        return slots.withUnsafeBufferPointer { slots in
            var slot = hash & mask
            while true {
                let entry = slots[slot]
                if entry == 0 { return nil }
                if entry >> 32 == tag, matches(Int(entry & 0xFFFF_FFFF) - 1) { return Int(entry & 0xFFFF_FFFF) - 1 }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Whether key `id`'s stored NFC bytes are `utf8`.
    @inline(__always)
    private func stored(_ id: Int, equals utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        starts.withUnsafeBufferPointer { starts in
            let from = starts[id], n = starts[id + 1] - from
            return n == utf8.count && (n == 0 || bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + from, utf8.baseAddress!, n) == 0 })
        }
    }

    /// The id of `key`, or nil.
    /// - Complexity: O(length of the key), expected.
    func id(_ key: String) -> Int? { id(key, hash: Self.hash(key)) }

    /// The id of `key` whose ``hash(_:)`` is `hash`, made once where the key was made (a token,
    /// a clitic reading): a word is looked up in many tables, and hashing it was most of each lookup.
    /// - Complexity: O(1) expected, and O(length of the key) when it is found.
    @inline(__always)
    func id(_ key: String, hash: Int?) -> Int? {
        guard let hash else { return ids[key].map(Int.init) }
        return probe(hash) { id in
            var key = key
            return key.withUTF8 { stored(id, equals: $0) }
        }
    }

    /// The id of `key` without its first scalar (a proclitic و ف ب ل), found without making that `String`.
    /// - Complexity: O(length of the key), expected.
    func id(droppingFirstScalarOf key: String) -> Int? {
        let found: Int?? = key.utf8.withContiguousStorageIfAvailable { utf8 in
            guard let first = utf8.first else { return nil }
            let width = first < 0x80 ? 1 : first < 0xE0 ? 2 : first < 0xF0 ? 3 : 4
            let rest = UnsafeBufferPointer(rebasing: utf8[min(width, utf8.count)...])
            guard let hash = Self.simpleHash(rest) else { return .none }
            return .some(find(rest, hash: hash))
        } ?? .none
        if case .some(let answer) = found { return answer }
        return id(String(key.unicodeScalars.dropFirst()))
    }

    /// The hash a simple key is found by (see ``isSimple(_:)``), or nil when it is not simple.
    @inline(__always)
    static func hash(_ key: String) -> Int? {
        if let hash = key.utf8.withContiguousStorageIfAvailable({ simpleHash($0) }) { return hash }
        var copy = key
        return copy.withUTF8 { simpleHash($0) }
    }

    /// The high half of a hash as a slot's tag; never 0, which marks an empty slot.
    @inline(__always)
    private static func tag(_ hash: Int) -> UInt64 { UInt64(truncatingIfNeeded: hash) >> 32 | 1 }

    private mutating func insertSlot(_ id: Int) {
        if (keys.count) * 2 > slots.count { rehash(max(64, slots.count * 2)) ; return }
        place(id)
    }

    private mutating func rehash(_ capacity: Int) {
        slots = Array(repeating: 0, count: capacity)
        mask = capacity - 1
        for id in keys.indices where starts[id + 1] > starts[id] || keys[id].isEmpty { place(id) }
    }

    private mutating func place(_ id: Int) {
        let hash = bytes.withUnsafeBufferPointer { all in
            Self.simpleHash(UnsafeBufferPointer(rebasing: all[starts[id]..<starts[id + 1]]))!
        }
        place(id, hash: hash)
    }

    private mutating func place(_ id: Int, hash: Int) {
        var slot = hash & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Self.tag(hash) << 32 | UInt64(id + 1)
    }

    /// Whether the key is made only of scalars below U+0300 and Arabic-block letters (not
    /// the marks or prepended signs), i.e. certainly NFC with one scalar per code point run.
    static func isSimple(_ key: String) -> Bool { hash(key) != nil }

    /// FNV-1a over the bytes (a two-byte letter as one step), or nil when the bytes are not simple
    /// (see ``isSimple(_:)``).
    @inline(__always)
    static func simpleHash(_ utf8: UnsafeBufferPointer<UInt8>) -> Int? {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var i = 0
        let n = utf8.count
        while i < n {
            let b = utf8[i]
            if b < 0x80 {
                hash = (hash ^ UInt64(b)) &* 0x100_0000_01b3
                i += 1
                continue
            }
            guard i + 1 < n else { return nil }
            let c = utf8[i + 1]
            if b >= 0xC2 && b <= 0xCB {
                // U+0080–U+02FF
            } else if b >= 0xD8 && b <= 0xDB {
                if KeyText.isArabicNonLetter((UInt32(b & 0x1F) << 6) | UInt32(c & 0x3F)) { return nil }
            } else {
                return nil
            }
            // A two-byte letter is one step: the bytes of a simple key are one letter in two.
            hash = (hash ^ (UInt64(b) << 8 | UInt64(c))) &* 0x100_0000_01b3
            i += 2
        }
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }
}

/// A set of normalized keys with bytewise lookups (see ``KeyIndex``).
struct KeySet: Sendable, ExpressibleByArrayLiteral {
    private(set) var index = KeyIndex()

    init() {}
    init(arrayLiteral elements: String...) { for e in elements { insert(e) } }
    init<S: Sequence>(_ elements: S) where S.Element == String { for e in elements { insert(e) } }

    /// The first words of the phrases of two words or more: a word that starts none is not joined
    /// with the next ones for a phrase lookup.
    static func firstWords(ofPhrases keys: [String]) -> KeySet {
        KeySet(keys.filter { $0.contains(" ") }.map { String($0.split(separator: " ")[0]) })
    }

    mutating func insert(_ key: String) { _ = index.intern(key) }
    func contains(_ key: String) -> Bool { index.id(key) != nil }
    func contains(_ token: Token) -> Bool { index.id(token.key, hash: token.keyHash) != nil }
    func contains(_ reading: CliticAnalyzer.Reading) -> Bool { index.id(reading.stem, hash: reading.stemHash) != nil }
    func containsWithoutFirstScalar(_ key: String) -> Bool { index.id(droppingFirstScalarOf: key) != nil }
    /// Whether the key's first scalar, alone, is in the set (وب starts with the clitic و).
    func containsFirstScalar(of key: String) -> Bool {
        guard let first = key.unicodeScalars.first else { return false }
        return contains(String(first))
    }
    var count: Int { index.count }
    /// The keys in the order they were first inserted.
    var keys: [String] { index.keys }
}

/// A dictionary from normalized keys to values with bytewise lookups (see ``KeyIndex``).
struct KeyTable<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    private(set) var index = KeyIndex()
    private(set) var values: [Value?] = []

    init() {}
    init(dictionaryLiteral elements: (String, Value)...) { for (k, v) in elements { self[k] = v } }

    subscript(key: String) -> Value? {
        get { index.id(key).flatMap { values[$0] } }
        set {
            let id = index.intern(key)
            if id == values.count { values.append(newValue) } else { values[id] = newValue }
        }
    }

    /// The value of a token's key.
    subscript(token: Token) -> Value? { index.id(token.key, hash: token.keyHash).flatMap { values[$0] } }
    /// The value of `key` without its first scalar.
    subscript(droppingFirstScalarOf key: String) -> Value? { index.id(droppingFirstScalarOf: key).flatMap { values[$0] } }
    /// The value of a clitic reading's stem.
    subscript(reading: CliticAnalyzer.Reading) -> Value? { index.id(reading.stem, hash: reading.stemHash).flatMap { values[$0] } }

    /// The number of keys ever set.
    var count: Int { index.count }

    /// The keys that hold a value, in the order they were first set.
    var keys: [String] { index.keys.indices.filter { values[$0] != nil }.map { index.keys[$0] } }
}

extension KeyIndex: TableCodable {
    func write(to table: inout TableWriter) {
        table.write(keys)
        table.write(ids)
        table.block(slots)
        table.block(bytes)
        table.block(starts)
        table.int(mask)
    }

    init(from table: inout TableReader) throws(ExtractionError) {
        keys = try table.read()
        ids = try table.read()
        slots = try table.block()
        bytes = try table.block()
        starts = try table.block()
        mask = try table.int()
        // Every lookup trusts these: a table out of shape is refused here, not met as a crash later.
        guard starts.count == keys.count + 1, starts.first == 0, starts.last == bytes.count, zip(starts, starts.dropFirst()).allSatisfy(<=),
              slots.isEmpty ? mask == 0 : slots.count == mask + 1 && slots.count & mask == 0,
              slots.allSatisfy({ $0 == 0 || Int($0 & 0xFFFF_FFFF) <= keys.count }), ids.values.allSatisfy({ Int($0) < keys.count && $0 >= 0 })
        else { throw TableReader.broken }
    }
}

extension KeySet: TableCodable {
    func write(to table: inout TableWriter) { table.write(index) }
    init(from table: inout TableReader) throws(ExtractionError) { index = try table.read() }
}

extension KeyTable: TableCodable where Value: TableCodable {
    func write(to table: inout TableWriter) {
        table.write(index)
        table.write(values)
    }

    init(from table: inout TableReader) throws(ExtractionError) {
        index = try table.read()
        values = try table.read()
        guard values.count == index.count else { throw TableReader.broken }
    }
}
