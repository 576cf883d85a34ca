import KnowledgeGraph

/// The trigger lexicon's lines (Resources/triggers.tsv; format in Resources/README.md):
/// `verb` and `noun` lemmas whose forms are generated at load time, single `trigger` forms,
/// and the `clitic` lists the trigger finder takes off Arabic words.
///
/// Forms are generated when the lexicon loads rather than by a script into a committed table:
/// the lemma line stays the one source, a user's `--lexicon` lemma gets the same inflection,
/// and there is no generated file to drift. Loading all lemmas takes a few milliseconds.
extension GazetteerLoader {
    /// `trigger  relation  lang  word  frame  [cameo]`: one form, kept as written.
    mutating func trigger(_ f: [String], line: Int) throws(ExtractionError) {
        let (relation, frame, cameo) = try reading(relation: f[1], lang: f[2], frame: f[4], cameo: f.count > 5 ? f[5] : "-", line: line)
        try oneWord([f[3]], line: line)
        let id = Self.entryID(lang: f[2], relation: relation, frame: frame, lemma: f[3])
        // Repeated single forms were always allowed; the first keeps the id.
        if gazetteer.triggerIDs[id] == nil { gazetteer.triggerIDs[id] = "\(file):\(line)" }
        add(f[3], Gazetteer.Trigger(relation: relation, frame: frame, id: id, cameo: cameo), generated: false)
    }

    /// `verb|noun  lang  relation  frame  cameo  lemma  [principal]  [nouns]  [extra]  [except]`; a noun's
    /// principal forms are its plurals.
    mutating func lemma(_ f: [String], line: Int) throws(ExtractionError) {
        let field = { (i: Int) in f.count > i ? Self.list(f[i]) : [] }
        let (relation, frame, cameo) = try reading(relation: f[2], lang: f[1], frame: f[3], cameo: f[4], line: line)
        let lemma = f[5]
        try oneWord([lemma] + field(6) + field(7) + field(8), line: line)
        let id = Self.entryID(lang: f[1], relation: relation, frame: frame, lemma: lemma)
        if let first = gazetteer.triggerIDs[id] {
            throw ExtractionError(.invalidLexicon, "\(file):\(line): trigger entry \(id) is already defined at \(first)")
        }
        gazetteer.triggerIDs[id] = "\(file):\(line)"
        let forms: (active: [String], passive: [String])
        do {
            forms = try Self.forms(kind: f[0], lang: f[1], lemma: lemma, principal: field(6), nouns: field(7))
        } catch {
            throw ExtractionError(.invalidLexicon, "\(file):\(line): \(error.message)")
        }
        let except = Set(field(9).map(Gazetteer.phraseKey))
        let trigger = Gazetteer.Trigger(relation: relation, frame: frame, id: id, cameo: cameo)
        // A passive form has its agent after by / من; symmetric relations have no direction to turn.
        var passive = trigger
        if frame == .plain, !relation.isSymmetric { passive.frame = .passive }
        for form in forms.active where !except.contains(Gazetteer.phraseKey(form)) { add(form, trigger, generated: true) }
        for form in forms.passive where !except.contains(Gazetteer.phraseKey(form)) { add(form, passive, generated: true) }
        for form in field(8) { add(form, trigger, generated: false) }
    }

    /// The trigger finder reads one word at a time, so a form of two words could never match.
    func oneWord(_ forms: [String], line: Int) throws(ExtractionError) {
        if let phrase = forms.first(where: { Gazetteer.phraseKey($0).contains(" ") }) {
            throw ExtractionError(.invalidLexicon, "\(file):\(line): '\(phrase)' is more than one word; a trigger is one word (write a phrase as a pattern rule, see rules/README.md)")
        }
    }

