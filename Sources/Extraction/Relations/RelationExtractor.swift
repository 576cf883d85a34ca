import KnowledgeGraph

/// Finds relations in one sentence: each trigger word picks its arguments among the
/// sentence's mention groups by position and frame.
///
/// - Symmetric relations join the members of a coordinated subject (المملكة المتحدة ومصر),
///   the two sides of بين X و Y / between, or a subject and its partner after مع / with.
/// - Directed relations run from the subject (the clause's first argument with no preposition,
///   the agent after by / من for passive frames) to the first fitting argument after the trigger.
struct RelationExtractor {
    let gazetteer: Gazetteer
    let shared: SharedGazetteer
    let rules: RelationRules
    /// The rules that run, chosen once per document.
    let activeArabic: [RuleProgram]
    let activeEnglish: [RuleProgram]
    /// Made once, with a memo of the trigger readings looked up for this document's words: a
    /// finder made per sentence copied the gazetteer each time.
    let triggerFinder: TriggerFinder

    init(gazetteer: Gazetteer, rules: RelationRules = RelationRules()) {
        self.gazetteer = gazetteer
        shared = SharedGazetteer(gazetteer)
        self.rules = rules
        triggerFinder = TriggerFinder(gazetteer: gazetteer, memo: TriggerMemo())
        activeArabic = rules.active(.ar).map(RuleProgram.init)
        activeEnglish = rules.active(.en).map(RuleProgram.init)
    }

    func relations(
        _ context: SentenceContext, mentions: [EntityMention], entities: EntityTable, year: String? = nil
    ) -> [RelationCandidate] {
        let groups = MentionGroup.groups(mentions, context)
        let clauses = clauseIndex(context.tokens)
        var covered = Set<Int>()
        for m in mentions { covered.formUnion(m.tokens) }
        let triggers = triggerFinder.triggers(context).filter { !covered.contains($0.0) }
        // A relation joins two entities: a sentence naming fewer gives none, whatever the rules say.
        let twoEntities = mentions.contains { $0.entity != mentions[0].entity }
        let active = !twoEntities ? [] : context.language == .ar ? activeArabic : activeEnglish
        let matcher = RuleMatcher(context: context, groups: active.isEmpty ? [] : groups, entities: entities, triggers: triggers,
                                  vocabulary: active.isEmpty ? KeyIndex() : rules.vocabulary)
        let ruled = RuleApplier(rules: active).apply(matcher, triggers: triggers)
        let attach = Attachments(tokens: context.tokens, clauses: clauses, triggers: triggers.map(\.0), year: year)
        var out: [RelationCandidate] = []
        let frame = Frame(context: context, groups: groups, entities: entities, clauses: clauses, lexicon: shared)
        for hit in Set(ruled.relations.compactMap { $0.trigger?.lowerBound }).sorted() {
            out += attach.complete(ruled.relations.filter { $0.trigger?.lowerBound == hit }, at: hit, frame: frame)
        }
        out += ruled.relations.filter { $0.trigger == nil }
        for (t, trigger) in triggers where rules.defaultFrame
            && !ruled.taken.contains(RuleApplier.TriggerHit(token: t, relation: trigger.relation)) {
            if trigger.frame == .amount, !attach.hasAmount(inClauseOf: t) { continue }
            var found = frame.arguments(for: trigger, at: t)
            for k in found.indices {
                if found[k].rule.isEmpty { found[k].rule = trigger.id }
                found[k].cameo = trigger.cameo
            }
            out += attach.complete(found, at: t, frame: frame)
        }
        // "donated $5 million to X" is funding; the support read of the same word goes.
        let funded = Set(out.filter { $0.type == .funding }.compactMap { $0.trigger?.lowerBound })
        out.removeAll { $0.type == .support && ($0.trigger.map { funded.contains($0.lowerBound) } ?? false) }
        if rules.isolated == nil {
            AccusedAgent.reassign(&out, context, clauses: clauses)
            out += affiliations(mentions, entities: entities)
            out += placements(groups, entities: entities, context)
        }
        return out.filter { $0.source != $0.target && rules.keeps($0.rule) }
    }

    /// Affiliations that the entity patterns found: a titled person's country or organization
    /// with the role; an organization's country from its nisba.
    func affiliations(_ mentions: [EntityMention], entities: EntityTable) -> [RelationCandidate] {
        var out: [RelationCandidate] = []
        for m in mentions where m.form == .name {
            guard let e = entities[m.entity] else { continue }
            if e.type == .person {
                for a in m.affiliations {
                    out.append(RelationCandidate(source: e.id, type: .affiliatedWith, target: a,
                                                 attributes: EdgeAttributes(role: m.role), trigger: m.tokens, rule: RuleID.titleAffiliation))
                    // "the head of the UN office, X", "commander of the mission": the head leads the body.
                    if let role = m.role, Words.headRoles.contains(role), entities[a]?.type == .organization {
                        out.append(RelationCandidate(source: e.id, type: .leads, target: a, trigger: m.tokens, rule: RuleID.headLeads))
                    }
                }
            } else if e.type == .organization, let c = e.country {
                out.append(RelationCandidate(source: e.id, type: .affiliatedWith, target: c, trigger: m.tokens, rule: RuleID.nisbaAffiliation))
            }
        }
        return out
    }


