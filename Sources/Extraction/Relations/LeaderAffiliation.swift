import KnowledgeGraph

/// A titled person with no country of their own who leads a national body belongs to its
/// country: وقاد الوفد الألماني الفريق أول X; The British delegation was led by Rear Admiral Y.
/// The person's country is remembered, so a later بلاده / his country resolves to it.
enum LeaderAffiliation {
    static func affiliations(_ found: [RelationCandidate], _ state: inout DocumentState) -> [RelationCandidate] {
        var out: [RelationCandidate] = []
        for r in found where r.type == .leads {
            guard var person = state.entities[r.source], person.type == .person, person.country == nil,
                  let body = state.entities[r.target], body.type == .organization,
                  let country = body.country, state.entities[country]?.type == .country else { continue }
            person.country = country
            state.setCountry(country, of: person.id)
            out.append(RelationCandidate(source: person.id, type: .affiliatedWith, target: country,
                                         attributes: EdgeAttributes(role: person.role), trigger: r.trigger, rule: RuleID.leaderAffiliation))
        }
        return out
    }
}
