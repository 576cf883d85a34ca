/// Unites the stages' mentions as spaCy's SpanRuler does: longest first, then earliest;
/// a mention overlapping one already kept is dropped. The two mentions of a pair reference
/// (البلدين) share their tokens and are kept together. The result is sorted by position.
enum MentionMerger {
    /// - Complexity: O(m log m) in the number of mentions; indices are sorted and compared, not
    ///   the mentions, which are large to move.
    static func merge(_ mentions: [EntityMention]) -> [EntityMention] {
        let ordered = mentions.indices.sorted { a, b in
            let (x, y) = (mentions[a].tokens, mentions[b].tokens)
            if x.count != y.count { return x.count > y.count }
            if x.lowerBound != y.lowerBound { return x.lowerBound < y.lowerBound }
            return a < b
        }
        var kept: [Int] = []
        var taken = [Bool](repeating: false, count: mentions.map(\.tokens.upperBound).max() ?? 0)
        for k in ordered {
            let tokens = mentions[k].tokens
            let shared = mentions[k].form == .reference
                && kept.contains { mentions[$0].tokens == tokens && mentions[$0].form == .reference }
            if shared || !tokens.contains(where: { taken[$0] }) {
                if !kept.contains(where: { mentions[$0].tokens == tokens && mentions[$0].entity == mentions[k].entity }) { kept.append(k) }
                for t in tokens { taken[t] = true }
            }
        }
        return kept.sorted { a, b in
            let (x, y) = (mentions[a].tokens.lowerBound, mentions[b].tokens.lowerBound)
            return x != y ? x < y : mentions[a].entity < mentions[b].entity
        }.map { mentions[$0] }
    }
}
