import Foundation

/// Values written as bytes and read back as they were, for the prebuilt gazetteer table
/// (`Resources/gazetteer.table`): loading it is a few copies where parsing the TSV files and
/// inflecting every lemma took a fifth of a second at each start.
protocol TableCodable {
    func write(to table: inout TableWriter)
    init(from table: inout TableReader) throws(ExtractionError)
}

/// Little-endian integers, length-prefixed strings and arrays, and arrays of plain integers
/// as one block of bytes.
struct TableWriter {
    private(set) var bytes: [UInt8] = []

    mutating func int(_ value: Int) { withUnsafeBytes(of: Int64(value).littleEndian) { bytes.append(contentsOf: $0) } }

    mutating func string(_ value: String) {
        int(value.utf8.count)
        bytes.append(contentsOf: value.utf8)
    }

    /// An array of plain integers, its elements' bytes as they are in memory.
    mutating func block<T: FixedWidthInteger>(_ values: [T]) {
        int(values.count)
        for v in values { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
    }

    mutating func write<T: TableCodable>(_ value: T) { value.write(to: &self) }
}

/// Reads what ``TableWriter`` wrote; a table cut short or out of shape throws, never traps.
struct TableReader {
    private let bytes: [UInt8]
    private var at = 0
    var isAtEnd: Bool { at == bytes.count }

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func int() throws(ExtractionError) -> Int {
        try need(8)
        var v: Int64 = 0
        withUnsafeMutableBytes(of: &v) { out in bytes.withUnsafeBytes { out.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[at..<(at + 8)])) } }
        at += 8
        return Int(Int64(littleEndian: v))
    }

    /// A count or length: at least 0 and no more than the bytes left could hold.
    mutating func count(each size: Int = 1) throws(ExtractionError) -> Int {
        let n = try int()
        guard n >= 0, n <= (bytes.count - at) / max(size, 1) else { throw Self.broken }
        return n
    }

    mutating func string() throws(ExtractionError) -> String {
        let n = try count()
        defer { at += n }
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[at..<(at + n)]), as: UTF8.self) }
    }

    mutating func block<T: FixedWidthInteger>(_ type: T.Type = T.self) throws(ExtractionError) -> [T] {
        let size = MemoryLayout<T>.size
        let n = try count(each: size)
        var out = [T](repeating: 0, count: n)
        out.withUnsafeMutableBytes { dst in bytes.withUnsafeBytes { dst.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[at..<(at + n * size)])) } }
        at += n * size
        if 1.littleEndian != 1 { out = out.map { T(littleEndian: $0) } }
        return out
    }

    mutating func read<T: TableCodable>(_ type: T.Type = T.self) throws(ExtractionError) -> T { try T(from: &self) }

    /// A raw value of an enumeration, which must be one of its cases.
    mutating func raw<T: RawRepresentable>(_ type: T.Type = T.self) throws(ExtractionError) -> T where T.RawValue == String {
        guard let value = T(rawValue: try string()) else { throw Self.broken }
        return value
    }

    private func need(_ n: Int) throws(ExtractionError) {
        guard bytes.count - at >= n else { throw Self.broken }
    }

    static let broken = ExtractionError(.invalidTable, "the prebuilt gazetteer table is cut short or out of shape")
}

extension Int: TableCodable {
    func write(to table: inout TableWriter) { table.int(self) }
    init(from table: inout TableReader) throws(ExtractionError) { self = try table.int() }
}

extension Int32: TableCodable {
    func write(to table: inout TableWriter) { table.int(Int(self)) }
    init(from table: inout TableReader) throws(ExtractionError) {
        guard let v = Int32(exactly: try table.int()) else { throw TableReader.broken }
        self = v
    }
}

extension UInt8: TableCodable {
    func write(to table: inout TableWriter) { table.int(Int(self)) }
    init(from table: inout TableReader) throws(ExtractionError) {
        guard let v = UInt8(exactly: try table.int()) else { throw TableReader.broken }
        self = v
    }
}

extension Bool: TableCodable {
    func write(to table: inout TableWriter) { table.int(self ? 1 : 0) }
    init(from table: inout TableReader) throws(ExtractionError) { self = try table.int() != 0 }
}

extension String: TableCodable {
    func write(to table: inout TableWriter) { table.string(self) }
    init(from table: inout TableReader) throws(ExtractionError) { self = try table.string() }
}

extension Optional: TableCodable where Wrapped: TableCodable {
    func write(to table: inout TableWriter) {
        table.int(self == nil ? 0 : 1)
        if let self { self.write(to: &table) }
    }

    init(from table: inout TableReader) throws(ExtractionError) {
        self = try table.int() == 0 ? nil : try Wrapped(from: &table)
    }
}

extension Array: TableCodable where Element: TableCodable {
    func write(to table: inout TableWriter) {
        table.int(count)
        for e in self { e.write(to: &table) }
    }

    init(from table: inout TableReader) throws(ExtractionError) {
        let n = try table.count(each: 8)
        self = []
        reserveCapacity(n)
        for _ in 0..<n { append(try Element(from: &table)) }
    }
}

extension Dictionary: TableCodable where Key: TableCodable & Comparable, Value: TableCodable {
    /// Keys in order, so the same dictionary always gives the same bytes.
    func write(to table: inout TableWriter) {
        table.int(count)
        for key in keys.sorted() {
            key.write(to: &table)
            self[key]!.write(to: &table)
        }
    }

    init(from table: inout TableReader) throws(ExtractionError) {
        let n = try table.count(each: 16)
        self = Dictionary(minimumCapacity: n)
        for _ in 0..<n { self[try Key(from: &table)] = try Value(from: &table) }
    }
}
