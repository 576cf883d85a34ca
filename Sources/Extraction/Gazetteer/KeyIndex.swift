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

    /// The id of `key`, or nil.
    /// - Complexity: O(length of the key), expected.
    func id(_ key: String) -> Int? {
        var utf8 = key
        switch utf8.withUTF8({ lookup($0) }) {
        case .some(let answer): return answer
        case .none: return ids[key].map(Int.init)
        }
    }

    /// The bytewise lookup: `.some(id or nil)` when `utf8` is simple, nil to ask the `String` path.
    /// Every stage looks up most tokens in several tables, so it reads them through buffers.
    @inline(__always)
    private func lookup(_ utf8: UnsafeBufferPointer<UInt8>) -> Int?? {
        guard let hash = Self.simpleHash(utf8) else { return nil }
        if slots.isEmpty { return .some(nil) }
        let tag = Self.tag(hash)
        return slots.withUnsafeBufferPointer { slots in
            starts.withUnsafeBufferPointer { starts in
                bytes.withUnsafeBufferPointer { bytes in
                    var slot = hash & mask
                    while true {
                        let entry = slots[slot]
                        if entry == 0 { return .some(nil) }
                        if entry >> 32 == tag {
                            let id = Int(entry & 0xFFFF_FFFF) - 1
                            let from = starts[id], n = starts[id + 1] - from
                            if n == utf8.count, n == 0 || memcmp(bytes.baseAddress! + from, utf8.baseAddress!, n) == 0 {
                                return .some(id)
                            }
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
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
        var slot = hash & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Self.tag(hash) << 32 | UInt64(id + 1)
    }

    /// Whether the key is made only of scalars below U+0300 and Arabic-block letters (not
    /// the marks or prepended signs), i.e. certainly NFC with one scalar per code point run.
    static func isSimple(_ key: String) -> Bool {
        var copy = key
        return copy.withUTF8 { simpleHash($0) } != nil
    }

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

    /// The number of keys ever set.
    var count: Int { index.count }

    /// The keys that hold a value, in the order they were first set.
    var keys: [String] { index.keys.indices.filter { values[$0] != nil }.map { index.keys[$0] } }
}
