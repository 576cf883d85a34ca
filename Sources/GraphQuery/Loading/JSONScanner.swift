/// A forward-only reader of JSON over UTF-8 bytes, for pulling a few fields out of large
/// files without building values for the rest.
///
/// Strict per RFC 8259: what it skips it checks as closely as what it reads (literals,
/// numbers, escapes, UTF-8, no raw control characters in strings), nesting is bounded
/// without recursion, and errors give the line and column.
struct JSONScanner {
    let bytes: UnsafeRawBufferPointer
    var position = 0
    let path: String
    /// Containers open around `position`, counting those the caller opened.
    var depth = 0
    /// Deeper nesting is an error: a graph needs 5 levels, and the record decoder recurses.
    static let maxDepth = 256

    init(_ bytes: UnsafeRawBufferPointer, path: String) {
        self.bytes = bytes
        self.path = path
    }

    /// An error at the current position, as `path: line L, column C: what`; columns count
    /// characters (Unicode scalars) from 1.
    func failure(_ what: String) -> GraphQueryError {
        var line = 1, column = 1
        for i in 0..<min(position, bytes.count) {
            let b = bytes[i]
            if b == 0x0A { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
        }
        return GraphQueryError(.badJSON, "\(path): line \(line), column \(column): \(what)")
    }

    /// JSON's white space: space, line feed, carriage return, tab.
    @inline(__always)
    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 }

    @inline(__always)
    mutating func peek() throws(GraphQueryError) -> UInt8 {
        // Pretty-printed graphs are indented by runs of spaces: skip them eight at a time.
        while position + 8 <= bytes.count, bytes.loadUnaligned(fromByteOffset: position, as: UInt64.self) == 0x2020_2020_2020_2020 {
            position += 8
        }
        while position < bytes.count {
            let b = bytes[position]
            if !Self.isSpace(b) { return b }
            position += 1
        }
        throw failure("unexpected end of file")
    }

    mutating func expect(_ c: UInt8) throws(GraphQueryError) {
        guard try peek() == c else { throw failure("expected '\(Character(Unicode.Scalar(c)))'") }
        position += 1
    }

    /// Whether only white space is left. Not through `peek()`: its error would count lines
    /// over the whole file.
    var atEnd: Bool {
        mutating get {
            while position < bytes.count, Self.isSpace(bytes[position]) { position += 1 }
            return position >= bytes.count
        }
    }

    /// Skips any value, checking it; containers are followed with a stack, not recursion.
    mutating func skipValue() throws(GraphQueryError) {
        var closers: [UInt8] = []
        repeat {
            if try openContainer(&closers) { continue }
            // A whole value is behind us: close what ends here, or step past a comma.
            while let closer = closers.last {
                let c = try peek()
                if c == 0x2C {
                    position += 1
                    if closer == 0x7D { try memberKey() }
                    break
                }
                guard c == closer else { throw failure("expected ',' or '\(Character(Unicode.Scalar(closer)))'") }
                position += 1
                closers.removeLast()
            }
        } while !closers.isEmpty
    }

    /// Reads one value, or opens a non-empty container and returns true with its closer pushed.
    private mutating func openContainer(_ closers: inout [UInt8]) throws(GraphQueryError) -> Bool {
        let b = try peek()
        switch b {
        case 0x7B, 0x5B:
            guard depth + closers.count < Self.maxDepth else {
                throw failure("nested deeper than \(Self.maxDepth) levels")
            }
            position += 1
            let closer: UInt8 = b == 0x7B ? 0x7D : 0x5D
            if try peek() == closer { position += 1; return false }
            closers.append(closer)
            if b == 0x7B { try memberKey() }
            return true
        case 0x22: _ = try stringRange()
        case 0x74: try literal("true")
        case 0x66: try literal("false")
        case 0x6E: try literal("null")
        default: try number()
        }
        return false
    }

    private mutating func memberKey() throws(GraphQueryError) {
        guard try peek() == 0x22 else { throw failure("expected a member name in quotes") }
        _ = try stringRange()
        try expect(0x3A)
    }

    private mutating func literal(_ word: StaticString) throws(GraphQueryError) {
        let n = word.utf8CodeUnitCount
        guard position + n <= bytes.count,
              (0..<n).allSatisfy({ bytes[position + $0] == word.utf8Start[$0] }) else {
            throw failure("expected a value")
        }
        position += n
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
    private mutating func number() throws(GraphQueryError) {
        func digits(_ s: inout JSONScanner) -> Int {
            let start = s.position
            while s.position < s.bytes.count, (0x30...0x39).contains(s.bytes[s.position]) { s.position += 1 }
            return s.position - start
        }
        func take(_ s: inout JSONScanner, _ set: [UInt8]) -> Bool {
            guard s.position < s.bytes.count, set.contains(s.bytes[s.position]) else { return false }
            s.position += 1
            return true
        }
        let start = position
        _ = take(&self, [0x2D])
        let leadingZero = position < bytes.count && bytes[position] == 0x30
        let whole = digits(&self)
        guard whole > 0, !(leadingZero && whole > 1) else { position = start; throw failure("expected a value") }
        if take(&self, [0x2E]), digits(&self) == 0 { throw failure("expected digits after '.'") }
        if take(&self, [0x65, 0x45]) {
            _ = take(&self, [0x2B, 0x2D])
            if digits(&self) == 0 { throw failure("expected digits in the exponent") }
        }
    }

    /// Calls `body` at each member's value, with the member's key bytes.
    mutating func object(
        _ body: (inout JSONScanner, UnsafeRawBufferPointer) throws(GraphQueryError) -> Void
    ) throws(GraphQueryError) {
        try expect(0x7B)
        depth += 1
        defer { depth -= 1 }
        if try peek() == 0x7D { position += 1; return }
        while true {
            guard try peek() == 0x22 else { throw failure("expected a member name in quotes") }
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
        depth += 1
        defer { depth -= 1 }
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
        try literal("null")
        return true
    }
}
