/// Finds dates in a sentence and writes them in English: 12-13 يناير → "12-13 January",
/// 17 من ديسمبر → "17 December", منذ عام 2012 → "since 2012", تشرين الثاني → "November",
/// March 12, 2016 → "12 March 2016".
enum DateParser {
    struct Found: Sendable, Equatable {
        var text: String
        var token: Int
    }

    /// Month names in both scripts → the English name dates are written with (Resources/wordsets.tsv).
    static let months = WordSets.table(.month)

    /// First words of the months written as two words.
    static let twoWordStarts = KeySet.firstWords(ofPhrases: months.keys)

    /// - Complexity: O(n) in the number of tokens.
    static func dates(in tokens: [Token]) -> [Found] {
        var out: [Found] = []
        var i = 0
        while i < tokens.count {
            if let (month, n) = month(at: i, tokens) {
                var text = month
                var start = i
                // Days before: "12-13 يناير", "17 من ديسمبر".
                var k = i - 1
                if k >= 0, Words.dayLinks.contains(tokens[k]) { k -= 1 }
                if k >= 0, isDay(tokens[k]) {
                    var days = tokens[k].key
                    if k >= 2, Words.dayRanges.contains(tokens[k - 1]), isDay(tokens[k - 2]) {
                        days = tokens[k - 2].key + "-" + days
                        k -= 2
                    }
                    text = days + " " + month
                    start = k
                } else if i + n < tokens.count, isDay(tokens[i + n]) {
                    text = tokens[i + n].key + " " + month  // March 12
                }
                var end = i + n
                while end < tokens.count, tokens[end].kind != .word || end == i + n, end < i + n + 3 {
                    if isYear(tokens[end]) { text += " " + tokens[end].key; break }
                    end += 1
                }
                out.append(Found(text: text, token: start))
                i += n
                continue
            }
            // "منذ عام 2012", "since 2011", "in 2012".
            if isYear(tokens[i]), i > 0 {
                var k = i - 1
                if Words.yearNouns.contains(tokens[k]), k > 0 { k -= 1 }
                if Words.sinceWords.contains(tokens[k]) {
                    out.append(Found(text: "since " + tokens[i].key, token: k))
                } else if Words.yearBefore.contains(tokens[i - 1]) {
                    out.append(Found(text: tokens[i].key, token: i))
                }
            }
            i += 1
        }
        return out
    }

    static func month(at i: Int, _ tokens: [Token]) -> (String, Int)? {
        guard tokens[i].isWord else { return nil }
        // Two-word months (كانون الثاني) only after their first word, so no key is built per token.
        if i + 1 < tokens.count, twoWordStarts.contains(tokens[i]), let m = months[tokens[i].key + " " + tokens[i + 1].key] { return (m, 2) }
        var key = tokens[i].key
        var month = months[tokens[i]]
        if month == nil, let f = key.unicodeScalars.first, f == "ب" || f == "و" {
            key = String(key.unicodeScalars.dropFirst())
            month = months[key]
        }
        // "May" and "March" are ordinary English words too: capitalized only.
        if let m = month, tokens[i].capitalized || !key.unicodeScalars.allSatisfy(\.isASCII) { return (m, 1) }
        return nil
    }

    static func isDay(_ t: Token) -> Bool {
        t.kind == .number && Int(t.key).map { $0 >= 1 && $0 <= 31 } == true
    }

    static func isYear(_ t: Token) -> Bool {
        t.kind == .number && Int(t.key).map { $0 >= 1900 && $0 <= 2100 } == true
    }
}