    /// A place followed by "in COUNTRY" / "في COUNTRY" (Borno State, in northeastern Nigeria) lies there.
    func placements(_ groups: [MentionGroup], entities: EntityTable, _ context: SentenceContext) -> [RelationCandidate] {
        var out: [RelationCandidate] = []
        for (k, g) in groups.enumerated() where k + 1 < groups.count && g.members.count == 1 {
            let next = groups[k + 1]
            guard let place = entities[g.entities[0]], place.type == .place, next.members.count == 1,
                  next.start - g.end <= 3, Words.inPrepositions.contains(next.preposition ?? "") || compassBetween(g, next, context),
                  let country = entities[next.entities[0]], country.type == .country,
                  place.country == nil || place.country == country.id else { continue }
            out.append(RelationCandidate(source: place.id, type: .locatedIn, target: country.id, rule: RuleID.placeInCountry))
        }
        // "Mozambique's Cabo Delgado province": the place lies in the country.
        let frame = Frame(context: context, groups: groups, entities: entities, clauses: [])
        for g in groups where g.members.count == 1 && entities[g.entities[0]]?.type == .country {
            if let place = frame.possessed(g), place.members.count == 1 {
                out.append(RelationCandidate(source: place.entities[0], type: .locatedIn, target: g.entities[0], rule: RuleID.possessivePlace))
            }
        }
        return out + sites(groups, entities: entities, context)
    }

    /// A body with a fixed site named right before "in PLACE" lies there: the Regional Maritime
    /// University in Tema, الأكاديمية البحرية التركية بمدينة إسطنبول. Only a town or city, not a
    /// country, and nothing but the preposition between them.
    func sites(_ groups: [MentionGroup], entities: EntityTable, _ context: SentenceContext) -> [RelationCandidate] {
        var out: [RelationCandidate] = []
        for (k, g) in groups.enumerated() where k + 1 < groups.count && g.members.count == 1 {
            let next = groups[k + 1]
            guard let body = entities[g.entities[0]], body.type == .organization, next.members.count == 1, g.members[0].form == .name,
                  let place = entities[next.entities[0]], place.type == .place, Self.isSite(body),
                  next.start - g.end <= 2, (g.end..<next.start).allSatisfy({ siteLink($0, context) }),
                  next.start > g.end || Words.locativePrepositions.contains(next.preposition ?? "")
            else { continue }
            out.append(RelationCandidate(source: body.id, type: .locatedIn, target: place.id, rule: RuleID.siteInTown))
        }
        return out
    }

    /// قاعدة الوطية الجوية غرب ليبيا: only a compass word between a place and its country.
    func compassBetween(_ g: MentionGroup, _ next: MentionGroup, _ context: SentenceContext) -> Bool {
        next.preposition == nil && next.start == g.end + 1 && context.language == .ar
            && Words.compass.contains(context.tokens[g.end])
    }

    /// Words between a site and its town: in, at, the, في, بمدينة.
    func siteLink(_ i: Int, _ context: SentenceContext) -> Bool {
        Words.placeBefore.contains(context.tokens[i])
            || context.readings[i].contains { Words.locativeClitics.contains($0.clitic) && gazetteer.placeHeads.contains($0) }
    }

    static func isSite(_ body: DocumentEntity) -> Bool {
        body.label.split(separator: " ").contains { Words.siteHeads.contains(TextNormalizer.key(String($0))) }
    }

    /// Clause number of each token: commas, colons, semicolons and dashes start a new clause, and
    /// so do the words that open a reported or contrasting clause (أن، إن، فيما، that, while).
    func clauseIndex(_ tokens: [Token]) -> [Int] {
        var n = 0
        return tokens.map { t in
            if t.kind == .punct, Words.clauseMarks.contains(t) { n += 1 }
            if t.isWord, Words.clauseWords.contains(t) { n += 1 }
            return n
        }
    }
}

/// Finds trigger words: a token's key, its clitic readings, or either with a pronoun suffix
/// taken off (شراكتنا → شراكة, حربها → حرب).
struct TriggerFinder {
    let gazetteer: Gazetteer
    var memo: TriggerMemo? = nil

