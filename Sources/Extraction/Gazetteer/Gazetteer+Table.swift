import KnowledgeGraph

/// Every stored property of the gazetteer, in declaration order (``GazetteerTable/fields`` counts them).
extension Gazetteer: TableCodable {
    func write(to t: inout TableWriter) {
        t.write(entries); t.write(entryIndex); t.write(phrases); t.int(maxPhraseTokens); t.write(titles); t.int(maxTitleTokens)
        t.write(orgHeads); t.write(placeHeads); t.write(stops); t.write(triggers); t.write(GazetteerTable.relative(triggerIDs)); t.write(triggerClitics)
        t.write(coref); t.write(corefStarts); t.write(blocks); t.write(memberHeads); t.write(agentMarkers); t.write(agentMarkerStarts)
        t.write(notNisba); t.write(lineContinuers); t.write(documentWords); t.write(notNames); t.write(bodyHeads); t.write(groupHeads)
        t.write(stateBodies); t.write(known); t.write(wordClues)
        // The tries' tables are `phrases` and `titles`, written once above.
        phraseTrie.write(to: &t)
        titleTrie.write(to: &t)
    }

    init(from t: inout TableReader) throws(ExtractionError) {
        self.init()
        entries = try t.read(); entryIndex = try t.read(); phrases = try t.read(); maxPhraseTokens = try t.int()
        titles = try t.read(); maxTitleTokens = try t.int()
        orgHeads = try t.read(); placeHeads = try t.read(); stops = try t.read(); triggers = try t.read(); triggerIDs = GazetteerTable.absolute(try t.read())
        triggerClitics = try t.read()
        coref = try t.read(); corefStarts = try t.read(); blocks = try t.read(); memberHeads = try t.read(); agentMarkers = try t.read()
        agentMarkerStarts = try t.read()
        notNisba = try t.read(); lineContinuers = try t.read(); documentWords = try t.read(); notNames = try t.read()
        bodyHeads = try t.read(); groupHeads = try t.read()
        stateBodies = try t.read(); known = try t.read(); wordClues = try t.read()
        phraseTrie = try PhraseTrie(from: &t, table: phrases)
        titleTrie = try PhraseTrie(from: &t, table: titles)
        // Matches point into `entries`, and entries are found by index: neither may point past the end.
        let n = entries.count
        guard phrases.keys.allSatisfy({ phrases[$0]!.allSatisfy { $0.entry < n && $0.entry >= 0 } }),
              entryIndex.keys.allSatisfy({ (0..<n).contains(entryIndex[$0]!) }) else { throw TableReader.broken }
    }
}

extension GazetteerEntry: TableCodable {
    func write(to t: inout TableWriter) {
        t.write(id); t.string(type.rawValue); t.write(english); t.write(arabic); t.write(wikidata); t.write(country); t.write(iso)
    }

    init(from t: inout TableReader) throws(ExtractionError) {
        self.init(id: try t.read(), type: try t.raw(), english: try t.read(), arabic: try t.read(), wikidata: try t.read(),
                  country: try t.read(), iso: try t.read())
    }
}

extension GazetteerMatch: TableCodable {
    func write(to t: inout TableWriter) {
        t.int(entry); t.int(form == .name ? 0 : 1); t.write(caseSensitive)
    }

    init(from t: inout TableReader) throws(ExtractionError) {
        self.init(entry: try t.int(), form: try t.int() == 0 ? .name : .adjective, caseSensitive: try t.read())
    }
}

extension Gazetteer.Trigger: TableCodable {
    func write(to t: inout TableWriter) {
        t.string(relation.rawValue); t.string(frame.rawValue); t.write(id); t.write(cameo)
    }

    init(from t: inout TableReader) throws(ExtractionError) {
        self.init(relation: try t.raw(), frame: try t.raw(), id: try t.read(), cameo: try t.read())
    }
}

extension Gazetteer.TriggerClitics: TableCodable {
    func write(to t: inout TableWriter) { t.write(proclitics); t.write(articles); t.write(enclitics) }

    init(from t: inout TableReader) throws(ExtractionError) {
        self.init(proclitics: try t.read(), articles: try t.read(), enclitics: try t.read())
    }
}

extension Gazetteer.CorefKind: TableCodable {
    func write(to t: inout TableWriter) { t.string(rawValue) }
    init(from t: inout TableReader) throws(ExtractionError) { self = try t.raw() }
}
