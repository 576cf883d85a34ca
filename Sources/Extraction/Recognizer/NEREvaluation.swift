import Foundation

/// Span-level scores of a recognizer against gold, per type: exact (same tokens and type) and
/// partial (overlapping tokens, same type), as CoNLL's and SemEval's scorers count them.
package struct NEREvaluation: Sendable {
    package struct Counts: Sendable {
        package var gold = 0, predicted = 0, exact = 0, partialGold = 0, partialPredicted = 0

        package var precision: Double { predicted == 0 ? 0 : Double(exact) / Double(predicted) }
        package var recall: Double { gold == 0 ? 0 : Double(exact) / Double(gold) }
        package var f1: Double { Self.f1(precision, recall) }
        package var partialPrecision: Double { predicted == 0 ? 0 : Double(partialPredicted) / Double(predicted) }
        package var partialRecall: Double { gold == 0 ? 0 : Double(partialGold) / Double(gold) }
        package var partialF1: Double { Self.f1(partialPrecision, partialRecall) }

        static func f1(_ p: Double, _ r: Double) -> Double { p + r == 0 ? 0 : 2 * p * r / (p + r) }

        mutating func add(_ o: Counts) {
            gold += o.gold; predicted += o.predicted; exact += o.exact
            partialGold += o.partialGold; partialPredicted += o.partialPredicted
        }
    }

    package private(set) var byType: [NERType: Counts] = [:]

    package init() {}

    /// All types together, or the types given.
    package func total(_ types: [NERType] = NERType.allCases) -> Counts {
        var out = Counts()
        for t in types { if let c = byType[t] { out.add(c) } }
        return out
    }

    /// Adds one sentence's gold and predicted spans (over the same tokens).
    package mutating func add(gold: [NERSpan], predicted: [NERSpan]) {
        for type in NERType.allCases {
            let g = gold.filter { $0.type == type }
            let p = predicted.filter { $0.type == type }
            var c = byType[type] ?? Counts()
            c.gold += g.count
            c.predicted += p.count
            let exact = Set(g).intersection(p)
            c.exact += exact.count
            c.partialGold += g.filter { x in p.contains { $0.tokens.overlaps(x.tokens) } }.count
            c.partialPredicted += p.filter { x in g.contains { $0.tokens.overlaps(x.tokens) } }.count
            byType[type] = c
        }
    }

    /// One line a type and a total line, P/R/F1 exact and partial, with counts.
    package func report(types: [NERType] = NERType.allCases) -> [String] {
        func line(_ label: String, _ c: Counts) -> String {
            if c.gold == 0, c.predicted == 0 { return "\(label.padding(toLength: 5, withPad: " ", startingAt: 0)) -  (no gold and no predicted name)" }
            func f(_ x: Double) -> String {
                let v = (x * 1000).rounded() / 10
                return String(format: "%5.1f", v)
            }
            return "\(label.padding(toLength: 5, withPad: " ", startingAt: 0)) exact P=\(f(c.precision)) R=\(f(c.recall)) F1=\(f(c.f1))"
                + "  partial P=\(f(c.partialPrecision)) R=\(f(c.partialRecall)) F1=\(f(c.partialF1))"
                + "  gold=\(c.gold) predicted=\(c.predicted)"
        }
        var out = types.map { line($0.label, byType[$0] ?? Counts()) }
        out.append(line("ALL", total(types)))
        return out
    }
}
