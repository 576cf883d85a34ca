import Testing
@testable import Extraction

@Suite struct TextNormalizerTests {
    @Test(arguments: [
        ("أَحْمَد", "احمد"),
        ("إسرائيل", "اسرائيل"),
        ("آمنة", "امنه"),
        ("مصطفى", "مصطفي"),
        ("فارسی", "فارسي"),
        ("الجـــيش", "الجيش"),
        ("\u{200F}القاهرة\u{200E}", "القاهره"),
        ("٧٩٫٥", "79.5"),
        ("۱۲", "12"),
        ("١٬٢٠٠", "1,200"),
        ("\u{FEE3}\u{FEBC}\u{FEAE}", "مصر"),  // presentation forms
        ("  Al-Shabaab  ", "al shabaab"),
        ("«الأمم المتحدة»", "الامم المتحده"),
        ("ＵＫ", "uk"),
    ])
    func key(input: String, expected: String) {
        #expect(TextNormalizer.key(input) == expected)
    }

    @Test func offsetsSliceTheOriginal() throws {
        let original = "قالَ السفيرُ البريطانـيُّ: إنّ مصرَ شريكة"
        let normalized = TextNormalizer.normalize(original)
        let scalars = Array(original.unicodeScalars)
        let key = normalized.scalars
        let needle = Array("البريطاني".unicodeScalars)
        let at = (0...(key.count - needle.count)).first { Array(key[$0..<($0 + needle.count)]) == needle }
        let found = try #require(at)
        let range = normalized.originalRange(of: found..<(found + needle.count))
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        #expect(String(view) == "البريطانـيُّ")
        #expect(TextNormalizer.key(String(view)) == "البريطاني")
    }

    @Test func separatorsStayInPlace() {
        let normalized = TextNormalizer.normalize("a،b")
        #expect(normalized.key == "a،b")
        #expect(normalized.originalRange(of: 2..<3) == 2..<3)
    }

    @Test func droppedScalarsShiftTheMap() {
        let normalized = TextNormalizer.normalize("\u{200F}مصر")
        #expect(normalized.key == "مصر")
        #expect(normalized.originalRange(of: 0..<3) == 1..<4)
    }
}
