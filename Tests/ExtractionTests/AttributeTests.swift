import KnowledgeGraph
import Testing
@testable import Extraction

@Suite struct AttributeTests {
    func tokens(_ text: String) -> [Token] {
        Tokenizer.tokenize(Array(text.unicodeScalars)[...], base: 0)
    }

    @Test(arguments: [
        ("خصصت الحكومة 79.5 مليون جنيه إسترليني", 79_500_000.0, "GBP"),
        ("بقيمة ٧٩٫٥ مليون جنيه استرليني", 79_500_000.0, "GBP"),
        ("مساعدات بقيمة 1.275 مليار دولار سنويا", 1_275_000_000.0, "USD"),
        ("حزمة بقيمة 50 مليون يورو", 50_000_000.0, "EUR"),
        ("منحة قدرها ٣٠٠ ألف دولار", 300_000.0, "USD"),
        ("London committed £20 million to the army", 20_000_000.0, "GBP"),
        ("a loan of $1.1 billion", 1_100_000_000.0, "USD"),
        ("grants worth 3,500 euros", 3_500.0, "EUR"),
        ("aid of €12 million", 12_000_000.0, "EUR"),
        // Written روبية in the word list: the list is keyed as the text is (روبيه), so it matches.
        ("قرض بقيمة 5 ملايين روبية", 5_000_000.0, "INR"),
        ("منحة قدرها 20 مليون دولار أسترالي", 20_000_000.0, "AUD"),
        ("US$4.5 million for the programme", 4_500_000.0, "USD"),
    ])
    func amounts(text: String, value: Double, currency: String) throws {
        let found = try #require(AmountParser.amounts(in: tokens(text)).first)
        #expect(abs(found.amount.value - value) < 0.5)
        #expect(found.amount.currency == currency)
    }

    @Test func plainNumbersAreNotAmounts() {
        #expect(AmountParser.amounts(in: tokens("أكثر من 1800 عملية عسكرية")).isEmpty)
        #expect(AmountParser.amounts(in: tokens("thousands of 40 soldiers")).isEmpty)
    }

    @Test(arguments: [
        ("وفي 12-13 يناير عقد الطرفان", "12-13 January"),
        ("تم توقيعها في 17 من ديسمبر", "17 December"),
        ("منذ عام 2012 لدعم", "since 2012"),
        ("في تشرين الثاني الماضي", "November"),
        ("في ٣ آذار ٢٠٢٠", "3 March 2020"),
        ("talks on March 12, 2016 in London", "12 March 2016"),
        ("fought them since 2011.", "since 2011"),
        ("signed on 4 July 2019", "4 July 2019"),
    ])
    func dates(text: String, expected: String) throws {
        let found = try #require(DateParser.dates(in: tokens(text)).first)
        #expect(found.text == expected)
    }

    @Test func mayTheVerbIsNotADate() {
        #expect(DateParser.dates(in: tokens("the troops may leave")).isEmpty)
    }
}

/// Dates and sums belong to their clause; dates take the dateline's year.
@Suite struct ClauseDateTests {
    func edge(_ g: KnowledgeGraph, _ s: String, _ r: RelationType, _ t: String) -> Edge? { RelationTests.edge(g, s, r, t) }

    @Test func aDateGoesToTheTriggerOfItsClause() throws {
        let g = RelationTests.graph("وقعت مصر والأردن اتفاقية في 5 مايو، فيما هاجمت إيران إسرائيل.")
        #expect(try #require(edge(g, "Q79", .agreement, "Q810")).attributes.date == "5 May")
        #expect(try #require(edge(g, "Q794", .opposes, "Q801")).attributes.date == nil)
        let en = RelationTests.graph("Germany gave 5 million euros to Jordan in 2021, and France signed an agreement with Tunisia on 3 June.")
        let funding = try #require(edge(en, "Q183", .funding, "Q810"))
        #expect(funding.attributes.date == "2021")
        #expect(funding.attributes.amount == Amount(value: 5_000_000, currency: "EUR"))
        #expect(try #require(edge(en, "Q142", .agreement, "Q948")).attributes.date == "3 June")
    }

    @Test(arguments: [
        "وقعت الأردن والولايات المتحدة اتفاقية بقيمة 10 ملايين دولار.",
        "Jordan and the United States signed an agreement worth $10 million.",
    ]) func aSumInTheClauseOfAnAgreementIsItsValue(_ text: String) throws {
        let g = RelationTests.graph(text)
        let deal = try #require(edge(g, "Q30", .agreement, "Q810"))
        #expect(deal.attributes.amount == Amount(value: 10_000_000, currency: "USD"))
    }

    @Test func aDateInAClauseOfItsOwnGoesToTheNearestTrigger() throws {
        let g = RelationTests.graph("On 12 March, Kenya attacked Somalia.")
        #expect(try #require(edge(g, "Q114", .opposes, "Q1045")).attributes.date == "12 March")
    }

    @Test func aDateWithoutAYearTakesTheDatelines() throws {
        let g = RelationTests.graph("CAIRO, 4 March 2024 - Egypt hosted talks.\nEgypt and Jordan signed an agreement on 7 May.")
        #expect(try #require(edge(g, "Q79", .agreement, "Q810")).attributes.date == "7 May 2024")
        let undated = RelationTests.graph("Egypt hosted talks.\nEgypt and Jordan signed an agreement on 7 May.")
        #expect(try #require(edge(undated, "Q79", .agreement, "Q810")).attributes.date == "7 May")
    }
}