    /// `clitic  ar  proclitic|article|enclitic  forms`.
    mutating func clitics(_ f: [String], line: Int) throws(ExtractionError) {
        let forms = Self.list(f[3]).map { TextNormalizer.key($0) }
        switch f[2] {
        case "proclitic": gazetteer.triggerClitics.proclitics += forms
        case "article": gazetteer.triggerClitics.articles += forms
        case "enclitic": gazetteer.triggerClitics.enclitics += forms
        default: throw ExtractionError(.invalidLexicon, "\(file):\(line): unknown clitic kind '\(f[2])' (proclitic, article, enclitic)")
        }
    }

    static func entryID(lang: String, relation: RelationType, frame: Gazetteer.Trigger.Frame, lemma: String) -> String {
        "lex:\(lang):\(relation.rawValue):\(lemma)" + (frame == .plain ? "" : ":\(frame.rawValue)")
    }

    func reading(relation: String, lang: String, frame: String, cameo: String, line: Int) throws(ExtractionError)
        -> (RelationType, Gazetteer.Trigger.Frame, String?) {
        guard let r = RelationType(rawValue: relation) else {
            throw ExtractionError(.invalidLexicon, "\(file):\(line): unknown relation '\(relation)' (expected one of: \(RelationType.allCases.map(\.rawValue).joined(separator: " ")))")
        }
        guard let fr = Gazetteer.Trigger.Frame(rawValue: frame) else {
            throw ExtractionError(.invalidLexicon, "\(file):\(line): unknown frame '\(frame)' (expected - with passive amount in reverse)")
        }
        guard ["ar", "en"].contains(lang) else { throw ExtractionError(.invalidLexicon, "\(file):\(line): unknown language '\(lang)' (ar or en)") }
        let code = Int(cameo)
        guard cameo == "-" || (cameo.count == 2 && code.map { (1...20).contains($0) } ?? false) else {
            throw ExtractionError(.invalidLexicon, "\(file):\(line): CAMEO root code '\(cameo)' is not two digits 01–20 or -")
        }
        return (r, fr, cameo == "-" ? nil : cameo)
    }

    static func forms(kind: String, lang: String, lemma: String, principal: [String], nouns: [String]) throws(ArabicInflector.Failure)
        -> (active: [String], passive: [String]) {
        switch (kind, lang) {
        case ("verb", "en"):
            guard principal.count <= 2 else { throw .init(message: "give the past and participle as PAST|PARTICIPLE") }
            let v = EnglishInflector.verb(lemma, past: principal.first, participle: principal.count > 1 ? principal[1] : nil)
            return (v.active + nouns.flatMap { EnglishInflector.noun($0) }, v.participle)
        case ("noun", "en"):
            return (principal.isEmpty ? EnglishInflector.noun(lemma) : [lemma] + principal, [])
        case ("verb", _):
            guard principal.count <= 1 else { throw .init(message: "give one present form (3rd person masculine singular)") }
            let v = try ArabicInflector.verb(past: lemma, present: principal.first)
            return (v.active + nouns.flatMap { ArabicInflector.noun($0, plurals: []) }, v.passive)
        default:
            return (ArabicInflector.noun(lemma, plurals: principal), [])
        }
    }

    /// A generated form that is also a name, title, head noun or coreference word is left out:
    /// those lists know the word better. Listed forms are always kept.
    mutating func add(_ form: String, _ trigger: Gazetteer.Trigger, generated: Bool) {
        let key = Gazetteer.phraseKey(form)
        guard !key.isEmpty else { return }
        if generated, knowsBetter(key) { return }
        var list = gazetteer.triggers[key] ?? []
        if !list.contains(where: trigger.sameReading) {
            list.append(trigger)
            gazetteer.triggers[key] = list
        }
    }

    /// Whether a name, title, head noun or coreference word has this key. Not a copy of the
    /// gazetteer held across the insertion above: that would make every insertion copy its table.
    private func knowsBetter(_ key: String) -> Bool {
        let g = gazetteer
        return g.phrases[key] != nil || g.titles[key] != nil || g.orgHeads.contains(key) || g.placeHeads.contains(key)
            || g.coref[key] != nil
    }
}
