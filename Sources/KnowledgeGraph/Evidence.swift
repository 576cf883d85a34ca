/// Offsets in this model count Unicode scalars from the start of the original
/// document text (as Python's `str` indexing and spaCy's `Span.start_char` do):
/// `start` is inclusive, `end` exclusive.

/// One place in a document where an entity is named.
public struct Mention: Codable, Hashable, Sendable, Comparable {
    public var document: String
    /// Index of the sentence within the document, from 0.
    public var sentence: Int
    public var start: Int
    public var end: Int
    /// The original text between `start` and `end`.
    public var text: String

    public init(document: String, sentence: Int, start: Int, end: Int, text: String) {
        self.document = document
        self.sentence = sentence
        self.start = start
        self.end = end
        self.text = text
    }

    /// A total order, so sorted output never depends on arrival order.
    public static func < (a: Mention, b: Mention) -> Bool {
        (a.document, a.start, a.end, a.text, a.sentence) < (b.document, b.start, b.end, b.text, b.sentence)
    }

    /// Hashes where the mention is, not its text (as ``Evidence`` does): equal mentions are at the
    /// same place, and hashing Arabic text normalizes it first, for every mention a graph merges.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(document)
        hasher.combine(start)
        hasher.combine(end)
    }
}

/// The word or words that signalled a relation, with their offsets.
public struct Trigger: Codable, Hashable, Sendable {
    public var start: Int
    public var end: Int
    public var text: String
    /// The CAMEO root code of the trigger's event class (`18` assault, `04` consult), when its
    /// lexicon entry gives one, so event-data users can compare (see the Extraction resources README).
    public var cameo: String?

    public init(start: Int, end: Int, text: String, cameo: String? = nil) {
        self.start = start
        self.end = end
        self.text = text
        self.cameo = cameo
    }
}

/// The sentence behind an edge: where it is and what it says.
public struct Evidence: Codable, Hashable, Sendable, Comparable {
    public var document: String
    /// Index of the sentence within the document, from 0.
    public var sentence: Int
    /// Offsets of the sentence in the original document.
    public var start: Int
    public var end: Int
    /// The sentence as it stands in the original text.
    public var text: String
    public var trigger: Trigger?
    /// The id of the rule or trigger lexicon entry that made the relation (`lex:en:opposes:shell`,
    /// `swift:nisba-affiliation`); nil in graphs from other tools.
    public var rule: String?

    public init(document: String, sentence: Int, start: Int, end: Int, text: String, trigger: Trigger? = nil, rule: String? = nil) {
        self.document = document
        self.sentence = sentence
        self.start = start
        self.end = end
        self.text = text
        self.trigger = trigger
        self.rule = rule
    }

    /// Hashes where the record points, not its text: equal records point to the same place, and
    /// hashing each sentence's text or an Arabic rule id (Unicode-normalized on the way) was a measurable part of extraction.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(document)
        hasher.combine(start)
        hasher.combine(end)
        hasher.combine(trigger?.start)
        hasher.combine(trigger?.end)
    }

    /// A total order, so sorted output never depends on arrival order.
    public static func < (a: Evidence, b: Evidence) -> Bool {
        let x = (a.document, a.start, a.end, a.trigger?.start ?? -1, a.trigger?.end ?? -1)
        let y = (b.document, b.start, b.end, b.trigger?.start ?? -1, b.trigger?.end ?? -1)
        if x != y { return x < y }
        // Every field takes part, so two records differing only in the CAMEO code still have one order
        // (found by the JSON fuzz harness: their order flipped on a round trip).
        return (a.sentence, a.text, a.trigger?.text ?? "", a.rule ?? "", a.trigger?.cameo ?? "")
            < (b.sentence, b.text, b.trigger?.text ?? "", b.rule ?? "", b.trigger?.cameo ?? "")
    }
}

/// A sum of money named with a relation, such as funding.
public struct Amount: Codable, Hashable, Sendable {
    public var value: Double
    /// ISO 4217 code, e.g. `GBP`.
    public var currency: String

    public init(value: Double, currency: String) {
        self.value = value
        self.currency = currency
    }

    /// The value as plain text: whole numbers without a decimal point (`79500000`), others as Swift prints them (`79.5`).
    public var valueText: String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}

/// Facts attached to a relation beyond its type.
public struct EdgeAttributes: Codable, Hashable, Sendable {
    public var amount: Amount?
    /// A person's role in an `affiliated_with` relation, e.g. `ambassador`.
    public var role: String?
    /// The date as written or normalised, e.g. `2016-01-12` or `12-13 January`.
    public var date: String?

    public init(amount: Amount? = nil, role: String? = nil, date: String? = nil) {
        self.amount = amount
        self.role = role
        self.date = date
    }

    public var isEmpty: Bool { amount == nil && role == nil && date == nil }

    /// Keeps what is set here and fills the gaps from `other`.
    public func filling(from other: EdgeAttributes) -> EdgeAttributes {
        EdgeAttributes(amount: amount ?? other.amount, role: role ?? other.role, date: date ?? other.date)
    }
}
