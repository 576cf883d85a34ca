import KnowledgeGraph

/// Parses gazetteer and word-list lines into a ``Gazetteer``.
struct GazetteerLoader {
    var gazetteer: Gazetteer
    let file: String

    mutating func line(_ f: [String], number: Int) throws(ExtractionError) {
        func need(_ n: Int) throws(ExtractionError) {
            guard f.count >= n else {
                throw ExtractionError(.invalidLexicon, "\(file):\(number): '\(f[0])' needs \(n) tab-separated fields, found \(f.count)")
            }
        }
        switch f[0] {
        case "country":
            try need(7)
            try country(f, line: number, fromICU: false)
        case "entity":
            try need(7)
            try entity(f, line: number)
        case "title":
            try need(4)
            let key = Gazetteer.phraseKey(f[2])
            gazetteer.titles[key] = f[3] == "-" ? "" : f[3]
        case "orghead": try need(3); gazetteer.orgHeads.insert(Gazetteer.phraseKey(f[2]))
        case "placehead": try need(3); gazetteer.placeHeads.insert(Gazetteer.phraseKey(f[2]))
        case "stop": try need(3); gazetteer.stops.insert(Gazetteer.phraseKey(f[2]))
        case "block": try need(3); gazetteer.blocks.insert(Gazetteer.phraseKey(f[2]))
        case "agentmarker": try need(3); for w in Self.list(f[2]) { gazetteer.agentMarkers.append(Gazetteer.phraseKey(w).split(separator: " ").map(String.init)) }
        case "memberhead": try need(3); for w in Self.list(f[2]) { gazetteer.memberHeads.insert(Gazetteer.phraseKey(w)) }
        case "continues": try need(3); for w in Self.list(f[2]) { gazetteer.lineContinuers.insert(Gazetteer.phraseKey(w)) }
        case "notnisba": try need(3); gazetteer.notNisba.insert(Gazetteer.phraseKey(f[2]))
        case "grouphead": try need(3); gazetteer.groupHeads.insert(Gazetteer.phraseKey(f[2]))
        case "bodyhead": try need(3); gazetteer.bodyHeads.insert(Gazetteer.phraseKey(f[2]))
        case "document": try need(3); gazetteer.documentWords.insert(Gazetteer.phraseKey(f[2]))
        case "notname": try need(3); gazetteer.notNames.insert(Gazetteer.phraseKey(f[2]))
        case "statebody": try need(3); gazetteer.stateBodies.insert(Gazetteer.phraseKey(f[2]))
        case "trigger": try need(5); try trigger(f, line: number)
        case "verb", "noun": try need(6); try lemma(f, line: number)
        case "clitic": try need(4); try clitics(f, line: number)
        case "coref":
            try need(4)
            guard let kind = Gazetteer.CorefKind(rawValue: f[1]) else {
                throw ExtractionError(.invalidLexicon, "\(file):\(number): unknown coreference kind '\(f[1])'")
            }
            gazetteer.coref[Gazetteer.phraseKey(f[3])] = kind
        default:
            throw ExtractionError(.invalidLexicon, "\(file):\(number): unknown line kind '\(f[0])'")
        }
    }

    static func list(_ field: String) -> [String] {
        field == "-" ? [] : field.split(separator: "|").map { $0.trimmingSpaces }.filter { !$0.isEmpty }
    }

    /// `country ISO wikidata English-names Arabic-names demonyms irregular-nisba`.
    mutating func country(_ f: [String], line: Int, fromICU: Bool) throws(ExtractionError) {
        let iso = f[1]
        let english = Self.list(f[3])
        let arabic = Self.list(f[4])
        let wikidata = f[2] == "-" ? nil : f[2]
        let index: Int
        if let existing = gazetteer.entryIndex[iso] {
            index = existing
            var entry = gazetteer.entries[index]
            if let wikidata, entry.wikidata == nil {
                entry.wikidata = wikidata
                entry.id = wikidata
                gazetteer.entryIndex[wikidata] = index
            }
            // A curated English name replaces ICU's (Türkiye → Turkey keeps both as aliases).
            if !fromICU, let first = english.first { entry.english = first }
            gazetteer.entries[index] = entry
        } else {
            let label = english.first ?? iso
            let entry = GazetteerEntry(id: wikidata ?? Gazetteer.slug(label), type: .country, english: label,
                                       arabic: arabic.first, wikidata: wikidata, country: nil, iso: iso)
            index = gazetteer.entries.count
            gazetteer.entries.append(entry)
            gazetteer.entryIndex[iso] = index
            gazetteer.entryIndex[entry.id] = index
            if let wikidata { gazetteer.entryIndex[wikidata] = index }
        }
        for name in english + arabic { addPhrase(name, index, .name) }
        for demonym in Self.list(f[5]) { addPhrase(demonym, index, .adjective) }
        var stems = Self.list(f[6]).map { TextNormalizer.key($0) }
        if stems.isEmpty || fromICU {
            for name in arabic { if let stem = NisbaGenerator.stem(ofCountry: name) { stems.append(stem) } }
        }
        for stem in stems where !gazetteer.notNisba.contains(stem) {
            for form in NisbaGenerator.forms(ofStem: stem) { addPhrase(form, index, .adjective) }
        }
    }

    /// `entity type slug wikidata English-names Arabic-names country`.
    mutating func entity(_ f: [String], line: Int) throws(ExtractionError) {
        guard let type = NodeType(rawValue: f[1]) else {
            throw ExtractionError(.invalidLexicon, "\(file):\(line): unknown entity type '\(f[1])'")
        }
        let english = Self.list(f[4])
        let arabic = Self.list(f[5])
        let wikidata = f[3] == "-" ? nil : f[3]
        let id = wikidata ?? (f[2] == "-" ? Gazetteer.slug(english.first ?? arabic.first ?? "") : f[2])
        let index = gazetteer.entryIndex[id] ?? gazetteer.entries.count
        if index == gazetteer.entries.count {
            gazetteer.entries.append(GazetteerEntry(
                id: id, type: type, english: english.first, arabic: arabic.first, wikidata: wikidata,
                country: f[6] == "-" ? nil : f[6], iso: nil))
            gazetteer.entryIndex[id] = index
            if f[2] != "-" { gazetteer.entryIndex[f[2]] = index }
        }
        for name in english + arabic { addPhrase(name, index, .name) }
    }

    mutating func addPhrase(_ text: String, _ entry: Int, _ form: GazetteerMatch.Form) {
        let key = Gazetteer.phraseKey(text)
        guard !key.isEmpty else { return }
        // Short acronyms (US, IS, UN) would otherwise match ordinary words.
        let caseSensitive = text.unicodeScalars.count <= 5 && text.unicodeScalars.allSatisfy { !$0.properties.isLowercase }
            && text.unicodeScalars.contains { $0.isASCII && $0.properties.isAlphabetic }
        let match = GazetteerMatch(entry: entry, form: form, caseSensitive: caseSensitive)
        var list = gazetteer.phrases[key] ?? []
        if let i = list.firstIndex(where: { $0.entry == entry }) {
            if form == .name, list[i].form == .adjective { list[i] = match }
            if !caseSensitive { list[i].caseSensitive = false }
        } else {
            list.append(match)
        }
        gazetteer.phrases[key] = list
    }
}
