#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A whole file mapped read-only into memory, so parsing reads the page cache directly.
/// Immutable once mapped, so it can be shared across threads.
final class MappedFile: @unchecked Sendable {
    let bytes: UnsafeRawBufferPointer
    private let length: Int
    /// Whether `bytes` is memory this object allocated (standard input) rather than a mapping.
    private let owned: Bool

    /// Standard input read to its end into memory, for `-`: pipes cannot be mapped.
    convenience init(standardInput: Void) throws(GraphQueryError) {
        var data: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
            if n < 0, errno == EINTR { continue }
            guard n >= 0 else { throw GraphQueryError(.io, "cannot read standard input: \(String(cString: strerror(errno)))") }
            if n == 0 { break }
            data.append(contentsOf: chunk[0..<n])
        }
        self.init(copying: data)
    }

    /// Bytes already in memory (a fuzzer's input), copied.
    init(copying data: [UInt8]) {
        length = data.count
        owned = true
        let memory = UnsafeMutableRawBufferPointer.allocate(byteCount: max(1, length), alignment: 16)
        data.withUnsafeBytes { memory.copyMemory(from: $0) }
        bytes = UnsafeRawBufferPointer(start: memory.baseAddress, count: length)
    }

    init(path: String) throws(GraphQueryError) {
        owned = false
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            throw GraphQueryError(.io, "cannot read \(path): \(String(cString: strerror(errno)))")
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            throw GraphQueryError(.io, "cannot read \(path): \(String(cString: strerror(errno)))")
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw GraphQueryError(.io, "cannot read \(path): not a regular file")
        }
        length = Int(info.st_size)
        if length == 0 {
            bytes = UnsafeRawBufferPointer(start: nil, count: 0)
            return
        }
        guard let base = mmap(nil, length, PROT_READ, MAP_PRIVATE, fd, 0), base != MAP_FAILED else {
            throw GraphQueryError(.io, "cannot map \(path): \(String(cString: strerror(errno)))")
        }
        _ = madvise(base, length, MADV_SEQUENTIAL)
        bytes = UnsafeRawBufferPointer(start: base, count: length)
    }

    /// Mutated only while the loader reads the file, before the file is shared.
    private var released = 0

    /// As ``releasePages()`` for the part before `offset`, in steps of 64 MB, so reading a
    /// large file front to back never holds all of it.
    func release(before offset: Int) {
        let step = 64 << 20
        guard offset - released >= step else { return }
        let end = offset / step * step
        release(released..<end)
        released = end
    }

    /// As ``releasePages()`` for the whole pages inside `range`; safe from any thread, since
    /// a page dropped while another thread still reads it is read again from the page cache.
    func release(_ range: Range<Int>) {
        if owned { return }
        let page = Int(getpagesize())
        let start = (range.lowerBound + page - 1) / page * page, end = range.upperBound / page * page
        if end > start { _ = madvise(UnsafeMutableRawPointer(mutating: bytes.baseAddress! + start), end - start, MADV_DONTNEED) }
    }

    /// Lets the kernel drop the pages read so far; they are read again from the page cache
    /// if touched. Keeps a loaded graph's resident memory to what it uses.
    func releasePages() {
        if length > 0, !owned { _ = madvise(UnsafeMutableRawPointer(mutating: bytes.baseAddress!), length, MADV_DONTNEED) }
    }

    deinit {
        if owned { UnsafeMutableRawPointer(mutating: bytes.baseAddress!).deallocate(); return }
        if length > 0 { munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress!), length) }
    }
}

/// Walks a buffer line by line and field by field without copying.
struct TSVLines {
    let bytes: UnsafeRawBufferPointer
    var position = 0
    /// 1-based number of the line last returned.
    var lineNumber = 0

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    /// The next line without its line break (and without a trailing CR), or nil at the end.
    mutating func next() -> UnsafeRawBufferPointer? {
        let count = bytes.count
        guard position < count, let base = bytes.baseAddress else { return nil }
        let start = base + position
        let remaining = count - position
        var length: Int
        if let nl = memchr(start, 0x0A, remaining) {
            length = UnsafeRawPointer(nl) - start
            position += length + 1
        } else {
            length = remaining
            position = count
        }
        lineNumber += 1
        if length > 0, start.load(fromByteOffset: length - 1, as: UInt8.self) == 0x0D { length -= 1 }
        return UnsafeRawBufferPointer(start: start, count: length)
    }

    /// Splits a line into up to `max` tab-separated fields (the last keeps any further tabs).
    static func fields(_ line: UnsafeRawBufferPointer, max: Int, into out: inout [UnsafeRawBufferPointer]) {
        out.removeAll(keepingCapacity: true)
        guard let base = line.baseAddress else { out.append(line); return }
        var start = 0
        while out.count < max - 1, let tab = memchr(base + start, 0x09, line.count - start) {
            let end = UnsafeRawPointer(tab) - base
            out.append(UnsafeRawBufferPointer(start: base + start, count: end - start))
            start = end + 1
        }
        out.append(UnsafeRawBufferPointer(start: base + start, count: line.count - start))
    }
}

extension UnsafeRawBufferPointer {
    var asString: String { String(decoding: self, as: UTF8.self) }

    func equals(_ s: StaticString) -> Bool {
        count == s.utf8CodeUnitCount && (count == 0 || memcmp(baseAddress!, s.utf8Start, count) == 0)
    }

    /// The value of an unsigned decimal with no sign, spaces or leading zeros; nil otherwise.
    var plainDecimal: Int? {
        guard count > 0, count <= 18 else { return nil }
        if count > 1, self[0] == 0x30 { return nil }
        var value = 0
        for b in self {
            guard b >= 0x30, b <= 0x39 else { return nil }
            value = value * 10 + Int(b - 0x30)
        }
        return value
    }
}
