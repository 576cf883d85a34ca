import Foundation
import KnowledgeGraph

/// Parses a rule's match line: slots separated by spaces, each `[NAME:]BODY[?]` with BODY one of
/// `"word|word"`, `@set`, `trigger(…)`, `group(…)`, `~N` or `~M-N`.
struct PatternParser {
    let sets: [String: KeySet]
    let fail: (String) -> ExtractionError

    func slots(_ line: String) throws(ExtractionError) -> [RelationRule.Slot] {
        let out = try Self.elements(line).map { (e: String) throws(ExtractionError) in try slot(e) }
        guard out.contains(where: { if case .gap = $0.kind { false } else { !$0.optional } }) else {
            throw fail("a match line needs at least one slot that is neither a gap nor optional")
        }
        var names = Set<String>()
        for s in out { if let n = s.name, !names.insert(n).inserted { throw fail("slot name '\(n)' is used twice") } }
        if case .gap = out.first?.kind { throw fail("a match line cannot start with a gap") }
        if case .gap = out.last?.kind { throw fail("a match line cannot end with a gap") }
        return out
    }

    /// Splits on spaces outside quotes and parentheses.
    static func elements(_ line: String) -> [String] {
        var out: [String] = [], current = "", depth = 0, quoted = false
        for c in line {
            if c == "\"" { quoted.toggle() }
            if !quoted, c == "(" { depth += 1 }
            if !quoted, c == ")" { depth -= 1 }
            if c == " " || c == "\t", !quoted, depth == 0 {
                if !current.isEmpty { out.append(current) }
                current = ""
            } else {
                current.append(c)
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    func slot(_ element: String) throws(ExtractionError) -> RelationRule.Slot {
        var body = Substring(element)
        var name: String?
        if let colon = body.firstIndex(of: ":"), body.first != "\"", body[..<colon].allSatisfy({ $0.isLetter || $0.isNumber }) {
            name = String(body[..<colon])
            body = body[body.index(after: colon)...]
        }
        let optional = body.hasSuffix("?") && body.count > 1
        if optional { body = body.dropLast() }
        return RelationRule.Slot(kind: try kind(body, element), name: name, optional: optional)
    }

    func kind(_ body: Substring, _ element: String) throws(ExtractionError) -> RelationRule.Slot.Kind {
        if body.hasPrefix("\"") { return .word(try words(body)) }
        if body.hasPrefix("@") { return .word(try wordSet(body.dropFirst())) }
        if body.hasPrefix("~") { return try gap(body.dropFirst(), element) }
        if body.hasPrefix("trigger(") || body == "trigger" { return try trigger(arguments(body, element)) }
        if body.hasPrefix("group(") || body == "group" { return .group(try group(arguments(body, element))) }
        throw fail("unknown slot '\(element)' (a \"word\", @set, trigger(…), group(…) or ~N)")
    }

    func words(_ body: Substring) throws(ExtractionError) -> KeySet {
        guard body.count >= 2, body.hasSuffix("\"") else { throw fail("unclosed quote in \(body)") }
        let list = body.dropFirst().dropLast().split(separator: "|").map { Gazetteer.phraseKey(String($0)) }
        guard !list.isEmpty, !list.contains(where: { $0.isEmpty || $0.contains(" ") }) else {
            throw fail("a quoted slot is one word or several separated by |, found \(body)")
        }
        return KeySet(list)
    }

    func wordSet(_ name: Substring) throws(ExtractionError) -> KeySet {
        guard let s = sets[String(name)] else { throw fail("unknown word set '@\(name)' (define it with a 'set' line first)") }
        return s
    }

    func gap(_ body: Substring, _ element: String) throws(ExtractionError) -> RelationRule.Slot.Kind {
        let bounds = body.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard (1...2).contains(bounds.count), let hi = bounds.last!, let lo = bounds.count == 2 ? bounds[0] : 0,
              lo <= hi, hi <= 12 else {
            throw fail("a gap is ~N or ~M-N with M ≤ N ≤ 12, found '\(element)'")
        }
        return .gap(min: lo, max: hi)
    }

    func arguments(_ body: Substring, _ element: String) throws(ExtractionError) -> [String] {
        guard let open = body.firstIndex(of: "(") else { return [] }
        guard body.hasSuffix(")") else { throw fail("unclosed parenthesis in '\(element)'") }
        return body[body.index(after: open)..<body.index(before: body.endIndex)]
            .split(separator: ",").map { $0.trimmingSpaces }.filter { !$0.isEmpty }
    }

    func trigger(_ args: [String]) throws(ExtractionError) -> RelationRule.Slot.Kind {
        var relations = Set<RelationType>()
        var words: KeySet?
        for a in args {
            if a.hasPrefix("\"") { words = try self.words(Substring(a)) } else if a.hasPrefix("@") { words = try wordSet(Substring(a).dropFirst()) } else {
                for name in a.split(separator: "|") {
                    guard let r = RelationType(rawValue: String(name)) else { throw fail("unknown relation '\(name)' in trigger(…)") }
                    relations.insert(r)
                }
            }
        }
        return .trigger(relations: relations, words: words)
    }

    func group(_ args: [String]) throws(ExtractionError) -> RelationRule.GroupCondition {
        var c = RelationRule.GroupCondition()
        for a in args {
            if a.hasPrefix("prep=") {
                let list = a.dropFirst(5).split(separator: "|").map { Gazetteer.phraseKey(String($0)) }
                guard !list.isEmpty else { throw fail("'prep=' needs words separated by |") }
                c.prepositions = KeySet(list)
                continue
            }
            for name in a.split(separator: "|") {
                switch name {
                case "bare": c.bare = true
                case "adjective": c.adjective = true
                case "several": c.several = true
                case "agent": c.types.formUnion([.country, .organization, .group, .person])
                default:
                    guard let t = NodeType(rawValue: String(name)) else {
                        throw fail("unknown group condition '\(name)' (a node type, agent, bare, adjective, several or prep=…)")
                    }
                    c.types.insert(t)
                }
            }
        }
        c.typeMask = c.types.reduce(0) { $0 | RelationRule.GroupCondition.bit($1) }
        return c
    }
}
