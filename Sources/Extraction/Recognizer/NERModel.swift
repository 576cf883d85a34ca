import Foundation

/// A learned sequence labeller: weights for each (feature, tag) and for each tag transition,
/// decoded with Viterbi under the BIO constraints.
package struct NERModel: Sendable {
    /// What the file says of itself: data, licence, training date (the `#` header lines).
    package let header: [String]
    /// Feature hash of each row; `weights[row * tags ..< (row + 1) * tags]` are its weights.
    let features: [UInt32]
    let weights: [Float]
    /// `transitions[from * tags + to]`; `from == tags` is the sentence start.
    let transitions: [Float]
    /// Open-addressing index: each slot packs a feature hash (high half) and its row + 1 (low
    /// half), 0 for empty, so a lookup touches one word.
    private let slots: [UInt64]
    private let mask: Int

    static let tags = NERTag.count

    /// `allowed[from * tags + to]`, `from == tags` for the sentence start: the BIO constraints.
    static let allowed: [Bool] = (0...tags).flatMap { from in
        (0..<tags).map { NERTag(raw: $0).mayFollow(from == tags ? nil : NERTag(raw: from)) }
    }

    package init(header: [String], features: [UInt32], weights: [Float], transitions: [Float]) {
        self.header = header
        self.features = features
        self.weights = weights
        self.transitions = transitions
        var capacity = 16
        while capacity < features.count * 2 { capacity *= 2 }
        var slots = [UInt64](repeating: 0, count: capacity)
        let mask = capacity - 1
        for (row, f) in features.enumerated() {
            var slot = Int(f) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = UInt64(f) << 32 | UInt64(row + 1)
        }
        self.slots = slots
        self.mask = mask
    }

    /// The row of a feature hash, or nil when the model never kept it.
    @inline(__always) private func row(_ feature: UInt32, in slots: UnsafeBufferPointer<UInt64>) -> Int? {
        var slot = Int(feature) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return nil }
            if UInt32(truncatingIfNeeded: entry >> 32) == feature { return Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1 }
            slot = (slot + 1) & mask
        }
    }

    /// The best tag sequence for a sentence's features.
    /// - Complexity: O(n · (f + t²)) for n tokens, f features a token and t tags.
    func tag(_ sentence: NERFeatures) -> [NERTag] {
        let n = sentence.tokenCount
        let t = Self.tags
        var emission = [Float](repeating: 0, count: n * t)
        emission.withUnsafeMutableBufferPointer { e in
            weights.withUnsafeBufferPointer { w in
                slots.withUnsafeBufferPointer { slots in
                    for i in 0..<n {
                        for f in sentence.features(of: i) {
                            guard let r = row(f, in: slots) else { continue }
                            for k in 0..<t { e[i * t + k] += w[r * t + k] }
                        }
                    }
                }
            }
        }
        return Self.viterbi(emission: emission, transitions: transitions, count: n)
    }

    /// Viterbi over emission scores (n × tags) and transitions, allowing only valid BIO sequences.
    static func viterbi(emission: [Float], transitions: [Float], count n: Int) -> [NERTag] {
        guard n > 0 else { return [] }
        let t = tags
        var score = [Float](repeating: -.infinity, count: n * t)
        var back = [Int](repeating: 0, count: n * t)
        let allowed = Self.allowed
        for k in 0..<t where allowed[t * t + k] {
            score[k] = emission[k] + transitions[t * t + k]
        }
        for i in 1..<max(n, 1) {
            for k in 0..<t {
                var best = -Float.infinity
                var arg = 0
                for p in 0..<t where allowed[p * t + k] && score[(i - 1) * t + p] > -.infinity {
                    let s = score[(i - 1) * t + p] + transitions[p * t + k]
                    if s > best { best = s; arg = p }
                }
                if best > -.infinity {
                    score[i * t + k] = best + emission[i * t + k]
                    back[i * t + k] = arg
                }
            }
        }
        var last = 0
        for k in 1..<t where score[(n - 1) * t + k] > score[(n - 1) * t + last] { last = k }
        var out = [NERTag](repeating: .outside, count: n)
        for i in stride(from: n - 1, through: 0, by: -1) {
            out[i] = NERTag(raw: last)
            last = back[i * t + last]
        }
        return out
    }
}

extension NERModel {
    /// How many features the model keeps weights for.
    package var featureCount: Int { features.count }

    /// The language its header names (`language: ar`), if any.
    package var language: Language? {
        header.first { $0.hasPrefix("language: ") }.flatMap { Language(rawValue: String($0.dropFirst(10))) }
    }
}