    func triggers(_ context: SentenceContext) -> [(Int, Gazetteer.Trigger)] {
        var out: [(Int, Gazetteer.Trigger)] = []
        for (i, token) in context.tokens.enumerated() where token.isWord {
            guard var found = lookup(i, context) else { continue }
            // A blocking word just before the trigger, or before its article (under the deal).
            var b = i - 1
            if b > 0, Words.determiners.contains(context.tokens[b]) { b -= 1 }
            if b >= 0, gazetteer.blocks.contains(context.tokens[b]) { continue }
            // An English noun modifying another trigger noun is not the relation: a treaty ally is an ally.
            if context.language == .en, i + 1 < context.tokens.count, context.tokens[i + 1].isWord,
               let next = gazetteer.triggers[context.tokens[i + 1]], !next.contains(where: { n in found.contains(where: n.sameReading) }),
               !context.tokens[i].key.hasSuffix("ed"), !context.tokens[i].key.hasSuffix("s") {
                continue
            }
            // "trained by X" is passive; "trained Y" is not.
            let window = context.tokens[(i + 1)..<min(i + 4, context.tokens.count)]
            let marked = agentMarked(i, context)
            let agentFollows = marked || window.contains { Words.agentPrepositions.contains($0.key) }
            // قتل X على يد Y: unvocalized, the active and passive verb are one word; the marker decides.
            if marked, !found.contains(where: { $0.frame == .passive }) {
                found = found.map { t in
                    var t = t
                    if t.frame == .plain, !t.relation.isSymmetric { t.frame = .passive }
                    return t
                }
            }
            if found.contains(where: { $0.frame == .passive }), found.contains(where: { $0.frame != .passive }) {
                found.removeAll { ($0.frame == .passive) != agentFollows }
            } else if !agentFollows, found.contains(where: { $0.frame == .passive }),
                      context.tokens[i].key.keyHasPrefix("ب") || Words.supportNouns.contains(context.tokens[i]) {
                // ملتزمة بدعم الصومال: with no من after it, بدعم is a plain verbal noun.
                found = found.map { t in
                    var t = t
                    if t.frame == .passive { t.frame = .plain }
                    return t
                }
            }
            for trigger in found { out.append((i, trigger)) }
        }
        return out
    }

    func agentMarked(_ i: Int, _ context: SentenceContext) -> Bool {
        Frame.agentMarkerEnd(gazetteer, context.tokens, after: i) != nil
    }

    /// A word's readings depend on its key and language only, so each is looked up once per document.
    func lookup(_ i: Int, _ context: SentenceContext) -> [Gazetteer.Trigger]? {
        let key = context.tokens[i].key, arabic = context.language == .ar
        guard let memo else { return lookup(key: key, readings: context.readings[i].map(\.stem), arabic: arabic) }
        if let known = memo.readings(context.tokens[i], arabic: arabic) { return known.isEmpty ? nil : known }
        let found = lookup(key: key, readings: context.readings[i].map(\.stem), arabic: arabic)
        memo.remember(key, arabic: arabic, found ?? [])
        return found
    }

    /// A word's trigger readings: its key or clitic readings, else either with a proclitic or
    /// article off (and ال put back), else with an object or possessive pronoun off.
    func lookup(key: String, readings: [String], arabic: Bool) -> [Gazetteer.Trigger]? {
        var stems = readings
        if arabic {
            let clitics = gazetteer.triggerClitics
            for clitic in clitics.proclitics where key.keyHasPrefix(clitic) {
                stems.append(String(key.unicodeScalars.dropFirst(clitic.unicodeScalars.count)))
            }
            for clitic in clitics.articles where key.keyHasPrefix(clitic) {
                let rest = String(key.unicodeScalars.dropFirst(clitic.unicodeScalars.count))
                stems.append(rest)
                stems.append("ال" + rest)
            }
        }
        for stem in stems {
            if let t = gazetteer.triggers[stem] { return t }
        }
        guard arabic else { return nil }
        for stem in stems {
            for suffix in gazetteer.triggerClitics.enclitics where stem.keyHasSuffix(suffix) && stem.unicodeScalars.count > suffix.unicodeScalars.count + 2 {
                let base = String(stem.unicodeScalars.dropLast(suffix.unicodeScalars.count))
                if let t = gazetteer.triggers[base] { return t }
                if base.keyHasSuffix("ت"), let t = gazetteer.triggers[String(base.unicodeScalars.dropLast()) + "ه"] { return t }
            }
        }
        return nil
    }
}

/// Trigger readings by word key, one table per script's lookup rules. Lives as long as one
/// document's extraction, on one thread.
final class TriggerMemo {
    private var arabic = KeyTable<[Gazetteer.Trigger]>()
    private var other = KeyTable<[Gazetteer.Trigger]>()

    func readings(_ token: Token, arabic isArabic: Bool) -> [Gazetteer.Trigger]? { isArabic ? arabic[token] : other[token] }

    func remember(_ key: String, arabic isArabic: Bool, _ readings: [Gazetteer.Trigger]) {
        if isArabic { arabic[key] = readings } else { other[key] = readings }
    }
}
