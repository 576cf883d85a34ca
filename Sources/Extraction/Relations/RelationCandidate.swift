import KnowledgeGraph

/// A relation found in a sentence, before it joins the graph.
struct RelationCandidate: Sendable {
    var source: String
    var type: RelationType
    var target: String
    var attributes = EdgeAttributes()
    /// Token range of the trigger in the sentence, if a word signalled the relation.
    var trigger: Range<Int>?
    /// The id of the trigger lexicon entry or Swift rule that made the relation (see ``RuleID``).
    var rule: String = ""
    /// The trigger entry's CAMEO root code, if it has one.
    var cameo: String?
}

/// Ids of the relation makers written in Swift; trigger lexicon entries name themselves
/// (`lex:LANG:RELATION:LEMMA`, see GazetteerLoader). Each id names one maker and never changes meaning.
enum RuleID {
    /// A titled person's country or organization (سفير المملكة المتحدة X, the British ambassador X).
    static let titleAffiliation = "swift:title-affiliation"
    /// The head of a body leads it (the head of the UN office, X).
    static let headLeads = "swift:head-leads"
    /// An organization's country from its nisba or demonym (القوات البحرية المصرية).
    static let nisbaAffiliation = "swift:nisba-affiliation"
    /// A place followed by "in COUNTRY" / a compass word and its country.
    static let placeInCountry = "swift:place-in-country"
    /// "Mozambique's Cabo Delgado province".
    static let possessivePlace = "swift:possessive-place"
    /// A university, academy or embassy right before "in TOWN".
    static let siteInTown = "swift:site-in-town"
    /// A gazetteer place and its country, both named in the document.
    static let gazetteerLocatedIn = "swift:gazetteer-located-in"
    /// A person with no country who leads a national body belongs to its country.
    static let leaderAffiliation = "swift:leader-affiliation"
    /// Talks or an agreement between officials of two states lifted to the states.
    static let stateLevel = "swift:state-level"
    /// The accused does what the charge says (تتهم X Y بتزويد Z: Y supplies Z); see AccusedAgent.
    static let accusedAgent = "swift:accused-agent"
    /// A body named against a group (التحالف الدولي ضد داعش, the Coalition to Defeat ISIS).
    static let bodyAgainstGroup = "swift:body-against-group"

    static let all: Set<String> = [
        titleAffiliation, headLeads, nisbaAffiliation, placeInCountry, possessivePlace, siteInTown,
        gazetteerLocatedIn, leaderAffiliation, stateLevel, accusedAgent, bodyAgainstGroup,
    ]
}

/// Mentions joined by و / and / commas (المملكة المتحدة ومصر، كل من X و Y), as one argument.
struct MentionGroup {
    private(set) var members: [EntityMention]
    /// The members' entities, each once, in order: kept as members join (it is read many times).
    private(set) var entities: [String]
    var start: Int { members.first!.tokens.lowerBound }
    var end: Int { members.last!.tokens.upperBound }
    var preposition: String? { members.first!.preposition }

    init(_ first: EntityMention) {
        members = [first]
        entities = [first.entity]
    }

    mutating func append(_ m: EntityMention) {
        members.append(m)
        if !entities.contains(m.entity) { entities.append(m.entity) }
    }

    /// Groups a sentence's mentions: a mention joins the one before when only a conjunction,
    /// comma or كل من lies between them, or when it carries the و clitic right after it.
    static func groups(_ mentions: [EntityMention], _ context: SentenceContext) -> [MentionGroup] {
        var out: [MentionGroup] = []
        for m in mentions {
            if let last = out.last, joins(last, m, context) {
                out[out.count - 1].append(m)
            } else {
                out.append(MentionGroup(m))
            }
        }
        return out
    }

    static func joins(_ group: MentionGroup, _ m: EntityMention, _ context: SentenceContext) -> Bool {
        if m.tokens == group.members.last!.tokens { return true }  // البلدين: both countries at once
        let gap = group.end..<m.tokens.lowerBound
        let tokens = context.tokens
        let first = context.tokens[m.tokens.lowerBound].key
        let cliticAnd = Words.andClitics.containsFirstScalar(of: first)
            && context.readings[m.tokens.lowerBound].contains { Words.andClitics.containsFirstScalar(of: $0.clitic) }
        if gap.isEmpty { return cliticAnd || m.preposition == nil && group.members.last!.form == .adjective && m.form == .adjective }
        guard gap.count <= 2 else { return false }
        // "against al-Shabaab, the High Commissioner said": a reference after a comma is no list member.
        if m.form == .reference, gap.contains(where: { Words.commas.contains(tokens[$0]) }) { return false }
        // A nisba or demonym coordinates with its kind only: "the Coalition, and British aircraft"
        // are two phrases, "American and British forces" one.
        if (group.members.last!.form == .adjective) != (m.form == .adjective) { return false }
        // ", and" ends a list already running (Syria, Iraq, and Libya) but after a single name it
        // starts a new clause (a member of NATO, and Tunisia has …).
        if gap.count == 2, group.members.count < 2, gap.contains(where: { Words.commas.contains(tokens[$0]) }),
           gap.contains(where: { Words.listAnd.contains(tokens[$0]) }) { return false }
        return gap.allSatisfy { Words.listJoiners.contains(tokens[$0]) || (gap.count == 2 && Words.definiteArticle.contains(tokens[$0])) }
            && !(m.preposition.map(Words.separatePrepositions.contains) ?? false)
    }
}
