/// Builds ``TextNormalizer/key(_:)``'s key of UTF-8 text as UTF-8 bytes, in buffers reused
/// from one name to the next: indexing a million-node graph's names makes no `String`.
/// A test checks the bytes equal `key(_:)`'s on real text.
package struct KeyBuffer: Sendable {
    private var mapped: [Unicode.Scalar] = []
    /// The last key built.
    package private(set) var bytes: [UInt8] = []

    package init() {}

    /// Keys `utf8`, which must be valid UTF-8 (any Swift string's bytes are).
    /// - Complexity: O(n) in the length of the text.
    package mutating func key(utf8: UnsafeRawBufferPointer) {
        mapped.removeAll(keepingCapacity: true)
        bytes.removeAll(keepingCapacity: true)
        var iterator = utf8.makeIterator()
        var decoder = UTF8()
        while case .scalarValue(let scalar) = decoder.decode(&iterator) {
            TextNormalizer.appendKey(of: scalar) { mapped.append($0) }
        }
        var pendingSpace = false
        let count = mapped.count
        for i in 0..<count {
            let s = mapped[i]
            // A decimal point or thousands comma between digits is part of the number.
            let inNumber = KeyRules.isKeptBetweenDigits(s) && i > 0 && i + 1 < count
                && TextNormalizer.isDigit(mapped[i - 1]) && TextNormalizer.isDigit(mapped[i + 1])
            if TextNormalizer.isSeparator(s), !inNumber {
                pendingSpace = !bytes.isEmpty
            } else {
                if pendingSpace { bytes.append(0x20) }
                pendingSpace = false
                append(s)
            }
        }
    }

    package mutating func key(_ text: String) {
        var text = text
        text.withUTF8 { key(utf8: UnsafeRawBufferPointer($0)) }
    }

    private mutating func append(_ s: Unicode.Scalar) {
        let v = s.value
        if v < 0x80 {
            bytes.append(UInt8(v))
        } else {
            for unit in UTF8.encode(s)! { bytes.append(unit) }
        }
    }
}
