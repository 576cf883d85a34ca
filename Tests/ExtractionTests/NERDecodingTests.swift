import Foundation
import Testing
@testable import Extraction

/// The recognizer's fast paths give what the plain ones give: features from the per-word cache
/// are those worked out token by token, and the vector Viterbi picks what a scalar scan picks.
@Suite struct NERDecodingTests {
    static let realNews = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("RealNews")

    /// The sentences of a document tokenized as the pipeline does: one vocabulary for the whole text.
    static func sentences(_ text: String) -> [Sentence] {
        var words = KeyIndex()
        var out: [Sentence] = []
        for line in text.split(separator: "\n") {
            let tokens = Tokenizer.tokenize(Array(line.unicodeScalars)[...], base: 0, words: &words)
            out += SentenceSplitter.split(tokens, firstIndex: out.count)
        }
        return out
    }

    /// Each document has its own vocabulary and cache, as in the pipeline.
    @Test func cachedFeaturesAreTheFreshOnes() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.realNews.path).filter { $0.hasSuffix(".txt") }.sorted()
        var sentenceCount = 0, repeated = 0, words = 0, wordsWithID = 0
        for file in files {
            let sentences = Self.sentences(try String(contentsOf: Self.realNews.appendingPathComponent(file), encoding: .utf8))
            var lexicon = NERLexicon()
            var seen = Set<Int32>()
            for s in sentences {
                let n = s.tokens.count
                let clues = NERFeatures.Clues(gazetteer: [UInt8](repeating: 0, count: n), lists: [UInt8](repeating: 0, count: n))
                let cached = NERFeatures(s.tokens, clues: clues, lexicon: &lexicon)
                let fresh = NERFeatures(s.tokens.map(Self.withoutWordID), clues: clues)
                #expect(cached.ids == fresh.ids && cached.starts == fresh.starts, "\(file), sentence \(s.index)")
                for t in s.tokens where t.word >= 0 && !seen.insert(t.word).inserted { repeated += 1 }
                words += s.tokens.filter(\.isWord).count
                wordsWithID += s.tokens.filter { $0.isWord && $0.word >= 0 }.count
            }
            sentenceCount += sentences.count
        }
        // The cache was used: nearly every word has an id in its text's vocabulary (a key with a
        // sign outside the simple letters has none), and many come back within their document.
        #expect(files.count >= 40 && sentenceCount > 300)
        #expect(wordsWithID * 100 >= words * 98 && repeated > 2000, "\(wordsWithID) of \(words), \(repeated) again")
    }

    static func withoutWordID(_ t: Token) -> Token {
        Token(kind: t.kind, start: t.start, end: t.end, key: t.key, keyHash: t.keyHash, word: -1,
              capitalized: t.capitalized, allCaps: t.allCaps)
    }

    /// Viterbi as a plain scan: each tag tries its allowed predecessors in tag order.
    static func scalarViterbi(_ emission: [Float], _ transitions: [Float], _ n: Int) -> [Int] {
        let t = NERModel.tags
        var score = [Float](repeating: -.infinity, count: n * t), back = [Int](repeating: 0, count: n * t)
        for k in 0..<t where NERModel.allowed[t * t + k] { score[k] = emission[k] + transitions[t * t + k] }
        for i in 1..<max(n, 1) {
            for k in 0..<t {
                var best = -Float.infinity, arg = 0
                for p in 0..<t where NERModel.allowed[p * t + k] && score[(i - 1) * t + p] > -.infinity {
                    let s = score[(i - 1) * t + p] + transitions[p * t + k]
                    if s > best { best = s; arg = p }
                }
                if best > -.infinity { score[i * t + k] = best + emission[i * t + k]; back[i * t + k] = arg }
            }
        }
        var last = 0
        for k in 1..<t where score[(n - 1) * t + k] > score[(n - 1) * t + last] { last = k }
        var out = [Int](repeating: 0, count: n)
        for i in stride(from: n - 1, through: 0, by: -1) { out[i] = last; last = back[i * t + last] }
        return out
    }

    /// Small whole-number scores make many ties, where the first predecessor must win.
    @Test(arguments: [1, 2, 7, 40])
    func vectorViterbiIsTheScalarScan(length: Int) {
        let t = NERModel.tags
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15 &+ UInt64(length)
        func next() -> Float {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Float(Int(state >> 61) - 3)
        }
        var differing = 0
        for _ in 0..<200 {
            let emission = (0..<(length * t)).map { _ in next() }
            let transitions = (0..<((t + 1) * t)).map { _ in next() }
            let vector = NERModel.viterbi(emission: emission, transitions: transitions, count: length).map(\.raw)
            let scalar = Self.scalarViterbi(emission, transitions, length)
            if vector != scalar { differing += 1 }
            // Every answer is a valid BIO sequence.
            #expect(vector.indices.allSatisfy { i in NERTag(raw: vector[i]).mayFollow(i == 0 ? nil : NERTag(raw: vector[i - 1])) })
        }
        #expect(differing == 0)
    }
}
