import KnowledgeGraph

/// Finds sums of money in a sentence: 79.5 مليون جنيه إسترليني → 79,500,000 GBP, £20 million,
/// $1.1 billion, ١٫٢ مليار دولار. Digits and marks arrive already keyed (Arabic-Indic → ASCII).
enum AmountParser {
    struct Found: Sendable, Equatable {
        var amount: Amount
        /// Token index of the number.
        var token: Int
    }

    static let scales: KeyTable<Double> = [
        "الف": 1e3, "الاف": 1e3, "مليون": 1e6, "ملايين": 1e6, "مليار": 1e9, "مليارات": 1e9, "بليون": 1e9,
        "thousand": 1e3, "million": 1e6, "millions": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12,
    ]
    static let currencyWords: KeyTable<String> = [
        "دولار": "USD", "دولارا": "USD", "دولارات": "USD", "يورو": "EUR", "ريال": "SAR", "درهم": "AED", "دينار": "KWD",
        "ين": "JPY", "روبية": "INR", "yen": "JPY", "rupees": "INR",
        "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "pounds": "GBP", "pound": "GBP", "sterling": "GBP",
        "usd": "USD", "eur": "EUR", "gbp": "GBP",
    ]
    /// Nisba keys after دولار / دينار / ريال / درهم / جنيه that name a country's currency.
    static let qualified: KeyTable<String> = [
        "استرالي": "AUD", "كندي": "CAD", "امريكي": "USD", "اميركي": "USD", "نيوزيلندي": "NZD", "سنغافوري": "SGD",
        "كويتي": "KWD", "اردني": "JOD", "بحريني": "BHD", "عراقي": "IQD", "ليبي": "LYD", "تونسي": "TND", "جزائري": "DZD",
        "سعودي": "SAR", "قطري": "QAR", "عماني": "OMR", "اماراتي": "AED", "مصري": "EGP", "مغربي": "MAD",
    ]
    static let symbols: [String: String] = ["£": "GBP", "$": "USD", "€": "EUR"]
    /// US$, C$, A$, NZ$, HK$ (keys are lower case).
    static let dollarPrefixes: [String: String] = ["us": "USD", "c": "CAD", "ca": "CAD", "a": "AUD", "au": "AUD", "nz": "NZD", "hk": "HKD"]

    /// - Complexity: O(n) in the number of tokens.
    static func amounts(in tokens: [Token]) -> [Found] {
        var out: [Found] = []
        for (i, t) in tokens.enumerated() where t.kind == .number {
            guard var value = Double(t.key.replacingOccurrences(of: ",", with: "")) else { continue }
            var currency: String?
            if i > 0, let c = symbols[tokens[i - 1].key] { currency = c }
            if i > 1, tokens[i - 1].key == "$", let c = Self.dollarPrefixes[tokens[i - 2].key] { currency = c }
            var j = i + 1
            if j < tokens.count, let scale = scales[stem(tokens[j].key)] {
                value *= scale
                j += 1
            }
            if currency == nil, j < tokens.count {
                let word = stem(tokens[j].key)
                if word == "جنيه" {
                    let sterling = j + 1 < tokens.count && ["استرليني", "الاسترليني"].contains(tokens[j + 1].key)
                    currency = sterling ? "GBP" : "EGP"
                } else {
                    currency = currencyWords[word]
                    // دولار أسترالي، دينار كويتي: the nisba after the word names the currency.
                    if currency != nil, j + 1 < tokens.count, let c = qualified[tokens[j + 1].key] { currency = c }
                }
            }
            if let currency { out.append(Found(amount: Amount(value: value, currency: currency), token: i)) }
        }
        return out
    }

    /// Drops the proclitic ب or ل from a currency word (بمليون).
    static func stem(_ key: String) -> String {
        if scales[key] != nil || currencyWords[key] != nil || key == "جنيه" { return key }
        if let f = key.unicodeScalars.first, f == "ب" || f == "ل" { return String(key.unicodeScalars.dropFirst()) }
        return key
    }
}
