/// «تتهم الحكومة الإمارات بتزويد قوات الدعم السريع …», "Iran accused Israel of supplying …": the
/// accused, not the accuser, does what the verbal noun after ب / of / for says. Disapproval triggers
/// are those whose entry has the CAMEO root 11 (accuse, condemn, criticize).
enum AccusedAgent {
    static let disapproval = "11"

    static func reassign(_ found: inout [RelationCandidate], _ context: SentenceContext, clauses: [Int]) {
        let accusations = found.filter { $0.type == .opposes && $0.cameo == disapproval && $0.trigger != nil }
        guard !accusations.isEmpty else { return }
        for k in found.indices {
            guard let u = found[k].trigger?.lowerBound, found[k].cameo != disapproval, introducedAsCharge(u, context) else { continue }
            if let a = accusations.last(where: { a in
                a.trigger!.lowerBound < u && clauses[a.trigger!.lowerBound] == clauses[u] && a.source == found[k].source
            }), a.target != found[k].target {
                found[k].source = a.target
                found[k].rule = RuleID.accusedAgent
            }
        }
    }

    /// A verbal noun after ب (بتزويد) or after of / for (of supplying).
    static func introducedAsCharge(_ u: Int, _ context: SentenceContext) -> Bool {
        context.readings[u].contains { Words.chargeClitics.contains($0.clitic) }
            || u > 0 && Words.chargePrepositions.contains(context.tokens[u - 1])
    }
}
