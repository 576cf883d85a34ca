/// The entity kinds the learned recognizer tags, as in CoNLL: persons, organizations,
/// locations (countries, cities, regions) and other names (nationalities, events).
package enum NERType: Int, CaseIterable, Sendable {
    case person = 0, organization, location, misc

    /// The CoNLL label: PER ORG LOC MISC. ANERcorp's PERS reads as PER.
    package var label: String { ["PER", "ORG", "LOC", "MISC"][rawValue] }

    package init?(label: String) {
        switch label {
        case "PER", "PERS": self = .person
        case "ORG": self = .organization
        case "LOC", "GPE": self = .location
        case "MISC": self = .misc
        default: return nil
        }
    }
}

/// A BIO tag as a small integer: 0 is O, then B and I for each type.
package struct NERTag: Hashable, Sendable {
    package let raw: Int

    package static let outside = NERTag(raw: 0)
    package static let count = 1 + 2 * NERType.allCases.count

    package init(raw: Int) { self.raw = raw }

    package static func begin(_ type: NERType) -> NERTag { NERTag(raw: 1 + 2 * type.rawValue) }
    package static func inside(_ type: NERType) -> NERTag { NERTag(raw: 2 + 2 * type.rawValue) }

    package var type: NERType? { raw == 0 ? nil : NERType(rawValue: (raw - 1) / 2) }
    package var isBegin: Bool { raw != 0 && raw % 2 == 1 }
    package var isInside: Bool { raw != 0 && raw % 2 == 0 }

    /// Whether this tag may follow `previous` (nil: the sentence start). I-X continues only B-X or I-X.
    package func mayFollow(_ previous: NERTag?) -> Bool {
        guard isInside else { return true }
        guard let previous, previous != .outside else { return false }
        return previous.type == type
    }

    /// B-PER, I-ORG, O …
    package var label: String {
        guard let type else { return "O" }
        return (isBegin ? "B-" : "I-") + type.label
    }

    /// Reads B-X, I-X (also IO-style I-X) and O; nil for anything else.
    package init?(label: String) {
        if label == "O" { self = .outside; return }
        let parts = label.split(separator: "-", maxSplits: 1)
        guard parts.count == 2, let type = NERType(label: String(parts[1])) else { return nil }
        switch parts[0] {
        case "B": self = .begin(type)
        case "I": self = .inside(type)
        default: return nil
        }
    }
}

/// A run of tokens tagged as one name.
package struct NERSpan: Hashable, Sendable {
    package var tokens: Range<Int>
    package var type: NERType

    package init(tokens: Range<Int>, type: NERType) {
        self.tokens = tokens
        self.type = type
    }

    /// The spans of a BIO sequence; an I-X with no B-X before it opens a span (IO data).
    package static func spans(_ tags: [NERTag]) -> [NERSpan] {
        var out: [NERSpan] = []
        var start = -1
        var current: NERType?
        for (i, tag) in tags.enumerated() {
            let continues = tag.isInside && tag.type == current
            if !continues, let current { out.append(NERSpan(tokens: start..<i, type: current)) }
            if !continues {
                current = tag.type
                start = i
            }
        }
        if let current { out.append(NERSpan(tokens: start..<tags.count, type: current)) }
        return out
    }
}
