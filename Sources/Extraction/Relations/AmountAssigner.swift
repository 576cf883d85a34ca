import KnowledgeGraph

/// Attaches sums of money to funding relations. One sum goes to every recipient found. Several
/// sums in one clause (20 مليون دولار للصومال و5 ملايين دولار لجيبوتي; £15 million to Jordan and
/// £4 million to Lebanon) each go to the first recipient named after them, before the next sum.
struct AmountAssigner {
    let frame: Frame

    func assign(_ found: [RelationCandidate], amounts: [AmountParser.Found], at t: Int) -> [RelationCandidate] {
        guard !found.isEmpty, !amounts.isEmpty else { return found }
        let sources = Set(found.map(\.source))
        let after = amounts.filter { $0.token > t }.sorted { $0.token < $1.token }
        if after.count >= 2 {
            var out: [RelationCandidate] = []
            for (k, a) in after.enumerated() {
                let limit = k + 1 < after.count ? after[k + 1].token : Int.max
                guard let recipient = frame.groups.first(where: { g in
                    g.start > a.token && g.start < limit && frame.fits(.funding, target: g)
                        && !g.entities.contains { sources.contains($0) }
                }) else { continue }
                for s in sources.sorted() {
                    for r in recipient.entities where r != s {
                        var c = RelationCandidate(source: s, type: .funding, target: r)
                        c.attributes.amount = a.amount
                        out.append(c)
                    }
                }
            }
            if !out.isEmpty { return out }
        }
        let chosen = Attachments.nearest(amounts, to: t, at: \.token)?.amount
        return found.map { c in
            var c = c
            c.attributes.amount = chosen
            return c
        }
    }
}
