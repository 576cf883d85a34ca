/// Multi-word keys (word keys joined by single spaces) as a trie over interned word ids, so
/// the phrases starting at a token are found by walking the tokens that follow, instead of
/// joining their keys into strings for every candidate length.
struct PhraseTrie<Value: Sendable>: Sendable {
    /// The table the trie was built from; it answers the rare walks the trie cannot.
    let table: KeyTable<Value>
    private var words = KeyIndex()
    /// (node << 32 | word id) → child node; node 0 is the root.
    private var children: [UInt64: Int32] = [:]
    /// The value of the phrase ending at each node.
    private var values: [Value?] = [nil]

    init(_ table: KeyTable<Value>) {
        self.table = table
        for key in table.keys {
            var node = 0
            for word in key.split(separator: " ", omittingEmptySubsequences: false) {
                let edge = Self.edge(node, words.intern(String(word)))
                if let child = children[edge] {
                    node = Int(child)
                } else {
                    children[edge] = Int32(values.count)
                    node = values.count
                    values.append(nil)
                }
            }
            values[node] = table[key]
        }
    }

    @inline(__always)
    private static func edge(_ node: Int, _ word: Int) -> UInt64 { UInt64(node) << 32 | UInt64(word) }

    /// The phrases made of `first` and the keys of the tokens after `tokens[start]`, at most
    /// `limit` tokens long, longest first: the same answers as looking up
    /// `first + " " + tokens[start + 1].key …` in the table for each length.
    /// - Complexity: O(limit) lookups.
    func matches(first: CliticAnalyzer.Reading, _ tokens: [Token], from start: Int, limit: Int) -> [(tokens: Int, value: Value)] {
        var found: [(tokens: Int, value: Value)] = []
        var node = 0
        var n = 0
        while n < limit {
            let key = n == 0 ? first.stem : tokens[start + n].key
            guard let word = words.id(key, hash: n == 0 ? first.stemHash : tokens[start + n].keyHash) else {
                // A key holding a space (NFKC of a ligature) can still complete a phrase as a string.
                if KeyText.containsSpace(key) { return joinedMatches(first: first.stem, tokens, from: start, limit: limit) }
                break
            }
            guard let child = children[Self.edge(node, word)] else { break }
            node = Int(child)
            n += 1
            if let value = values[node] { found.append((n, value)) }
        }
        found.reverse()
        return found
    }

    /// The string-joining lookup, for keys the word trie cannot split.
    private func joinedMatches(first: String, _ tokens: [Token], from start: Int, limit: Int) -> [(tokens: Int, value: Value)] {
        var found: [(tokens: Int, value: Value)] = []
        var n = limit
        while n >= 1 {
            var phrase = first
            for k in 1..<n {
                phrase += " "
                phrase += tokens[start + k].key
            }
            if let value = table[phrase] { found.append((n, value)) }
            n -= 1
        }
        return found
    }
}

extension PhraseTrie where Value: TableCodable {
    /// The trie without its table, which the gazetteer writes once for both.
    func write(to out: inout TableWriter) {
        out.write(words)
        let edges = children.keys.sorted()
        out.block(edges)
        out.block(edges.map { children[$0]! })
        out.write(values)
    }

    init(from input: inout TableReader, table: KeyTable<Value>) throws(ExtractionError) {
        self.table = table
        words = try input.read()
        let edges: [UInt64] = try input.block(), nodes: [Int32] = try input.block()
        values = try input.read()
        guard edges.count == nodes.count, zip(edges, edges.dropFirst()).allSatisfy(<),
              nodes.allSatisfy({ $0 > 0 && Int($0) < values.count }) else { throw TableReader.broken }
        children = Dictionary(uniqueKeysWithValues: zip(edges, nodes))
    }
}
