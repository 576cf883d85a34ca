#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Open-addressing hash table from node id bytes to node number, so ids are
/// interned without allocating a `String` per edge endpoint.
struct IDTable: Sendable {
    private var slots: [Int32]
    private var mask: Int

    init(capacityFor count: Int) {
        var capacity = 16
        while capacity < count * 2 { capacity <<= 1 }
        slots = Array(repeating: -1, count: capacity)
        mask = capacity - 1
    }

    @inline(__always)
    static func hash(_ key: UnsafeRawBufferPointer) -> Int {
        // FNV-1a, then a final mix so low bits spread well.
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in key { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        h ^= h >> 29
        h = h &* 0xbf58_476d_1ce4_e5b9
        h ^= h >> 32
        return Int(truncatingIfNeeded: h)
    }

    /// Inserts `node` under its id unless the id is present; returns the node already there.
    mutating func insert(_ key: UnsafeRawBufferPointer, node: Int32, names: NameTable) -> Int32? {
        var i = Self.hash(key) & mask
        while slots[i] >= 0 {
            if names.equals(Int(slots[i]), key) { return slots[i] }
            i = (i + 1) & mask
        }
        slots[i] = node
        return nil
    }

    /// - Complexity: O(length of key) on average.
    func find(_ key: UnsafeRawBufferPointer, names: NameTable) -> Int32? {
        var i = Self.hash(key) & mask
        while slots[i] >= 0 {
            if names.equals(Int(slots[i]), key) { return slots[i] }
            i = (i + 1) & mask
        }
        return nil
    }
}
