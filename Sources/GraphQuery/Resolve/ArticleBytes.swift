/// ``EntityResolver/dropArticles(_:)`` on a key's UTF-8 bytes, for indexing a million names
/// without a `String` each. Keys of ASCII and Arabic letters (what the normalizer leaves of
/// nearly every name) are handled on bytes; any other key goes through the `String` version,
/// so the result is always the same.
enum ArticleBytes {
    static let prefix = Array(EntityResolver.Articles.prefix.utf8)
    static let leading = Array((EntityResolver.Articles.leadingWord + " ").utf8)

    /// Writes the key without articles into `out`; false (and `out` untouched) when nothing is dropped.
    static func drop(_ key: UnsafeRawBufferPointer, into out: inout [UInt8]) -> Bool {
        guard contains(key, prefix) || starts(key, at: 0, with: leading) else { return false }
        guard isPlain(key) else {
            let text = String(decoding: key, as: UTF8.self)
            let dropped = EntityResolver.dropArticles(text)
            guard dropped != text else { return false }
            out = Array(dropped.utf8)
            return true
        }
        out.removeAll(keepingCapacity: true)
        // Keys hold single spaces between words, none at either end. A leading "the" goes
        // when another word follows it.
        var start = starts(key, at: 0, with: leading) ? leading.count : 0
        while start < key.count {
            var end = start
            while end < key.count, key[end] != 0x20 { end += 1 }
            let word = UnsafeRawBufferPointer(rebasing: key[start..<end])
            if !out.isEmpty { out.append(0x20) }
            let drops = starts(word, at: 0, with: prefix) && scalarCount(word) >= EntityResolver.Articles.shortestWord
            out.append(contentsOf: drops ? UnsafeRawBufferPointer(rebasing: word[prefix.count...]) : word)
            start = end + 1
        }
        return !out.elementsEqual(key)
    }

    /// Only ASCII and the Arabic letters U+0621–U+064A, where a character is one scalar.
    private static func isPlain(_ key: UnsafeRawBufferPointer) -> Bool {
        var i = 0
        while i < key.count {
            let b = key[i]
            if b < 0x80 { i += 1; continue }
            guard i + 1 < key.count else { return false }
            let c = key[i + 1]
            guard (b == 0xD8 && c >= 0xA1 && c <= 0xBF) || (b == 0xD9 && c >= 0x80 && c <= 0x8A) else { return false }
            i += 2
        }
        return true
    }

    private static func scalarCount(_ word: UnsafeRawBufferPointer) -> Int {
        word.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }

    private static func starts(_ text: UnsafeRawBufferPointer, at i: Int, with part: [UInt8]) -> Bool {
        guard i + part.count <= text.count else { return false }
        for (j, b) in part.enumerated() where text[i + j] != b { return false }
        return true
    }

    private static func contains(_ text: UnsafeRawBufferPointer, _ part: [UInt8]) -> Bool {
        guard text.count >= part.count else { return false }
        for i in 0...(text.count - part.count) where text[i] == part[0] && starts(text, at: i, with: part) { return true }
        return false
    }

}
