/// Unites the stages' mentions as spaCy's SpanRuler does: longest first, then earliest;
/// a mention overlapping one already kept is dropped. The two mentions of a pair reference
/// (البلدين) share their tokens and are kept together. The result is sorted by position.
enum MentionMerger {
    static func merge(_ mentions: [EntityMention]) -> [EntityMention] {
        let ordered = mentions.enumerated().sorted { a, b in
            let (x, y) = (a.element.tokens, b.element.tokens)
            if x.count != y.count { return x.count > y.count }
            if x.lowerBound != y.lowerBound { return x.lowerBound < y.lowerBound }
            return a.offset < b.offset
        }.map(\.element)
        var kept: [EntityMention] = []
        var taken = Set<Int>()
        for m in ordered {
            let shared = kept.contains { $0.tokens == m.tokens && $0.form == .reference && m.form == .reference }
            if shared || !m.tokens.contains(where: taken.contains) {
                if !kept.contains(where: { $0.tokens == m.tokens && $0.entity == m.entity }) { kept.append(m) }
                taken.formUnion(m.tokens)
            }
        }
        return kept.sorted { ($0.tokens.lowerBound, $0.entity) < ($1.tokens.lowerBound, $1.entity) }
    }
}
