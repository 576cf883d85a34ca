import Foundation

/// Byte-level tests on normalized keys that give the same answers as `String`'s
/// canonical-equivalence methods, without their per-call Unicode normalization.
///
/// A key is *simple* when it holds only scalars below U+0300 (except CR) and Arabic-block
/// letters (not the marks or the prepended number signs). A simple string is in NFC and
/// each of its scalars is a `Character` of its own, so for two simple strings canonical
/// equivalence is byte equality and `hasPrefix`/`hasSuffix` are byte prefix and suffix.
/// Other strings take `String`'s own path.
enum KeyText {
    /// Calls `body` with the simple UTF-8 bytes of `text`, or returns nil when it is not simple.
    @inline(__always)
    static func withSimpleUTF8<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        var text = text
        return text.withUTF8 { isSimple($0) ? body($0) : nil }
    }

    @inline(__always)
    static func isSimple(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = utf8.count
        while i < n {
            let b = utf8[i]
            if b < 0x80 {
                if b == 0x0D { return false }
                i += 1
                continue
            }
            guard i + 1 < n else { return false }
            if b >= 0xD8 && b <= 0xDB {
                let v = (UInt32(b & 0x1F) << 6) | UInt32(utf8[i + 1] & 0x3F)
                if isArabicNonLetter(v) { return false }
            } else if b < 0xC2 || b > 0xCB {
                return false
            }
            i += 2
        }
        return true
    }

    /// Whether a key holds a space, as `key.utf8.contains(0x20)` answers, without stepping through a view.
    @inline(__always)
    static func containsSpace(_ key: String) -> Bool {
        if let found = key.utf8.withContiguousStorageIfAvailable({ !$0.isEmpty && memchr($0.baseAddress!, 0x20, $0.count) != nil }) { return found }
        return key.utf8.contains(0x20)
    }

    /// Arabic-block scalars that combine with a neighbour (marks, prepended signs).
    @inline(__always)
    static func isArabicNonLetter(_ v: UInt32) -> Bool {
        switch v {
        case 0x0600...0x0605, 0x0610...0x061A, 0x064B...0x065F, 0x0670, 0x06D6...0x06ED: true
        default: false
        }
    }

    /// Whether `text` starts with `prefix`, as `String.hasPrefix` answers.
    static func hasPrefix(_ text: String, _ prefix: String) -> Bool {
        let fast = withSimpleUTF8(text) { t in
            withSimpleUTF8(prefix) { p in p.count <= t.count && (p.isEmpty || memcmp(t.baseAddress!, p.baseAddress!, p.count) == 0) }
        }
        if let fast, let answer = fast { return answer }
        return text.hasPrefix(prefix)
    }

    /// Whether `text` ends with `suffix`, as `String.hasSuffix` answers.
    static func hasSuffix(_ text: String, _ suffix: String) -> Bool {
        let fast = withSimpleUTF8(text) { t in
            withSimpleUTF8(suffix) { s in
                s.count <= t.count && (s.isEmpty || memcmp(t.baseAddress! + (t.count - s.count), s.baseAddress!, s.count) == 0)
            }
        }
        if let fast, let answer = fast { return answer }
        return text.hasSuffix(suffix)
    }
}

extension String {
    /// `hasPrefix` for normalized keys, bytewise when it can be (see ``KeyText``).
    @inline(__always)
    func keyHasPrefix(_ prefix: String) -> Bool { KeyText.hasPrefix(self, prefix) }

    /// `hasSuffix` for normalized keys, bytewise when it can be (see ``KeyText``).
    @inline(__always)
    func keyHasSuffix(_ suffix: String) -> Bool { KeyText.hasSuffix(self, suffix) }
}
