import KnowledgeGraph

extension NERFeatures.Clues {
    /// What the gazetteer and the word lists say of a sentence's tokens: the type of a known name
    /// each token lies in (first or later word, name or nisba), and title, head and stop words.
    /// `borrowing`: an initializer owns its arguments, so passing the gazetteer copied it, sentence after sentence.
    init(_ context: SentenceContext, known: [EntityMention], entities: EntityTable, gazetteer g: borrowing Gazetteer) {
        let n = context.tokens.count
        var gazetteer = [UInt8](repeating: 0, count: n)
        for m in known {
            let type = entities[m.entity].map { NodeType.allCases.firstIndex(of: $0.type)! } ?? 5
            for k in m.tokens {
                gazetteer[k] = UInt8(1 + type * 4 + (k == m.tokens.lowerBound ? 0 : 2) + (m.form == .adjective ? 1 : 0))
            }
        }
        var lists = [UInt8](repeating: 0, count: n)
        for i in 0..<n where context.tokens[i].isWord {
            var bits: UInt8 = 0
            for r in context.readings[i] { bits |= g.wordClues[r] ?? 0 }
            lists[i] = bits
        }
        self.init(gazetteer: gazetteer, lists: lists)
    }
}
