import KnowledgeGraph

/// What the pipeline learns while reading one document: its entities and what later
/// references can point back to.
struct DocumentState {
    let gazetteer: Gazetteer
    let language: Language
    var entities = EntityTable()
    /// Surnames and other single name words of persons met so far, keyed.
    var surnames = KeyTable<String>()
    /// Persons in the order they were introduced.
    var persons: [String] { personIDs.keys }
    /// Keyed, as a long document names thousands of persons and each new mention was a scan of them all.
    private var personIDs = KeySet()
    /// Per role and per country, the position in ``persons`` of the last person holding it:
    /// "the minister" with no name was a scan back through every person of the document.
    private var lastWithRole: [String: Int] = [:]
    private var lastWithCountry: [String: Int] = [:]
    /// The last two countries named together, and the last countries in order.
    var lastPair: (String, String)?
    var recentCountries: [String] = []
    var lastGroup: String?
    var lastOrganization: String?
    /// Acronyms introduced in brackets after a name: BATUK → its organization.
    var acronyms: [String: String] = [:]
    /// The country of the dateline (ACCRA, 4 March - …; بغداد، 3 مايو -), and how many sentences were
    /// looked at for one.
    var datelineCountry: String?
    /// The year of the dateline or of a date in the first sentences, for dates written without one.
    var datelineYear: String?
    /// Bodies named for fighting a group (التحالف الدولي ضد داعش) → that group.
    var opposedGroups: [String: String] = [:]
    /// The last body named "… Group" (the Ukraine Defence Contact Group), for a later "the group"
    /// when no armed group was named after it.
    var groupNamedBody: String?
    /// The organizations named last, oldest first (a bounded window).
    var organizations: [String] = []
    var sentencesSeen = 0
    /// The recognizer's per-word values of the document's words.
    var lexicon = NERLexicon()

    init(gazetteer: Gazetteer, language: Language) {
        self.gazetteer = gazetteer
        self.language = language
    }

    /// The document entity of a gazetteer entry, created on first use.
    mutating func entity(forEntry index: Int) -> String {
        let e = gazetteer.entries[index]
        if entities[e.id] == nil {
            let country = e.country.flatMap { gazetteer.entry(id: $0)?.id }
            entities[e.id] = DocumentEntity(
                id: e.id, type: e.type, label: e.english ?? e.arabic ?? e.id, english: e.english, arabic: e.arabic,
                wikidata: e.wikidata, country: country)
        }
        return e.id
    }

    /// A new entity found by a pattern; a second finding of the same id merges into the first.
    mutating func add(_ entity: DocumentEntity) -> String {
        if var existing = entities[entity.id] {
            existing.country = existing.country ?? entity.country
            existing.role = existing.role ?? entity.role
            existing.aliases.formUnion(entity.aliases)
            entities[entity.id] = existing
        } else {
            entities[entity.id] = entity
        }
        notePerson(entity.id)
        return entity.id
    }

    /// Gives a person without a country its country (a role or a body it leads says which).
    mutating func setCountry(_ country: String, of id: String) {
        entities[id]?.country = country
        notePerson(id)
    }

    /// Files a person under its role and country, once it is one of ``persons``.
    private mutating func notePerson(_ id: String) {
        guard let e = entities[id], e.type == .person, let i = personIDs.index.id(id) else { return }
        if let role = e.role { lastWithRole[role] = max(lastWithRole[role] ?? i, i) }
        if let country = e.country { lastWithCountry[country] = max(lastWithCountry[country] ?? i, i) }
    }

    /// The last person introduced who has this role or this country.
    /// - Complexity: O(1) on average.
    func lastPerson(role: String?, country: String?) -> String? {
        let i = max(role.flatMap { lastWithRole[$0] } ?? -1, country.flatMap { lastWithCountry[$0] } ?? -1)
        return i >= 0 ? persons[i] : nil
    }

    /// The person named by tokens `range`: one met before under this name, its surname or its
    /// spelling without spaces and hyphens (Jeong Kyeong-doo, Jeong Kyeongdoo), else a new one.
    /// Its name words are noted for the surnames that come later.
    mutating func person(_ range: Range<Int>, _ context: SentenceContext, country: String?, role: String?) -> String {
        let tokens = context.tokens
        let (text, compact) = Self.nameKeys(range, context)
        let earlier = range.count == 1 ? surnames[tokens[range.lowerBound]] : surnames[text] ?? surnames[compact]
        let id = add(DocumentEntity(id: earlier ?? PersonName.id(for: range, context), type: .person,
                                    label: PersonName.label(range, context), country: country, role: role))
        personIDs.insert(id)
        notePerson(id)
        for k in range where tokens[k].key.unicodeScalars.count >= 3 { surnames[tokens[k].key] = id }
        surnames[text] = id
        surnames[compact] = id
        return id
    }

    /// The keys a person's name is noted under: its words joined by spaces, and without spaces or
    /// hyphens (Kyeong-doo and Kyeongdoo meet there).
    static func nameKeys(_ range: Range<Int>, _ context: SentenceContext) -> (text: String, compact: String) {
        let tokens = context.tokens
        return (range.map { tokens[$0].key }.joined(separator: " "), range.filter { tokens[$0].isWord }.map { tokens[$0].key }.joined())
    }

    /// Notes mentions in reading order, for the references that come later.
    mutating func remember(_ mentions: [EntityMention], groups: [[String]]) {
        for m in mentions where m.form != .reference {
            guard let e = entities[m.entity] else { continue }
            switch e.type {
            case .country:
                noteCountry(e.id)
            case .group:
                lastGroup = e.id
                groupNamedBody = nil
            case .organization:
                lastOrganization = e.id
                // Only the recent ones matter to "the mission"; a long document must not make this grow.
                if organizations.last != e.id { organizations.append(e.id) }
                if organizations.count > 32 { organizations.removeFirst(organizations.count - 16) }
                if e.label.hasSuffix(" Group") { groupNamedBody = e.id }
                // الجيش الباكستاني also names Pakistan for a later البلدين.
                if let c = e.country, entities[c]?.type == .country { noteCountry(c) }
            default: break
            }
        }
        for group in groups {
            let countries = group.filter { entities[$0]?.type == .country }
            if countries.count == 2 { lastPair = (countries[0], countries[1]) }
        }
    }

    /// Moves a country to the end of the recent ones. Only the last two are ever read, so the list
    /// stays short: in a long document, scanning every country named so far was a hot spot.
    private mutating func noteCountry(_ id: String) {
        recentCountries.removeAll { $0 == id }
        recentCountries.append(id)
        if recentCountries.count > 8 { recentCountries.removeFirst(recentCountries.count - 4) }
    }

    /// The pair that البلدين / both countries refers to.
    var pair: (String, String)? {
        if let lastPair { return lastPair }
        let n = recentCountries.count
        return n >= 2 ? (recentCountries[n - 2], recentCountries[n - 1]) : nil
    }
}
