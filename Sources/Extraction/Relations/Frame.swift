import KnowledgeGraph

/// A gazetteer held by reference, for values made per sentence.
final class SharedGazetteer: Sendable {
    let gazetteer: Gazetteer
    init(_ gazetteer: Gazetteer) { self.gazetteer = gazetteer }
}

/// Chooses the arguments of a trigger among a sentence's mention groups.
struct Frame {
    let context: SentenceContext
    let groups: [MentionGroup]
    let entities: EntityTable
    let clauses: [Int]
    /// By reference: a frame is made per sentence, and a copy of the gazetteer retains each of its tables.
    var lexicon: SharedGazetteer? = nil

    static let agentTypes: Set<NodeType> = [.country, .organization, .group, .person]
    /// Words that may stand before a clause's verb: و قد كما ثم, and the clause words.
    static let particles = KeySet(Words.particles.keys + Words.clauseWords.keys)

    func type(_ id: String) -> NodeType? { entities[id]?.type }

    func arguments(for trigger: Gazetteer.Trigger, at t: Int) -> [RelationCandidate] {
        let r = trigger.relation
        if r.isSymmetric { return symmetric(r, trigger.frame, at: t) }
        var source: MentionGroup?
        var target: MentionGroup?
        // هوجمت حماس من قبل إسرائيل، اغتيل القيادي على يد X: the agent stands after its marker,
        // and the patient may follow the verb.
        let marked = markedAgent(after: t)
        if trigger.frame == .passive, let agent = marked ?? after(t, within: 5, where: { g in
            g.preposition == nil || Words.agentPrepositions.contains(g.preposition!)
                || Words.englishSource.contains(g.preposition ?? "") && (t..<g.start).contains { Words.englishAgent.contains(context.tokens[$0]) } }) {
            source = agent
            // "led by Portuguese Brigadier General X": the demonym describes the person who is the agent.
            if agent.members.allSatisfy({ $0.form == .adjective }), let person = groups.first(where: { g in
                g.start >= agent.end && g.start <= agent.end + 4 && g.entities.allSatisfy { type($0) == .person } }) {
                source = person
            }
            target = groups.last { $0.end <= t && fits(r, target: $0) && $0.entities != agent.entities }
            if target == nil, marked != nil {
                target = groups.first { $0.start > t && $0.end <= agent.start && fits(r, target: $0) && ($0.preposition == nil || namesAMember($0)) }
            }
            // "…، بدعم من X": support from X to the sentence's first agent, not to the nearest name.
            if r == .support, context.readings[t].contains(where: { Words.supportClitics.contains($0.clitic) }) {
                target = groups.first { g in g.end <= t && g.preposition == nil && g.entities != agent.entities
                    && g.entities.allSatisfy { Self.agentTypes.contains(type($0) ?? .place) } } ?? target
            }
        } else {
            source = subject(for: r, at: t)
            // An Arabic verb is followed by its subject (مذكرة تقدم واشنطن بموجبها مساعدات).
            if trigger.frame == .amount, context.language == .ar,
               let next = groups.first(where: { $0.start == t + 1 && $0.preposition == nil }), fits(r, sourceGroup: next),
               next.entities.allSatisfy({ Self.agentTypes.contains(type($0) ?? .place) }) {
                source = next
            }
            // "جهود أبوظبي في مكافحة": the agent of a noun after في is the word before في.
            if t >= 2, Words.inPrepositions.contains(context.tokens[t - 1]),
               let owner = groups.last(where: { $0.end == t - 1 && $0.preposition == nil }), fits(r, sourceGroup: owner),
               owner.entities.allSatisfy({ Self.agentTypes.contains(type($0) ?? .place) }) {
                source = owner
            }
            guard let s = source else { return [] }

            target = trigger.frame == .reverse
                ? groups.first { $0.start > t && $0.preposition == nil && $0.entities != s.entities }
                : trigger.frame == .in
                ? groups.first { $0.start > t && $0.start <= t + 8 && clauses[$0.start] == clauses[t] && Words.inPrepositions.contains($0.preposition ?? "")
                    && $0.entities.allSatisfy { type($0) == .organization } }
                : relativeObject(r, at: t, excluding: s) ?? object(for: r, at: t, excluding: s)
            if target == nil, r == .training {
                // أمدت X نظيرتها بتدريبات: the object stands between subject and trigger (not an agent after by).
                target = groups.first { g in
                    g.start > s.end && g.end <= t && fits(r, target: g) && !Words.agentPrepositions.contains(g.preposition ?? "")
                }
            }
        }
        // تدريب X في الأكاديمية …, training of X at the … Academy: the school trains.
        // The trainees are the argument right before the school, whichever the frame took them for.
        if r == .training {
            func school(after g: MentionGroup?) -> MentionGroup? {
                guard let g else { return nil }
                return groups.first { s in
                    s.start >= g.end && s.start <= g.end + 1 && Words.locativePrepositions.contains(s.preposition ?? "")
                        && s.entities.allSatisfy { entities[$0].map(RelationExtractor.isSite) ?? false }
                }
            }
            if let s = school(after: target) {
                source = s
            } else if let s = school(after: source), s.start > t {
                (source, target) = (s, source)
            }
        }
        // "…، حيث تنشط جماعة X": where = the place named before حيث.
        if r == .operatesIn, target == nil, let w = (max(0, t - 3)..<t).last(where: { Words.whereWords.contains(context.tokens[$0]) }) {
            target = groups.last { $0.end <= w && fits(r, target: $0) }
        }
        // تتخذ من البحرين مقرا: the seat is named before the noun.
        if r == .locatedIn, target == nil || (target.map { $0.start > t } ?? false), Words.seatWords.contains(context.tokens[t]) {
            target = groups.last { $0.end == t && Words.sourcePrepositions.contains($0.preposition ?? "") && fits(r, target: $0) } ?? target
            if let rel = (max(0, t - 5)..<t).last(where: { Words.relatives.contains(context.tokens[$0]) }),
               let antecedent = groups.last(where: { $0.end == rel }) {
                source = antecedent
            }
        }
        // جماعة X المرتبطة بتنظيم القاعدة: an adjective trigger ties the name right before it.
        if r == .affiliatedWith, !(source.map { $0.end == t } ?? false) {
            source = groups.last { $0.end == t }
        }
        guard var source, var target else { return [] }
        if trigger.frame == .reverse {
            guard fits(r, target: source) else { return [] }
            (source, target) = (target, source)
        }
        var out: [RelationCandidate] = []
        for a in source.entities where fits(r, source: a) {
            for b in target.entities where a != b {
                out.append(RelationCandidate(source: a, type: r, target: b))
            }
        }
        // "X partner in ORG" and "X part of ORG" also make X a member.
        return out
    }

