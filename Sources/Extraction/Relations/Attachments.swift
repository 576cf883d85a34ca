import KnowledgeGraph

/// Dates and sums for the relations of one trigger. Each belongs to its clause: a date goes to
/// the trigger in its own clause, or, from a clause with no trigger of its own (On 5 May, …), to
/// the nearest trigger; a sum of money to the funding or agreement said in its clause.
struct Attachments {
    let clauses: [Int]
    let dates: [DateParser.Found]
    let amounts: [AmountParser.Found]
    /// Clauses that hold a trigger word.
    let triggerClauses: Set<Int>
    /// The year of the document's dateline, for a date written without one.
    let year: String?

    init(tokens: [Token], clauses: [Int], triggers: [Int], year: String?) {
        self.clauses = clauses
        // Only a trigger takes a date or a sum: most sentences have none, and are not parsed for them.
        dates = triggers.isEmpty ? [] : DateParser.dates(in: tokens)
        amounts = triggers.isEmpty ? [] : AmountParser.amounts(in: tokens)
        triggerClauses = Set(triggers.map { clauses[$0] })
        self.year = year
    }

    func hasAmount(inClauseOf t: Int) -> Bool { amounts.contains { clauses[$0.token] == clauses[t] } }

    func amounts(inClauseOf t: Int) -> [AmountParser.Found] { amounts.filter { clauses[$0.token] == clauses[t] } }

    /// The trigger's relations with their trigger span, sum (for funding) and date.
    func complete(_ found: [RelationCandidate], at t: Int, frame: Frame) -> [RelationCandidate] {
        var found = found
        let (rule, cameo) = (found.first?.rule ?? "", found.first?.cameo)
        let inClause = amounts(inClauseOf: t)
        if found.contains(where: { $0.type == .funding }) {
            found = AmountAssigner(frame: frame).assign(found, amounts: inClause.isEmpty ? amounts : inClause, at: t)
        }
        // اتفاقية بقيمة 10 ملايين دولار, a $10 million deal: the sum of the clause is the agreement's.
        if found.contains(where: { $0.type == .agreement }), let sum = Self.nearest(inClause, to: t, at: \.token) {
            for k in found.indices where found[k].type == .agreement { found[k].attributes.amount = sum.amount }
        }
        let date = date(for: t)
        for k in found.indices {
            if found[k].trigger == nil { found[k].trigger = t..<(t + 1) }
            // A sum split between recipients makes new candidates: they keep the trigger's rule.
            if found[k].rule.isEmpty { (found[k].rule, found[k].cameo) = (rule, cameo) }
            if let date { found[k].attributes.date = date }
        }
        return found
    }

    /// The date of the trigger at `t`: its clause's own first, else one from a clause without a trigger.
    func date(for t: Int) -> String? {
        let own = dates.filter { clauses[$0.token] == clauses[t] }
        let free = dates.filter { !triggerClauses.contains(clauses[$0.token]) }
        guard let found = Self.nearest(own.isEmpty ? free : own, to: t, at: \.token) else { return nil }
        guard let year, !found.text.hasPrefix("since"), !Self.hasYear(found.text) else { return found.text }
        return found.text + " " + year
    }

    /// The year a date's text names (12 May 2024 → 2024), if any.
    static func year(in text: String) -> String? {
        text.split(separator: " ").first { $0.count == 4 && Int($0) != nil }.map(String.init)
    }

    static func hasYear(_ text: String) -> Bool { year(in: text) != nil }

    /// The item nearest token `t`, after it first.
    static func nearest<T>(_ items: [T], to t: Int, at token: (T) -> Int) -> T? {
        if let after = items.filter({ token($0) > t }).min(by: { token($0) < token($1) }) { return after }
        return items.filter { token($0) < t }.max(by: { token($0) < token($1) })
    }
}
