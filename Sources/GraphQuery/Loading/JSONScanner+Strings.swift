/// Strings: checked as they are scanned (escapes, surrogate pairs, UTF-8, no raw control
/// characters), so unescaping cannot meet anything malformed.
extension JSONScanner {
    /// A string's raw bytes (between the quotes) and whether it holds escapes.
    mutating func stringRange() throws(GraphQueryError) -> (range: Range<Int>, escaped: Bool) {
        try expect(0x22)
        let start = position
        var escaped = false
        let count = bytes.count
        while position < count {
            let b = bytes[position]
            // Plain ASCII first: most of a graph file.
            if b >= 0x20, b < 0x80, b != 0x22, b != 0x5C { position += 1; continue }
            if b == 0x22 {
                position += 1
                return (start..<(position - 1), escaped)
            }
            if b == 0x5C {
                escaped = true
                try skipEscape()
            } else if b < 0x20 {
                throw failure("raw control character U+\(hex4(UInt32(b))) in a string (JSON needs it escaped)")
            } else {
                try skipUTF8()
            }
        }
        throw failure("unterminated string")
    }

    private func hex4(_ v: UInt32) -> String {
        let s = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - s.count)) + s
    }

    /// The value of the four hex digits at `at`, if there are four.
    private func hexValue(at: Int) -> UInt32? {
        guard at + 4 <= bytes.count else { return nil }
        var v: UInt32 = 0
        for i in at..<(at + 4) {
            guard let d = hexDigit(bytes[i]) else { return nil }
            v = v << 4 | d
        }
        return v
    }

    private func hexDigit(_ b: UInt8) -> UInt32? {
        switch b {
        case 0x30...0x39: UInt32(b - 0x30)
        case 0x41...0x46: UInt32(b - 0x41 + 10)
        case 0x61...0x66: UInt32(b - 0x61 + 10)
        default: nil
        }
    }

    /// Steps over one escape at `position`; a `\u` high surrogate must have its low half next.
    private mutating func skipEscape() throws(GraphQueryError) {
        guard position + 1 < bytes.count else { throw failure("unterminated string") }
        switch bytes[position + 1] {
        case 0x22, 0x5C, 0x2F, 0x62, 0x66, 0x6E, 0x72, 0x74: position += 2
        case 0x75:
            guard let v = hexValue(at: position + 2) else { throw failure("\\u needs four hex digits") }
            if (0xDC00...0xDFFF).contains(v) { throw failure("\\u\(hex4(v)) is half a surrogate pair") }
            position += 6
            if (0xD800...0xDBFF).contains(v) {
                guard position + 1 < bytes.count, bytes[position] == 0x5C, bytes[position + 1] == 0x75,
                      let low = hexValue(at: position + 2), (0xDC00...0xDFFF).contains(low) else {
                    throw failure("\\u\(hex4(v)) is half a surrogate pair")
                }
                position += 6
            }
        default: throw failure("bad escape")
        }
    }

    /// Steps over one multi-byte UTF-8 sequence, refusing overlong forms, surrogates and
    /// anything past U+10FFFF.
    private mutating func skipUTF8() throws(GraphQueryError) {
        let b = bytes[position]
        var count = 0, low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch b {
        case 0xC2...0xDF: count = 1
        case 0xE0: count = 2; low = 0xA0
        case 0xED: count = 2; high = 0x9F
        case 0xE1...0xEF: count = 2
        case 0xF0: count = 3; low = 0x90
        case 0xF1...0xF3: count = 3
        case 0xF4: count = 3; high = 0x8F
        default: throw failure("invalid UTF-8")
        }
        guard position + count < bytes.count else { throw failure("invalid UTF-8") }
        let second = bytes[position + 1]
        guard second >= low, second <= high else { throw failure("invalid UTF-8") }
        var i = 2
        while i <= count {
            guard bytes[position + i] & 0xC0 == 0x80 else { throw failure("invalid UTF-8") }
            i += 1
        }
        position += count + 1
    }

    /// A string value, unescaped.
    mutating func string() throws(GraphQueryError) -> String {
        guard try peek() == 0x22 else { throw failure("expected a string") }
        let (range, escaped) = try stringRange()
        let raw = UnsafeRawBufferPointer(rebasing: bytes[range])
        return escaped ? unescape(raw) : String(decoding: raw, as: UTF8.self)
    }

    /// A string value's bytes appended to `table`, unescaped, with no `String` made unless
    /// it holds escapes.
    mutating func string(into table: inout NameTable) throws(GraphQueryError) {
        guard try peek() == 0x22 else { throw failure("expected a string") }
        let (range, escaped) = try stringRange()
        let raw = UnsafeRawBufferPointer(rebasing: bytes[range])
        if escaped { table.append(unescape(raw)) } else { table.append(raw) }
    }

    /// Unescapes a string that ``stringRange()`` checked.
    func unescape(_ raw: UnsafeRawBufferPointer) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var i = 0
        func hex(_ at: Int) -> UInt32 {
            (at..<(at + 4)).reduce(0) { $0 << 4 | (hexDigit(raw[$1]) ?? 0) }
        }
        while i < raw.count {
            let b = raw[i]
            guard b == 0x5C else { out.append(b); i += 1; continue }
            let e = raw[i + 1]
            i += 2
            switch e {
            case 0x62: out.append(0x08)
            case 0x66: out.append(0x0C)
            case 0x6E: out.append(0x0A)
            case 0x72: out.append(0x0D)
            case 0x74: out.append(0x09)
            case 0x75:
                var v = hex(i)
                i += 4
                if (0xD800...0xDBFF).contains(v) {
                    v = 0x10000 + ((v - 0xD800) << 10) + (hex(i + 2) - 0xDC00)
                    i += 6
                }
                out.append(contentsOf: String(Unicode.Scalar(v).map(Character.init) ?? "\u{FFFD}").utf8)
            default: out.append(e)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