    func symmetric(_ r: RelationType, _ frame: Gazetteer.Trigger.Frame, at t: Int) -> [RelationCandidate] {
        var sides: [String] = []
        if let between = groups.first(where: { $0.start > t && $0.start <= t + 3 && Words.betweenWords.contains($0.preposition ?? "") }),
           between.entities.count >= 2 {
            sides = between.entities
        } else if let subject = adverbialSubject(at: t) ?? subject(for: r, at: t) {
            // A coordinated subject also reaches a verbal noun whose clause names no agent of its own
            // (Italy and Tunisia signed …, deepening a partnership).
            let near = clauses[subject.start] == clauses[t] && (subject.end <= t ? t - subject.end : subject.start - t) <= 6
                || subject.end <= t && !groups.contains { g in
                    g.start >= subject.end && g.start < t && g.preposition == nil && fits(r, sourceGroup: g)
                }
            // X و Y وقعا مع Z: each of the subject's members with the partner after مع.
            if subject.entities.count >= 2, near, let partner = groups.first(where: { g in
                g.start >= subject.end && g.start <= max(t, subject.end) + 4 && Words.withPrepositions.contains(g.preposition ?? "")
                    && compatible(subject, g) && Set(g.entities).isDisjoint(with: subject.entities) }) {
                return subject.entities.flatMap { a in partner.entities.map { RelationCandidate(source: a, type: r, target: $0) } }
            }
            if frame != .with, subject.entities.count >= 2, near {
                return pairs(subject.entities, r) + (r == .partnership ? membership(subject, at: t) : [])
            }
            func partner(strict: Bool) -> MentionGroup? {
                groups.first { g in
                    g.start > t && g.start >= (subject.start > t ? subject.end : t + 1) && g.start <= t + 12
                        && g.entities != subject.entities && (!strict || compatible(subject, g))
                        && !g.entities.contains { type($0) == .place }
                        && (r == .talks || r == .agreement || !g.entities.contains { type($0) == .group })
                        && (frame == .with ? Words.withPrepositions.contains(g.preposition ?? "")
                            : (g.preposition == nil || Words.partnerPrepositions.contains(g.preposition!)))
                }
            }
            // A partner of the subject's kind first; talks may also join a person and a state.
            let partner = partner(strict: true) ?? (r == .talks ? partner(strict: false) : nil)
            if let partner {
                for a in subject.entities { for b in partner.entities where a != b { sides.append(a); sides.append(b) } }
                var out: [RelationCandidate] = []
                var k = 0
                while k + 1 < sides.count {
                    out.append(RelationCandidate(source: sides[k], type: r, target: sides[k + 1]))
                    k += 2
                }
                // A partner "in" an organization is its member: شريكتان في التحالف.
                return out + membership(subject, at: t)
            }
            return membership(subject, at: t)
        }
        return pairs(sides, r)
    }

    /// Every two members of one kind: states with states, persons with persons.
    func pairs(_ sides: [String], _ r: RelationType) -> [RelationCandidate] {
        var out: [RelationCandidate] = []
        for (i, a) in sides.enumerated() {
            // Persons meet and sign; cooperation and partnership are between states and bodies.
            for b in sides[(i + 1)...] where a != b && type(a) == type(b)
                && !(type(a) == .person && (r == .cooperation || r == .partnership)) {
                out.append(RelationCandidate(source: a, type: r, target: b))
            }
        }
        return out
    }

    func membership(_ subject: MentionGroup, at t: Int) -> [RelationCandidate] {
        guard let org = groups.first(where: { $0.start > t && $0.start <= t + 2 && Words.inPrepositions.contains($0.preposition ?? "")
            && $0.entities.allSatisfy { type($0) == .organization } }) else { return [] }
        return subject.entities.flatMap { a in org.entities.map { RelationCandidate(source: a, type: .memberOf, target: $0) } }
    }
}
