import Foundation

/// A learned sequence labeller: weights for each (feature, tag) and for each tag transition,
/// decoded with Viterbi under the BIO constraints.
package struct NERModel: Sendable {
    /// What the file says of itself: data, licence, training date (the `#` header lines).
    package let header: [String]
    /// `transitions[from * tags + to]`; `from == tags` is the sentence start.
    let transitions: [Float]
    /// Open-addressing table of `1 + tags` words a slot: the feature hash (0 for empty), then its
    /// weights' bit patterns, so a lookup and its weights touch one stretch of memory, not two
    /// (the lookups miss the cache; they were most of the recognizer's time).
    private let table: [UInt32]
    private let mask: Int
    /// The slot of each row, in the order the model file lists its features.
    private let rowSlots: [Int32]

    static let tags = NERTag.count

    /// `allowed[from * tags + to]`, `from == tags` for the sentence start: the BIO constraints.
    static let allowed: [Bool] = (0...tags).flatMap { from in
        (0..<tags).map { NERTag(raw: $0).mayFollow(from == tags ? nil : NERTag(raw: from)) }
    }

    package init(header: [String], features: [UInt32], weights: [Float], transitions: [Float]) {
        self.header = header
        self.transitions = transitions
        var capacity = 16
        while capacity < features.count * 2 { capacity *= 2 }
        let stride = 1 + Self.tags
        var table = [UInt32](repeating: 0, count: capacity * stride)
        let mask = capacity - 1
        var rowSlots = [Int32](repeating: 0, count: features.count)
        for (row, f) in features.enumerated() {
            var slot = Int(f) & mask
            while table[slot * stride] != 0 { slot = (slot + 1) & mask }
            table[slot * stride] = f
            for k in 0..<Self.tags { table[slot * stride + 1 + k] = weights[row * Self.tags + k].bitPattern }
            rowSlots[row] = Int32(slot)
        }
        self.table = table
        self.mask = mask
        self.rowSlots = rowSlots
    }

    /// The best tag sequence for a sentence's features.
    /// - Complexity: O(n · (f + t²)) for n tokens, f features a token and t tags.
    func tag(_ sentence: NERFeatures) -> [NERTag] {
        let n = sentence.tokenCount
        let t = Self.tags
        var emission = [Float](repeating: 0, count: n * t)
        let stride = 1 + t
        // The first eight tags' weights are summed eight at a time, lane by lane in feature order,
        // so each sum is the one the scalar loop gives.
        let wide = t >= 8 ? 8 : 0
        emission.withUnsafeMutableBufferPointer { e in
            table.withUnsafeBufferPointer { table in
                let words = UnsafeRawPointer(table.baseAddress!)
                for i in 0..<n {
                    var first8 = SIMD8<Float>(repeating: 0)
                    for f in sentence.features(of: i) {
                        var slot = Int(f) & mask
                        while table[slot * stride] != f {
                            if table[slot * stride] == 0 { break }
                            slot = (slot + 1) & mask
                        }
                        let base = slot * stride
                        guard table[base] == f else { continue }
                        if wide == 8 { first8 += words.loadUnaligned(fromByteOffset: (base + 1) * 4, as: SIMD8<Float>.self) }
                        for k in wide..<t { e[i * t + k] += Float(bitPattern: table[base + 1 + k]) }
                    }
                    for k in 0..<wide { e[i * t + k] = first8[k] }
                }
            }
        }
        return Self.viterbi(emission: emission, transitions: transitions, count: n)
    }
}

extension NERModel {
    /// How many features the model keeps weights for.
    package var featureCount: Int { rowSlots.count }

    /// Feature hash of each row, in file order; `weights[row * tags ..< (row + 1) * tags]` are its weights.
    var features: [UInt32] { rowSlots.map { table[Int($0) * (1 + Self.tags)] } }

    var weights: [Float] {
        rowSlots.flatMap { slot in (1...Self.tags).map { Float(bitPattern: table[Int(slot) * (1 + Self.tags) + $0]) } }
    }

    /// The language its header names (`language: ar`), if any.
    package var language: Language? {
        header.first { $0.hasPrefix("language: ") }.flatMap { Language(rawValue: String($0.dropFirst(10))) }
    }
}
