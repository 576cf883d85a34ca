import Foundation

/// Named-entity data in CoNLL form: a `TOKEN TAG` pair a line (the tag last), sentences split
/// by blank lines, documents by `-DOCSTART-` lines. BIO and IO tags both read.
package struct CoNLLCorpus: Sendable {
    package struct Sentence: Sendable {
        package var tokens: [String]
        package var tags: [NERTag]
        /// The document it belongs to, counted from 0.
        package var document: Int
    }

    package var sentences: [Sentence] = []
    package var documentCount: Int { (sentences.last?.document ?? -1) + 1 }

    package init(sentences: [Sentence]) { self.sentences = sentences }

    /// Reads a file; a line that is not `TOKEN TAG` with a known tag is an error naming file:line.
    package static func read(path: String) throws(ExtractionError) -> CoNLLCorpus {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ExtractionError(.io, "cannot read \(path)")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw ExtractionError(.invalidUTF8, "\(path): not UTF-8 text")
        }
        return try parse(text, file: path)
    }

    package static func parse(_ text: String, file: String) throws(ExtractionError) -> CoNLLCorpus {
        var out: [Sentence] = []
        var current = Sentence(tokens: [], tags: [], document: 0)
        var document = 0
        var sawDocument = false
        func close() {
            if !current.tokens.isEmpty { out.append(current) }
            current = Sentence(tokens: [], tags: [], document: document)
        }
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if fields.isEmpty { close(); continue }
            if fields[0] == "-DOCSTART-" {
                close()
                if sawDocument || !out.isEmpty { document += 1 }
                sawDocument = true
                current.document = document
                continue
            }
            guard fields.count >= 2, let tag = NERTag(label: String(fields.last!)) else {
                let found = fields.count >= 2 ? "unknown tag '\(fields.last!)'" : "no tag"
                throw ExtractionError(.invalidData, "\(file):\(number + 1): \(found); expected 'TOKEN TAG' with a tag like B-PER, I-LOC or O")
            }
            current.tokens.append(String(fields[0]))
            current.tags.append(tag)
        }
        close()
        return CoNLLCorpus(sentences: out)
    }

    /// The sentences of documents for which `keep(document)` holds.
    package func filter(documents keep: (Int) -> Bool) -> CoNLLCorpus {
        CoNLLCorpus(sentences: sentences.filter { keep($0.document) })
    }
}

/// A CoNLL sentence retokenized the way the pipeline tokenizes text, so the recognizer learns
/// and is scored on the tokens it will see: the CoNLL tokens joined by spaces make a line,
/// and each pipeline token takes the tag of the CoNLL token it lies in.
package struct RetokenizedSentence {
    let line: [Unicode.Scalar]
    let tokens: [Token]
    /// For each pipeline token, the CoNLL token it lies in.
    let source: [Int]
    package let gold: [NERTag]

    package init(_ sentence: CoNLLCorpus.Sentence) {
        var line: [Unicode.Scalar] = []
        var starts: [Int] = []
        for (k, token) in sentence.tokens.enumerated() {
            if k > 0 { line.append(" ") }
            starts.append(line.count)
            line.append(contentsOf: token.unicodeScalars)
        }
        let tokens = Tokenizer.tokenize(line[...], base: 0)
        var source: [Int] = []
        var gold: [NERTag] = []
        var k = 0
        for (i, token) in tokens.enumerated() {
            while k + 1 < starts.count, starts[k + 1] <= token.start { k += 1 }
            source.append(k)
            let tag = sentence.tags[k]
            guard let type = tag.type else { gold.append(.outside); continue }
            // B only on the first piece of a CoNLL token that opens a name.
            let firstPiece = i == 0 || source[i - 1] != k
            let opens = tag.isBegin || k == 0 || sentence.tags[k - 1].type != type
            gold.append(firstPiece && opens ? .begin(type) : .inside(type))
        }
        self.line = line
        self.tokens = tokens
        self.source = source
        self.gold = gold
    }

    /// Spans in CoNLL token indices for spans over pipeline tokens.
    func conllSpans(_ spans: [NERSpan]) -> [NERSpan] {
        spans.map { NERSpan(tokens: source[$0.tokens.lowerBound]..<(source[$0.tokens.upperBound - 1] + 1), type: $0.type) }
    }
}

extension CoNLLCorpus {
    /// The language whose script most of the tokens' letters are in, or nil for no letters.
    package static func script(of corpus: CoNLLCorpus) -> Language? {
        var arabic = 0, latin = 0
        for s in corpus.sentences.prefix(2000) {
            for token in s.tokens {
                for u in token.unicodeScalars {
                    if u.value >= 0x0600, u.value <= 0x06FF { arabic += 1 } else if u.properties.isAlphabetic, u.value < 0x0250 { latin += 1 }
                }
            }
        }
        if arabic + latin == 0 { return nil }
        return arabic > latin ? .ar : .en
    }

    /// Several files as one corpus in `language`: an error when they hold no sentence, or when most
    /// of their letters are in the other language's script.
    package static func read(paths: [String], language: Language) throws(ExtractionError) -> CoNLLCorpus {
        let corpus = try read(paths: paths)
        let files = paths.joined(separator: " ")
        guard !corpus.sentences.isEmpty else { throw ExtractionError(.invalidData, "no CoNLL sentences in \(files)") }
        if let found = script(of: corpus), found != language {
            throw ExtractionError(.invalidData, "\(files) looks like '\(found.rawValue)' text, not --lang \(language.rawValue)")
        }
        return corpus
    }

    /// Several files as one corpus; documents are numbered across the files, so each keeps
    /// its own coreference state.
    package static func read(paths: [String]) throws(ExtractionError) -> CoNLLCorpus {
        var sentences: [Sentence] = []
        for path in paths {
            let offset = (sentences.last?.document ?? -1) + 1
            sentences += try read(path: path).sentences.map { var s = $0; s.document += offset; return s }
        }
        return CoNLLCorpus(sentences: sentences)
    }
}
