import KnowledgeGraph

/// Collects a document's mentions and relations into graph nodes and edges with evidence.
struct GraphAssembler {
    let document: String
    var mentions: [String: [Mention]] = [:]
    var edges: [Edge] = []
    var placeSentences: [String: Evidence] = [:]
    /// Whether gazetteer places get their `located_in` edge (off when that rule is switched off).
    var keepsGazetteerPlaces = true

    struct SentenceFact: Hashable {
        var key: Edge.Key
        var trigger: Int
    }

    init(document: String) {
        self.document = document
    }

    mutating func add(
        _ context: SentenceContext, mentions found: [EntityMention], relations: [RelationCandidate],
        entities: EntityTable
    ) {
        let sentence = context.sentence
        let evidence = Evidence(document: document, sentence: sentence.index, start: sentence.start, end: sentence.end,
                                text: context.text(sentence.start, sentence.end))
        for m in found where m.form != .reference {
            let start = context.tokens[m.tokens.lowerBound].start
            let end = context.tokens[m.tokens.upperBound - 1].end
            mentions[m.entity, default: []].append(Mention(
                document: document, sentence: sentence.index, start: start, end: end, text: context.text(start, end)))
            if entities[m.entity]?.type == .place, placeSentences[m.entity] == nil { placeSentences[m.entity] = evidence }
        }
        // One piece of evidence per edge and trigger in a sentence: the first rule that made it names it.
        var seen = Set<SentenceFact>()
        for r in relations {
            var e = evidence
            e.rule = r.rule
            if let t = r.trigger {
                let start = context.tokens[t.lowerBound].start
                let end = context.tokens[t.upperBound - 1].end
                e.trigger = Trigger(start: start, end: end, text: context.text(start, end), cameo: r.cameo)
            }
            let edge = Edge(source: r.source, type: r.type, target: r.target, attributes: r.attributes, evidence: [e])
            guard seen.insert(SentenceFact(key: edge.key, trigger: e.trigger?.start ?? -1)).inserted else {
                if let i = edges.lastIndex(where: { $0.key == edge.key }) { edges[i].attributes = edges[i].attributes.filling(from: r.attributes) }
                continue
            }
            edges.append(edge)
        }
    }

    /// Nodes for every entity named or related; a place lies in its country when both are in the text.
    func graph(entities: EntityTable, gazetteer: Gazetteer) -> KnowledgeGraph {
        var graph = KnowledgeGraph()
        var used = Set(mentions.keys)
        for e in edges { used.insert(e.source); used.insert(e.target) }
        for id in used.sorted() {
            guard let e = entities[id] else { continue }
            let seen = mentions[id] ?? []
            graph.add(Node(
                id: e.id, label: e.label, type: e.type, names: Names(en: e.english, ar: e.arabic),
                // The node sorts its aliases and drops repeats itself.
                aliases: Array(e.aliases) + seen.map(\.text), wikidata: e.wikidata, mentions: seen))
        }
        for edge in edges { graph.add(edge) }
        for (place, evidence) in placeSentences where keepsGazetteerPlaces {
            if let country = entities[place]?.country, mentions[country] != nil, country != place {
                var e = evidence
                e.rule = RuleID.gazetteerLocatedIn
                graph.add(Edge(source: place, type: .locatedIn, target: country, evidence: [e]))
            }
        }
        // An edge may name a known entity the text never mentions (Sandhurst's country).
        return graph.completed { id in
            gazetteer.entry(id: id).map { e in
                Node(id: e.id, label: e.english ?? e.arabic ?? e.id, type: e.type,
                     names: Names(en: e.english, ar: e.arabic), wikidata: e.wikidata)
            }
        }
    }
}
