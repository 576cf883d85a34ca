import KnowledgeGraph

/// Trains an ``NERModel`` as a structured averaged perceptron (Collins 2002): decode each
/// sentence with the current weights, move weight from the predicted to the gold tags, and
/// keep the average of the weights over all steps. Deterministic: sentences are shuffled with
/// a seeded generator, and the same data, seed and epochs give the same model.
package struct NERTrainer {
    package struct Example {
        let features: NERFeatures
        package let gold: [NERTag]
    }

    package var epochs = 10
    package var seed: UInt64 = 1
    /// Features seen fewer times than this are left out of the model.
    package var minimumCount = 2
    /// Features whose averaged weights all lie within ±this are left out too: they barely move a
    /// decision, and a smaller table is faster to read.
    package var pruneBelow: Float = 0

    package init() {}

    package func train(_ examples: [Example], header: [String]) -> NERModel {
        let t = NERModel.tags
        let index = featureIndex(examples)
        let rows = index.rows.count
        var state = Weights(rows: rows, tags: t)
        var order = Array(examples.indices)
        var random = SplitMix64(seed: seed)
        for _ in 0..<epochs {
            for k in stride(from: order.count - 1, to: 0, by: -1) {
                order.swapAt(k, Int(random.next() % UInt64(k + 1)))
            }
            for e in order {
                let rowsOf = index.sentences[e]
                let predicted = state.decode(rowsOf)
                state.update(rowsOf, gold: examples[e].gold, predicted: predicted)
                state.step += 1
            }
        }
        let (weights, transitions) = state.averaged()
        var keptFeatures: [UInt32] = []
        var keptWeights: [Float] = []
        for (row, feature) in index.rows.enumerated() {
            let w = weights[(row * t)..<((row + 1) * t)]
            guard w.contains(where: { abs($0) > pruneBelow }) else { continue }
            keptFeatures.append(feature)
            keptWeights += w
        }
        return NERModel(header: header, features: keptFeatures, weights: keptWeights, transitions: transitions)
    }

    /// Dense rows for the features kept, in order of first sight, and each sentence's rows by token.
    private func featureIndex(_ examples: [Example]) -> (rows: [UInt32], sentences: [[[Int]]]) {
        var counts: [UInt32: Int] = [:]
        for e in examples { for f in e.features.ids { counts[f, default: 0] += 1 } }
        var row: [UInt32: Int] = [:]
        var rows: [UInt32] = []
        var sentences: [[[Int]]] = []
        for e in examples {
            var tokens: [[Int]] = []
            for i in 0..<e.features.tokenCount {
                var out: [Int] = []
                for f in e.features.features(of: i) where counts[f]! >= minimumCount {
                    if let r = row[f] { out.append(r); continue }
                    row[f] = rows.count
                    out.append(rows.count)
                    rows.append(f)
                }
                tokens.append(out)
            }
            sentences.append(tokens)
        }
        return (rows, sentences)
    }
}

/// The perceptron's weights with the sums needed for averaging (w − u / c, after Daumé).
private struct Weights {
    let tags: Int
    // Weights are small whole numbers, exact as Float; the sums grow large and need Double.
    var w: [Float]
    var u: [Double]
    var tw: [Float]
    var tu: [Double]
    var step: Double = 1

    init(rows: Int, tags: Int) {
        self.tags = tags
        w = Array(repeating: 0, count: rows * tags)
        u = Array(repeating: 0, count: rows * tags)
        tw = Array(repeating: 0, count: (tags + 1) * tags)
        tu = Array(repeating: 0, count: (tags + 1) * tags)
    }

    func decode(_ sentence: [[Int]]) -> [NERTag] {
        let t = tags
        var emission = [Float](repeating: 0, count: sentence.count * t)
        for (i, rows) in sentence.enumerated() {
            for r in rows { for k in 0..<t { emission[i * t + k] += w[r * t + k] } }
        }
        return NERModel.viterbi(emission: emission, transitions: tw, count: sentence.count)
    }

    mutating func update(_ sentence: [[Int]], gold: [NERTag], predicted: [NERTag]) {
        let t = tags
        for i in sentence.indices {
            let g = gold[i].raw, p = predicted[i].raw
            if g != p {
                for r in sentence[i] {
                    w[r * t + g] += 1; u[r * t + g] += step
                    w[r * t + p] -= 1; u[r * t + p] -= step
                }
            }
            let gFrom = i == 0 ? t : gold[i - 1].raw
            let pFrom = i == 0 ? t : predicted[i - 1].raw
            if g != p || gFrom != pFrom {
                tw[gFrom * t + g] += 1; tu[gFrom * t + g] += step
                tw[pFrom * t + p] -= 1; tu[pFrom * t + p] -= step
            }
        }
    }

    func averaged() -> ([Float], [Float]) {
        (zip(w, u).map { Float(Double($0) - $1 / step) }, zip(tw, tu).map { Float(Double($0) - $1 / step) })
    }
}
