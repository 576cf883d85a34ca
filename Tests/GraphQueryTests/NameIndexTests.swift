import Foundation
import KnowledgeGraph
import Testing
@testable import Extraction
@testable import GraphQuery

/// The name index's byte-level parts against the `String` code they stand in for, on the
/// real-news excerpts: keys, articles, word and trigram search.
@Suite struct NameIndexTests {
    static let folders = ["RealNews", "DevSet"].map {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("ExtractionTests/\($0)")
    }

    /// Every line of the real-news excerpts and the development set.
    static let lines: [String] = folders.flatMap { folder in
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".txt") }.sorted().flatMap { name in
            ((try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)) ?? "")
                .split(separator: "\n").map(String.init)
        }
    }

    /// Names as two and three neighbouring words of the texts, each once: Arabic and English,
    /// with the near-misses real text has (المتحدة, متحدة; Minister, Ministers).
    static let names: [String] = {
        var seen = Set<String>()
        var out: [String] = []
        for line in lines {
            let words = line.split(whereSeparator: { $0 == " " })
            for n in [2, 3] where words.count >= n {
                for i in 0...(words.count - n) {
                    let name = words[i..<(i + n)].joined(separator: " ")
                    if seen.insert(name).inserted { out.append(name) }
                }
            }
        }
        return out
    }()

    @Test func theExcerptsAreThere() {
        #expect(Self.lines.count > 500)
        #expect(Self.names.count > NameIndexFuture.backgroundFrom, "enough names to build the index on its own thread")
    }

    static let awkward = [
        "1.5 million", "20,000", "Al-Shabaab", "  spaced   out  ", "ﻻ إله", "Ｆｕｌｌ", "İstanbul", "ΣΊΣΥΦΟΣ",
        "بِرِيطَانِيَا", "٣٫٥", "e\u{301}te\u{301}", "\u{200F}رئيس\u{200E}", "", "...", "ك ی ة ى",
    ]

    @Test func keyBytesAreTheKey() {
        var buffer = KeyBuffer()
        for text in Self.lines + Self.awkward {
            buffer.key(text)
            #expect(buffer.bytes == Array(TextNormalizer.key(text).utf8), "\(text)")
        }
    }

    @Test func articlesDropOnBytesAsOnStrings() {
        var out: [UInt8] = []
        var changed = 0
        for text in Self.lines + Self.names + Self.awkward + ["the hague", "the", "the the", "الف باء", "الالعاب"] {
            let key = TextNormalizer.key(text)
            let dropped = EntityResolver.dropArticles(key)
            let bytes = Array(key.utf8)
            let did = bytes.withUnsafeBytes { ArticleBytes.drop($0, into: &out) }
            #expect(did == (dropped != key), "\(key)")
            if did { #expect(String(decoding: out, as: UTF8.self) == dropped, "\(key)"); changed += 1 }
        }
        #expect(changed > 1000)
    }

    /// The graph of the names: node i is `n<i>`, labelled with name i.
    static let graph: QueryGraph = {
        var tsv = "id\ttype\tlabel\n"
        for (i, name) in names.enumerated() { tsv += "n\(i)\tperson\t\(name)\n" }
        let nodes = Array(tsv.utf8), edges = Array("n0\ttalks\tn1\n".utf8)
        let index = try! nodes.withUnsafeBytes { n in
            try edges.withUnsafeBytes { e in try TSVGraphLoader.load(nodes: n, edges: e, paths: ("nodes", "edges")) }
        }
        return QueryGraph(index: index)
    }()

    /// The keys within the limit by measuring every key: what the resolver did before the
    /// trigram index.
    static func scan(_ key: String, keys: [String: [Int32]]) -> [Int32] {
        let target = key.unicodeScalars.map(\.value)
        let limit = max(2, target.count / 3)
        var distance = EditDistance()
        var scored: [(Int, String)] = []
        for candidate in keys.keys {
            let scalars = candidate.unicodeScalars.map(\.value)
            if abs(scalars.count - target.count) > limit { continue }
            let d = distance.between(target, scalars, limit: limit)
            if d <= limit { scored.append((d, candidate)) }
        }
        scored.sort { $0 < $1 }
        var result: [Int32] = []
        for s in scored {
            for v in keys[s.1]! where !result.contains(v) { result.append(v) }
            if result.count >= 5 { break }
        }
        return Array(result.prefix(5))
    }

    /// A name with one or two slips: a letter dropped, two swapped, one changed.
    static func misspell(_ name: String, _ i: Int) -> String {
        var s = Array(name.unicodeScalars)
        guard s.count > 3 else { return name + "x" }
        let at = 1 + i % (s.count - 2)
        switch i % 4 {
        case 0: s.remove(at: at)
        case 1: s.swapAt(at, at - 1)
        case 2: s[at] = s[at] == "a" ? "e" : "a"
        default: s.remove(at: at); s.insert("o", at: 0)
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: s)
        return String(view)
    }

    @Test func suggestionsAreThoseOfAFullScan() {
        let keys = Self.graph.names.keys.dictionaries.exact
        let search = Self.graph.names.search
        var found = 0
        // The reference scan measures every key, so a sample of names keeps the test short.
        let step = Self.names.count / 60
        for i in stride(from: 0, to: Self.names.count, by: step) {
            let key = TextNormalizer.key(Self.misspell(Self.names[i], i))
            let got = search.suggestions(for: key)
            #expect(got == Self.scan(key, keys: keys), "\(key)")
            if got.contains(Int32(i)) { found += 1 }
        }
        // Most slips leave the name itself among the five nearest.
        #expect(found > 40)
        // Short names (four letters or fewer) are measured against the short keys.
        for short in ["egpt", "ira", "ليبي", "ab"] {
            #expect(search.suggestions(for: short) == Self.scan(short, keys: keys), "\(short)")
        }
    }

    @Test func wordSearchIsThatOfAFullScan() {
        let keys = Self.graph.names.keys.dictionaries
        let search = Self.graph.names.search
        let step = Self.names.count / 100
        var hits = 0
        for i in stride(from: 0, to: Self.names.count, by: step) {
            let words = EntityResolver.dropArticles(TextNormalizer.key(Self.names[i])).split(separator: " ")
            guard let word = words.last else { continue }
            let query = String(word)
            var expected = Set<Int32>()
            for map in [keys.exact, keys.bare] {
                for (name, nodes) in map where Set([Substring(query)]).isSubset(of: EntityResolver.dropArticles(name).split(separator: " ")) {
                    expected.formUnion(nodes)
                }
            }
            let got = search.nodes(containingWords: query)
            #expect(got == expected.sorted(), "\(query)")
            if got.contains(Int32(i)) { hits += 1 }
        }
        #expect(hits > 90)
    }
}
