import Foundation
import KnowledgeGraph

extension RelationRules {
    /// The rule files shipped with the package, in this order.
    static let packageFiles = ["sets", "en", "ar"]

    /// The package's rules (Resources/rules/*.rules).
    public static func builtIn() throws(ExtractionError) -> RelationRules {
        var paths: [String] = []
        for name in packageFiles {
            guard let url = Bundle.module.url(forResource: name, withExtension: "rules", subdirectory: "Resources/rules") else {
                throw ExtractionError(.missingResource, "the package resource rules/\(name).rules is missing")
            }
            paths.append(url.path)
        }
        var rules = RelationRules()
        try rules.add(paths: paths)
        return rules
    }

    /// Adds the rules of `.rules` files after the ones already loaded; a file may use the word
    /// sets of the files before it.
    public mutating func add(paths: [String]) throws(ExtractionError) {
        for path in paths {
            let text: String
            do {
                text = try String(contentsOfFile: path, encoding: .utf8)
            } catch {
                throw ExtractionError(.io, "cannot read rules \(path): \(FileProblem.reason(error, path: path))")
            }
            var parser = RuleParser(file: path, sets: sets, defined: Dictionary(uniqueKeysWithValues: rules.map { ($0.id, $0.origin) }))
            try parser.parse(text)
            rules += parser.rules
            sets = parser.sets
        }
        compile()
    }

    /// Numbers every word the rules name and gives each slot its words as bits.
    mutating func compile() {
        var vocabulary = KeyIndex()
        func bits(_ set: KeySet) -> WordBits { WordBits(set.keys.map { vocabulary.intern($0) }) }
        for r in rules.indices {
            rules[r].requiredWords = []
            for k in rules[r].slots.indices {
                let slot = rules[r].slots[k]
                switch slot.kind {
                case .word(let set): rules[r].slots[k].bits = bits(set)
                case .trigger(_, let set?): rules[r].slots[k].bits = bits(set)
                default: continue
                }
                if !slot.optional { rules[r].requiredWords.append(rules[r].slots[k].bits) }
            }
        }
        self.vocabulary = vocabulary
    }

    /// Switches rules off by id: a pattern rule (`en:war-on`), a trigger entry (`lex:en:opposes:shell`)
    /// or a Swift rule (`swift:state-level`). An id kg does not know is an error, so a typo is not silent.
    public mutating func disable(_ ids: [String], gazetteer: Gazetteer) throws(ExtractionError) {
        for id in ids {
            guard rules.contains(where: { $0.id == id }) || gazetteer.triggerIDs[id] != nil || RuleID.all.contains(id) else {
                throw ExtractionError(.invalidRules, "unknown rule id '\(id)' (see kg rules list)")
            }
            disabled.insert(id)
        }
    }

    /// The ids and one-line descriptions of the pattern rules, in load order.
    package var summaries: [(id: String, about: String, origin: String)] {
        rules.map { ($0.id, $0.about, $0.origin) }
    }
}
