extension NERModel {
    /// Viterbi over emission scores (n × tags) and transitions, allowing only valid BIO sequences.
    ///
    /// It runs on every sentence, so a row's tags are scored together in one vector: for each
    /// predecessor in tag order, a tag takes it when it scores strictly better, so of equal best
    /// scores the first is kept, as a scalar scan keeps it. A step BIO forbids costs -∞ and never
    /// wins. The sums are the scalar ones.
    /// - Complexity: O(n · t) vector steps for n tokens and t ≤ 16 tags.
    static func viterbi(emission: [Float], transitions: [Float], count n: Int) -> [NERTag] {
        guard n > 0 else { return [] }
        let t = tags
        precondition(t <= 16 && emission.count >= n * t && transitions.count >= (t + 1) * t)
        let blocked = Vector(repeating: -.infinity)
        // from[p]: lane k is the cost of the step from tag p to tag k; from[t] is the sentence start.
        var from = [Vector](repeating: blocked, count: t + 1)
        for p in 0...t {
            for k in 0..<t where allowed[p * t + k] { from[p][k] = transitions[p * t + k] }
        }
        var previous = from[t] + row(emission, 0, t)
        var back = [SIMD16<UInt8>](repeating: .zero, count: n)
        for i in 1..<n {
            var best = blocked
            var arg = SIMD16<Int32>.zero
            for p in 0..<t {
                let steps = Vector(repeating: previous[p]) + from[p]
                let better = steps .> best
                best.replace(with: steps, where: better)
                arg.replace(with: Int32(p), where: better)
            }
            previous = best + row(emission, i, t)
            back[i] = SIMD16<UInt8>(truncatingIfNeeded: arg)
        }
        var last = 0
        for k in 1..<t where previous[k] > previous[last] { last = k }
        var out = [NERTag](repeating: .outside, count: n)
        for i in stride(from: n - 1, through: 0, by: -1) {
            out[i] = NERTag(raw: last)
            last = Int(back[i][last])
        }
        return out
    }

    typealias Vector = SIMD16<Float>

    /// Token `i`'s emission scores in the first `t` lanes, 0 in the rest.
    @inline(__always)
    private static func row(_ emission: [Float], _ i: Int, _ t: Int) -> Vector {
        var v = Vector.zero
        for k in 0..<t { v[k] = emission[i * t + k] }
        return v
    }
}
