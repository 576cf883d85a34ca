/// Officials of two states who meet or sign speak for their states: when talks or an agreement
/// join two persons whose countries are known and differ, the two countries hold it too
/// (The two ministers signed a memorandum → the Netherlands and Ghana have an agreement).
enum StateLevelRelation {
    static func lift(_ found: [RelationCandidate], _ state: DocumentState) -> [RelationCandidate] {
        var out: [RelationCandidate] = []
        for r in found where r.type == .talks || r.type == .agreement {
            guard let a = state.entities[r.source], let b = state.entities[r.target], a.type == .person, b.type == .person,
                  let ca = a.country, let cb = b.country, ca != cb,
                  state.entities[ca]?.type == .country, state.entities[cb]?.type == .country else { continue }
            out.append(RelationCandidate(source: ca, type: r.type, target: cb, attributes: r.attributes, trigger: r.trigger,
                                         rule: RuleID.stateLevel, cameo: r.cameo))
        }
        return out
    }
}
