import Foundation
import KnowledgeGraph

/// Reads `.rules` files (see Resources/rules/README.md) and checks every line: a bad line stops
/// loading with `FILE:LINE: …`.
struct RuleParser {
    let file: String
    /// Named word sets, from `set` lines of this and earlier files.
    var sets: [String: KeySet]
    var rules: [RelationRule] = []
    /// Where each rule id was defined, to refuse a second rule with the same id.
    var defined: [String: String]
    private var current: RelationRule?
    /// The line of the `rule` line that started `current`.
    private var currentLine = 0

    init(file: String, sets: [String: KeySet] = [:], defined: [String: String] = [:]) {
        self.file = file
        self.sets = sets
        self.defined = defined
    }

    func fail(_ line: Int, _ message: String) -> ExtractionError {
        ExtractionError(.invalidRules, "\(file):\(line): \(message)")
    }

    mutating func parse(_ text: String) throws(ExtractionError) {
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let (head, rest) = Self.split(trimmed)
            let indented = line.first == " " || line.first == "\t"
            try (indented ? field(head, rest, n + 1) : top(head, rest, n + 1))
        }
        try close()
    }

    static func split(_ text: Substring) -> (String, String) {
        let head = text.prefix { $0 != " " && $0 != "\t" }
        let rest = text.dropFirst(head.count).trimmingSpaces
        return (String(head), rest)
    }

    mutating func top(_ head: String, _ rest: String, _ n: Int) throws(ExtractionError) {
        switch head {
        case "set":
            let (name, words) = Self.split(Substring(rest))
            guard !name.isEmpty, !words.isEmpty else { throw fail(n, "'set' needs a name and words separated by |") }
            sets[name] = KeySet(GazetteerLoader.list(words).map(Gazetteer.phraseKey))
        case "rule":
            try close()
            current = try header(rest, n)
            currentLine = n
        default:
            throw fail(n, "unknown line kind '\(head)' (expected set or rule; a rule's fields are indented)")
        }
    }

    func header(_ id: String, _ n: Int) throws(ExtractionError) -> RelationRule {
        let parts = id.split(separator: ":", maxSplits: 1)
        guard parts.count == 2, let language = Language(rawValue: String(parts[0])), !parts[1].isEmpty,
              !id.contains(" ") else {
            throw fail(n, "a rule id is LANGUAGE:NAME with language ar or en, found '\(id)'")
        }
        if let first = defined[id] { throw fail(n, "rule \(id) is already defined at \(first)") }
        return RelationRule(id: id, language: language, about: "", slots: [], actions: [], examples: [], counters: [],
                            origin: "\(file):\(n)")
    }

    mutating func field(_ head: String, _ rest: String, _ n: Int) throws(ExtractionError) {
        guard var rule = current else { throw fail(n, "an indented field outside a rule") }
        switch head {
        case "about": rule.about = rest
        case "match":
            guard rule.slots.isEmpty else { throw fail(n, "a rule has one match line") }
            let (file, sets) = (file, sets)
            rule.slots = try PatternParser(sets: sets, fail: { ExtractionError(.invalidRules, "\(file):\(n): \($0)") }).slots(rest)
        case "emit", "cancel", "require": rule.actions.append(try action(head, rest, rule, n))
        case "example": rule.examples.append(try example(rest, n, needsFacts: true))
        case "counter": rule.counters.append(try example(rest, n, needsFacts: false))
        default: throw fail(n, "unknown rule field '\(head)' (about, match, emit, cancel, require, example, counter)")
        }
        current = rule
    }

    mutating func close() throws(ExtractionError) {
        guard let rule = current else { return }
        let line = currentLine
        if rule.slots.isEmpty { throw fail(line, "rule \(rule.id) has no match line") }
        if rule.actions.isEmpty { throw fail(line, "rule \(rule.id) has no emit, cancel or require") }
        if rule.examples.isEmpty { throw fail(line, "rule \(rule.id) has no example") }
        defined[rule.id] = rule.origin
        rules.append(rule)
        current = nil
    }

    func slot(named name: String, in rule: RelationRule, _ n: Int) throws(ExtractionError) -> Int {
        guard let i = rule.slots.firstIndex(where: { $0.name == name }) else {
            throw fail(n, rule.slots.isEmpty ? "the match line must come before the actions" : "no slot named '\(name)' in the match line")
        }
        return i
    }

    func action(_ kind: String, _ rest: String, _ rule: RelationRule, _ n: Int) throws(ExtractionError) -> RelationRule.Action {
        let words = rest.split(separator: " ").map(String.init)
        if kind != "emit" {
            guard words.count == 1 else { throw fail(n, "'\(kind)' names one trigger slot") }
            let i = try slot(named: words[0], in: rule, n)
            guard case .trigger = rule.slots[i].kind else { throw fail(n, "'\(kind) \(words[0])': the slot is not a trigger") }
            return kind == "cancel" ? .cancel(i) : .require(i)
        }
        guard words.count == 3, words[1].hasPrefix("-"), words[1].hasSuffix("->") else {
            throw fail(n, "'emit' is SOURCE -relation-> TARGET or SOURCE -> TARGET, found '\(rest)'")
        }
        let name = String(words[1].dropFirst().dropLast(2))
        var relation: RelationType?
        if !name.isEmpty {
            guard let r = RelationType(rawValue: name) else { throw fail(n, "unknown relation '\(name)'") }
            relation = r
        } else if !rule.slots.contains(where: { if case .trigger = $0.kind { true } else { false } }) {
            throw fail(n, "'emit A -> B' takes the trigger's relation, but the match line has no trigger slot")
        }
        return .emit(source: try argument(words[0], rule, n), relation: relation, target: try argument(words[2], rule, n))
    }

    /// `A` or `A.2`: a group slot, or its second entity.
    func argument(_ word: String, _ rule: RelationRule, _ n: Int) throws(ExtractionError) -> RelationRule.Argument {
        let parts = word.split(separator: ".", maxSplits: 1).map(String.init)
        let i = try slot(named: parts[0], in: rule, n)
        guard case .group = rule.slots[i].kind else { throw fail(n, "'emit': slot \(parts[0]) is not a group") }
        var member: Int?
        if parts.count == 2 {
            guard let m = Int(parts[1]), m >= 1 else { throw fail(n, "'\(word)': a member is a number from 1") }
            member = m
        }
        return RelationRule.Argument(slot: i, member: member)
    }

    /// `TEXT => FACT; FACT`, where a fact is `A -rel-> B` or `no A -rel-> B`.
    func example(_ rest: String, _ n: Int, needsFacts: Bool) throws(ExtractionError) -> RelationRule.Example {
        let parts = rest.components(separatedBy: " => ")
        guard parts.count <= 2, !parts[0].isEmpty else { throw fail(n, "an example is SENTENCE => FACT; FACT") }
        if needsFacts, parts.count < 2 { throw fail(n, "an example needs '=> SOURCE -relation-> TARGET'") }
        var facts: [RelationRule.Fact] = []
        for item in parts.count == 2 ? parts[1].components(separatedBy: ";") : [] {
            facts.append(try fact(item.trimmingSpaces, n))
        }
        return RelationRule.Example(text: parts[0], facts: facts, origin: "\(file):\(n)")
    }

    func fact(_ text: String, _ n: Int) throws(ExtractionError) -> RelationRule.Fact {
        var rest = Substring(text)
        let negated = rest.hasPrefix("no ")
        if negated { rest = rest.dropFirst(3) }
        guard let open = rest.range(of: " -"), let close = rest.range(of: "-> ", range: open.upperBound..<rest.endIndex),
              let relation = RelationType(rawValue: String(rest[open.upperBound..<close.lowerBound])) else {
            throw fail(n, "a fact is SOURCE -relation-> TARGET with a known relation, found '\(text)'")
        }
        let source = rest[..<open.lowerBound].trimmingSpaces
        let target = rest[close.upperBound...].trimmingSpaces
        guard !source.isEmpty, !target.isEmpty else { throw fail(n, "a fact names its source and target, found '\(text)'") }
        return RelationRule.Fact(source: source, relation: relation, target: target, negated: negated)
    }
}
