#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Open-addressing hash table from node id bytes to node number, so ids are
/// interned without allocating a `String` per edge endpoint.
struct IDTable: Sendable {
    /// Per slot: the key's hash in the high 32 bits (so most probes that miss never touch
    /// the names), its node number in the low 32; `empty` when free.
    private var slots: [UInt64]
    private var mask: Int
    private static let empty = UInt64.max

    init(capacityFor count: Int) {
        var capacity = 16
        while capacity < count * 2 { capacity <<= 1 }
        slots = Array(repeating: Self.empty, count: capacity)
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
        let h = Self.hash(key)
        let tag = UInt64(truncatingIfNeeded: h) & 0xFFFF_FFFF_0000_0000
        var i = h & mask
        while slots[i] != Self.empty {
            if let found = Self.match(slots[i], tag, key, names) { return found }
            i = (i + 1) & mask
        }
        slots[i] = tag | UInt64(UInt32(bitPattern: node))
        return nil
    }

    /// - Complexity: O(length of key) on average.
    func find(_ key: UnsafeRawBufferPointer, names: NameTable) -> Int32? {
        let h = Self.hash(key)
        let tag = UInt64(truncatingIfNeeded: h) & 0xFFFF_FFFF_0000_0000
        var i = h & mask
        while slots[i] != Self.empty {
            if let found = Self.match(slots[i], tag, key, names) { return found }
            i = (i + 1) & mask
        }
        return nil
    }

    @inline(__always)
    private static func match(_ slot: UInt64, _ tag: UInt64, _ key: UnsafeRawBufferPointer, _ names: NameTable) -> Int32? {
        guard slot & 0xFFFF_FFFF_0000_0000 == tag else { return nil }
        let node = Int32(bitPattern: UInt32(truncatingIfNeeded: slot))
        return names.equals(Int(node), key) ? node : nil
    }
}
