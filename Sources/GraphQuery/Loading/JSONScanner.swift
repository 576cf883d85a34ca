/// A forward-only reader of JSON over UTF-8 bytes, for pulling a few fields out of large
/// files without building values for the rest.
struct JSONScanner {
    let bytes: UnsafeRawBufferPointer
    var position = 0
    let path: String

    init(_ bytes: UnsafeRawBufferPointer, path: String) {
        self.bytes = bytes
        self.path = path
    }

    func failure(_ what: String) -> GraphQueryError {
        GraphQueryError(.badJSON, "\(path): \(what) at byte \(position)")
    }

    @inline(__always)
    mutating func peek() throws(GraphQueryError) -> UInt8 {
        while position < bytes.count {
            let b = bytes[position]
            if b != 0x20, b != 0x0A, b != 0x0D, b != 0x09 { return b }
            position += 1
        }
        throw failure("unexpected end of file")
    }

    mutating func expect(_ c: UInt8) throws(GraphQueryError) {
        guard try peek() == c else { throw failure("expected '\(Character(Unicode.Scalar(c)))'") }
        position += 1
    }

    var atEnd: Bool {
        mutating get { (try? peek()) == nil }
    }

    /// A string's raw bytes (between the quotes) and whether it holds escapes.
    mutating func stringRange() throws(GraphQueryError) -> (range: Range<Int>, escaped: Bool) {
        try expect(0x22)
        let start = position
        var escaped = false
        while position < bytes.count {
            let b = bytes[position]
            if b == 0x22 {
                position += 1
                return (start..<(position - 1), escaped)
            }
            if b == 0x5C { escaped = true; position += 2 } else { position += 1 }
        }
        throw failure("unterminated string")
    }

    /// A string value, unescaped.
    mutating func string() throws(GraphQueryError) -> String {
        let (range, escaped) = try stringRange()
        let raw = UnsafeRawBufferPointer(rebasing: bytes[range])
        return escaped ? try unescape(raw) : String(decoding: raw, as: UTF8.self)
    }

    func unescape(_ raw: UnsafeRawBufferPointer) throws(GraphQueryError) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var i = 0
        var pendingHigh: UInt32? = nil
        func hex(_ at: Int) throws(GraphQueryError) -> UInt32 {
            guard at + 4 <= raw.count, let v = UInt32(String(decoding: raw[at..<(at + 4)], as: UTF8.self), radix: 16) else {
                throw failure("bad \\u escape")
            }
            return v
        }
        while i < raw.count {
            let b = raw[i]
            guard b == 0x5C, i + 1 < raw.count else { out.append(b); i += 1; continue }
            let e = raw[i + 1]
            i += 2
            switch e {
            case 0x22, 0x5C, 0x2F: out.append(e)
            case 0x62: out.append(0x08)
            case 0x66: out.append(0x0C)
            case 0x6E: out.append(0x0A)
            case 0x72: out.append(0x0D)
            case 0x74: out.append(0x09)
            case 0x75:
                var v = try hex(i)
                i += 4
                if (0xD800...0xDBFF).contains(v) { pendingHigh = v; continue }
                if (0xDC00...0xDFFF).contains(v), let high = pendingHigh {
                    v = 0x10000 + ((high - 0xD800) << 10) + (v - 0xDC00)
                }
                pendingHigh = nil
                out.append(contentsOf: String(Unicode.Scalar(v).map(Character.init) ?? "\u{FFFD}").utf8)
            default: throw failure("bad escape")
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Skips any value.
    mutating func skipValue() throws(GraphQueryError) {
        switch try peek() {
        case 0x22: _ = try stringRange()
        case 0x7B: try object { (s: inout JSONScanner, _) throws(GraphQueryError) in try s.skipValue() }
        case 0x5B: try array { (s: inout JSONScanner) throws(GraphQueryError) in try s.skipValue() }
        default:
            let start = position
            while position < bytes.count {
                let b = bytes[position]
                if b == 0x2C || b == 0x7D || b == 0x5D || b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { break }
                position += 1
            }
            if position == start { throw failure("expected a value") }
        }
    }

    /// Calls `body` at each member's value, with the member's key bytes.
    mutating func object(
        _ body: (inout JSONScanner, UnsafeRawBufferPointer) throws(GraphQueryError) -> Void
    ) throws(GraphQueryError) {
        try expect(0x7B)
        if try peek() == 0x7D { position += 1; return }
        while true {
            let key = try stringRange().range
            try expect(0x3A)
            try body(&self, UnsafeRawBufferPointer(rebasing: bytes[key]))
            switch try peek() {
            case 0x2C: position += 1
            case 0x7D: position += 1; return
            default: throw failure("expected ',' or '}'")
            }
        }
    }

    /// Calls `body` at each element.
    mutating func array(_ body: (inout JSONScanner) throws(GraphQueryError) -> Void) throws(GraphQueryError) {
        try expect(0x5B)
        if try peek() == 0x5D { position += 1; return }
        while true {
            try body(&self)
            switch try peek() {
            case 0x2C: position += 1
            case 0x5D: position += 1; return
            default: throw failure("expected ',' or ']'")
            }
        }
    }

    /// `null` is read as absent.
    mutating func isNull() throws(GraphQueryError) -> Bool {
        guard try peek() == 0x6E else { return false }
        try skipValue()
        return true
    }
}
