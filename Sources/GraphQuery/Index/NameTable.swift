#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Strings stored back to back as UTF-8, addressed by index: far smaller and faster to
/// build than an array of `String` for a million node ids and labels.
struct NameTable: Sendable {
    private(set) var bytes: [UInt8] = []
    private(set) var ends: [Int] = []

    init() {}

    var count: Int { ends.count }

    mutating func reserve(count: Int, bytes byteCount: Int) {
        ends.reserveCapacity(count)
        bytes.reserveCapacity(byteCount)
    }

    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
    }

    mutating func append(_ utf8: UnsafeRawBufferPointer) {
        bytes.append(contentsOf: utf8)
        ends.append(bytes.count)
    }

    /// Appends every string of `other`, in order.
    mutating func append(contentsOf other: NameTable) {
        let base = bytes.count
        bytes.append(contentsOf: other.bytes)
        ends.append(contentsOf: other.ends.lazy.map { $0 + base })
    }

    mutating func append(_ string: String) {
        bytes.append(contentsOf: string.utf8)
        ends.append(bytes.count)
    }

    func range(_ i: Int) -> Range<Int> { (i == 0 ? 0 : ends[i - 1])..<ends[i] }

    subscript(i: Int) -> String {
        let r = range(i)
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[r]), as: UTF8.self) }
    }

    /// Calls `body` with string `i`'s bytes, valid only inside the call.
    @inline(__always)
    func withBytes<R>(_ i: Int, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        let r = range(i)
        return bytes.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[r])) }
    }

    func equals(_ i: Int, _ key: UnsafeRawBufferPointer) -> Bool {
        let r = range(i)
        guard r.count == key.count else { return false }
        return bytes.withUnsafeBytes { all in
            r.isEmpty || memcmp(all.baseAddress! + r.lowerBound, key.baseAddress!, r.count) == 0
        }
    }
}
