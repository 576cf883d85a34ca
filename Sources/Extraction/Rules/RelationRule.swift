import KnowledgeGraph

/// One relation pattern from a `.rules` file: a sequence of slots matched over a sentence's
/// tokens, mention groups and trigger hits, and what to do with a match (see Resources/rules/README.md).
struct RelationRule: Sendable {
    /// `LANG:NAME` (`en:war-on`); it reaches the evidence of every edge the rule makes.
    var id: String
    var language: Language
    var about: String
    var slots: [Slot]
    var actions: [Action]
    var examples: [Example]
    var counters: [Example]
    /// Where the rule starts: `file:line`.
    var origin: String

    /// What one position of a pattern matches.
    struct Slot: Sendable {
        enum Kind: Sendable {
            /// A token whose key, or one of whose clitic readings, is in the set.
            case word(KeySet)
            /// A token the trigger lexicon reads as one of these relations (all when empty),
            /// optionally only when the word is also in a set.
            case trigger(relations: Set<RelationType>, words: KeySet?)
            /// A mention group starting here.
            case group(GroupCondition)
            /// At least `min` and at most `max` tokens of any kind.
            case gap(min: Int, max: Int)
        }
        var kind: Kind
        /// The name actions use (`A`, `T`), if any.
        var name: String?
        var optional = false
        /// The slot's words as ids of ``RelationRules/vocabulary`` (set when the rules are compiled).
        var bits = WordBits()
    }

    /// Conditions on a mention group.
    struct GroupCondition: Sendable {
        /// Every entity of the group is of one of these types (any type when empty).
        var types: Set<NodeType> = []
        /// Its preposition is one of these keys; `bare` requires none.
        var prepositions: KeySet? = nil
        var bare = false
        /// Every member is a nisba or demonym (الإسرائيلية, Israeli).
        var adjective = false
        /// At least two entities (X و Y).
        var several = false
        /// ``types`` as bits (see ``bit(_:)``), 0 for any type; set by the parser.
        var typeMask: UInt8 = 0

        static func bit(_ t: NodeType) -> UInt8 { 1 << UInt8(NodeType.allCases.firstIndex(of: t)!) }
    }

    enum Action: Sendable {
        /// `emit A -rel-> B`; a nil relation takes the trigger slot's relation. `A.2` is the
        /// group's second entity (الحرب بين X و Y: `emit S.1 -> S.2`), else every entity counts.
        case emit(source: Argument, relation: RelationType?, target: Argument)
        /// The trigger at this slot makes no relation.
        case cancel(Int)
        /// Triggers matching this slot alone make a relation only where the whole pattern matches.
        case require(Int)
    }

    /// A group slot, or one entity of it (1-based).
    struct Argument: Sendable {
        var slot: Int
        var member: Int?
    }

    /// A sentence and the facts it must (example) or must not (counter) give; see ``RuleExampleRunner``.
    struct Example: Sendable {
        var text: String
        var facts: [Fact]
        var origin: String
    }

    /// `A -rel-> B` by entity label or id; `negated` for `no A -rel-> B`.
    struct Fact: Sendable, CustomStringConvertible {
        var source: String
        var relation: RelationType
        var target: String
        var negated = false
        var description: String { "\(negated ? "no " : "")\(source) -\(relation.rawValue)-> \(target)" }
    }

    /// Whether the rule only cancels or gates triggers; such a rule's examples run with kg's
    /// default argument choice on.
    var gatesTriggers: Bool {
        actions.allSatisfy { if case .emit = $0 { false } else { true } }
    }

    /// One word set per required slot that names words: a sentence with none of a set's words
    /// cannot match (set when the rules are compiled).
    var requiredWords: [WordBits] = []

    /// The trigger relations a match needs, if a required trigger slot names them: a sentence
    /// without such a trigger is skipped without matching.
    var requiredTriggers: Set<RelationType>? {
        for slot in slots where !slot.optional {
            if case .trigger(let relations, _) = slot.kind { return relations.isEmpty ? Set(RelationType.allCases) : relations }
        }
        return nil
    }
}

/// The rules kg runs: the package's files and any `--rules FILE`, in order, with the switches
/// that turn rules off.
public struct RelationRules: Sendable {
    var rules: [RelationRule] = []
    /// Rule ids (pattern, lexicon or Swift) whose edges are not made.
    var disabled: Set<String> = []
    /// When set, only this pattern rule runs: no other pattern, no Swift rule, and kg's default
    /// argument choice only if the rule gates triggers. For a rule's own examples.
    var isolated: String? = nil
    /// Word sets from `set` lines, for the files loaded after.
    var sets: [String: KeySet] = [:]
    /// Every word the rules name, so a sentence's words are looked up once, not once per rule.
    var vocabulary = KeyIndex()

    public init() {}

    /// The rules that run for a sentence in `language`.
    func active(_ language: Language) -> [RelationRule] {
        rules.filter { r in
            r.language == language && !disabled.contains(r.id) && (isolated.map { $0 == r.id } ?? true)
        }
    }

    /// Whether the default frame picks arguments for triggers no rule claimed.
    var defaultFrame: Bool {
        guard let isolated else { return true }
        return rules.first { $0.id == isolated }?.gatesTriggers ?? false
    }

    /// Whether an edge made by `rule` is kept.
    func keeps(_ rule: String) -> Bool {
        if disabled.contains(rule) { return false }
        guard let isolated else { return true }
        return rule == isolated || defaultFrame && rule.hasPrefix("lex:")
    }
}

/// A set of vocabulary ids as bits.
struct WordBits: Sendable {
    private var words: [UInt64] = []

    init() {}

    init<S: Sequence>(_ ids: S) where S.Element == Int {
        for id in ids { insert(id) }
    }

    mutating func insert(_ id: Int) {
        let w = id >> 6
        if w >= words.count { words += Array(repeating: 0, count: w - words.count + 1) }
        words[w] |= 1 << UInt64(id & 63)
    }

    func contains(_ id: Int) -> Bool {
        let w = id >> 6
        return w < words.count && words[w] & (1 << UInt64(id & 63)) != 0
    }

    func intersects(_ other: WordBits) -> Bool {
        zip(words, other.words).contains { $0 & $1 != 0 }
    }
}
