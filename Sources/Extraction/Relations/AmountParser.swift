import KnowledgeGraph

/// Finds sums of money in a sentence: 79.5 مليون جنيه إسترليني → 79,500,000 GBP, £20 million,
/// $1.1 billion, ١٫٢ مليار دولار. Digits and marks arrive already keyed (Arabic-Indic → ASCII).
enum AmountParser {
    struct Found: Sendable, Equatable {
        var amount: Amount
        /// Token index of the number.
        var token: Int
    }

    // The words of sums (Resources/wordsets.tsv): scales, currency names, the nisba that names a
    // country's currency after دولار / دينار (دولار أسترالي), symbols, and the prefixes of US$, C$, A$.
    static let scales: KeyTable<Double> = {
        let words = WordSets.table(.scale)
        var table = KeyTable<Double>()
        for key in words.keys { table[key] = words[key].flatMap { Double($0) } }  // checked numbers on load
        return table
    }()
    static let currencyWords = WordSets.table(.currency)
    static let qualified = WordSets.table(.currencyNisba)
    static let symbols = WordSets.table(.currencySymbol)
    static let dollarPrefixes = WordSets.table(.dollarPrefix)

    /// - Complexity: O(n) in the number of tokens.
    static func amounts(in tokens: [Token]) -> [Found] {
        var out: [Found] = []
        for (i, t) in tokens.enumerated() where t.kind == .number {
            guard var value = Double(t.key.replacingOccurrences(of: ",", with: "")) else { continue }
            var currency: String?
            if i > 0, let c = symbols[tokens[i - 1]] { currency = c }
            if i > 1, tokens[i - 1].key == "$", let c = Self.dollarPrefixes[tokens[i - 2]] { currency = c }
            var j = i + 1
            if j < tokens.count, let scale = scales[stem(tokens[j].key)] {
                value *= scale
                j += 1
            }
            if currency == nil, j < tokens.count {
                let word = stem(tokens[j].key)
                if Words.poundWords.contains(word) {
                    let sterling = j + 1 < tokens.count && Words.sterling.contains(tokens[j + 1])
                    currency = sterling ? "GBP" : "EGP"
                } else {
                    currency = currencyWords[word]
                    // دولار أسترالي، دينار كويتي: the nisba after the word names the currency.
                    if currency != nil, j + 1 < tokens.count, let c = qualified[tokens[j + 1]] { currency = c }
                }
            }
            if let currency { out.append(Found(amount: Amount(value: value, currency: currency), token: i)) }
        }
        return out
    }

    /// Drops the proclitic ب or ل from a currency word (بمليون).
    static func stem(_ key: String) -> String {
        if scales[key] != nil || currencyWords[key] != nil || Words.poundWords.contains(key) { return key }
        if let f = key.unicodeScalars.first, f == "ب" || f == "ل" { return String(key.unicodeScalars.dropFirst()) }
        return key
    }
}
