import Foundation
import KnowledgeGraph
import Testing
@testable import Extraction

/// Sentences written for these tests, one or more per lemma class (Arabic past, present, future,
/// passive, masdar, with clitics; English -s, -ed, -ing, irregular, nominalization, passive with
/// by), each with the fact it must give, the trigger as written and the entry id in its evidence.
@Suite struct LexiconExampleTests {
    struct Example: CustomTestStringConvertible, Sendable {
        var text: String, source: String, relation: RelationType, target: String, trigger: String, rule: String
        var testDescription: String { text }
        init(_ text: String, _ source: String, _ relation: RelationType, _ target: String, _ trigger: String, _ rule: String) {
            (self.text, self.source, self.relation, self.target, self.trigger, self.rule) = (text, source, relation, target, trigger, rule)
        }
    }

    /// The lexicon alone: no pattern rule claims a trigger, so each edge names its entry.
    static let lexiconOnly: Extractor = {
        var x = RelationTests.extractor
        x.rules = RelationRules()
        return x
    }()

    /// The edge's evidence from this sentence, if the edge was found.
    static func evidence(_ e: Example) -> Evidence? {
        let g = lexiconOnly.extract(Document(name: "test", text: e.text))
        return RelationTests.edge(g, e.source, e.relation, e.target)?.evidence.first
    }

    // Q801 Israel, Q159 Russia, Q212 Ukraine, Q30 US, Q794 Iran, Q79 Egypt, Q810 Jordan, Q43 Turkey,
    // Q846 Qatar, Q142 France, Q822 Lebanon, Q183 Germany, Q36 Poland, Q33 Finland, Q1045 Somalia, Q114 Kenya
    static let conflict: [Example] = [
        .init("اغتالت القوات الإسرائيلية قياديا في حماس.", "القوات-الاسرائيليه", .opposes, "hamas", "اغتالت", "lex:ar:opposes:اغتال"),
        .init("قصفت روسيا أوكرانيا بالصواريخ ليلة أمس.", "Q159", .opposes, "Q212", "قصفت", "lex:ar:opposes:قصف"),
        .init("تقصف روسيا أوكرانيا منذ أسابيع.", "Q159", .opposes, "Q212", "تقصف", "lex:ar:opposes:قصف"),
        .init("ستقصف روسيا أوكرانيا إذا فشلت المفاوضات.", "Q159", .opposes, "Q212", "ستقصف", "lex:ar:opposes:قصف"),
        .init("اعتقلت الشرطة التركية عناصر من داعش.", "الشرطه-التركيه", .opposes, "Q2429253", "اعتقلت", "lex:ar:opposes:اعتقل"),
        .init("فرضت الولايات المتحدة عقوبات على إيران.", "Q30", .opposes, "Q794", "عقوبات", "lex:ar:opposes:عقوبة"),
        .init("أدرجت الولايات المتحدة الحوثيين على قائمة الإرهاب.", "Q30", .opposes, "houthis", "أدرجت", "lex:ar:opposes:أدرج"),
        .init("أدانت مصر الهجوم الذي شنه داعش.", "Q79", .opposes, "Q2429253", "أدانت", "lex:ar:opposes:أدان"),
        .init("اتهمت إيران إسرائيل بالوقوف وراء الهجوم.", "Q794", .opposes, "Q801", "اتهمت", "lex:ar:opposes:اتهم"),
        .init("هددت إسرائيل حزب الله بحرب واسعة.", "Q801", .opposes, "Q41053", "هددت", "lex:ar:opposes:هدد"),
        .init("هوجمت حماس من قبل إسرائيل.", "Q801", .opposes, "hamas", "هوجمت", "lex:ar:opposes:هاجم"),
        .init("اغتيل القيادي في حماس على يد إسرائيل.", "Q801", .opposes, "hamas", "اغتيل", "lex:ar:opposes:اغتال"),
        .init("قتل قيادي في داعش على يد الجيش العراقي.", "الجيش-العراقي", .opposes, "Q2429253", "قتل", "lex:ar:opposes:قتل"),
        .init("Russia shelled Ukraine overnight.", "Q159", .opposes, "Q212", "shelled", "lex:en:opposes:shell"),
        .init("Russian forces shelled Ukrainian positions near the border.", "russian-forces", .opposes, "Q212", "shelled", "lex:en:opposes:shell"),
        .init("The United States imposed sanctions on Iran.", "Q30", .opposes, "Q794", "sanctions", "lex:en:opposes:sanction"),
        .init("The United States sanctioned Iran over its missile programme.", "Q30", .opposes, "Q794", "sanctioned", "lex:en:opposes:sanction"),
        .init("Washington designated the Houthis as a terrorist organization.", "Q30", .opposes, "houthis", "designated", "lex:en:opposes:designate"),
        .init("Iran accused Israel of the attack.", "Q794", .opposes, "Q801", "accused", "lex:en:opposes:accuse"),
        .init("Israel threatened Hezbollah with a wider war.", "Q801", .opposes, "Q41053", "threatened", "lex:en:opposes:threaten"),
        .init("Israeli aircraft struck Hamas positions in Gaza.", "Q801", .opposes, "hamas", "struck", "lex:en:opposes:strike"),
        .init("Hamas was attacked by Israel.", "Q801", .opposes, "hamas", "attacked", "lex:en:opposes:attack"),
        .init("Israel killed a senior commander of Hamas.", "Q801", .opposes, "hamas", "killed", "lex:en:opposes:kill"),
        .init("The Turkish police arrested ISIS members in Istanbul.", "Q43", .opposes, "Q2429253", "arrested", "lex:en:opposes:arrest"),
        .init("Kenya detained two Shabaab commanders.", "Q114", .opposes, "al-shabaab", "detained", "lex:en:opposes:detain"),
        .init("استدعت مصر السفير الإسرائيلي للاحتجاج.", "Q79", .opposes, "Q801", "استدعت", "lex:ar:opposes:استدعى"),
        .init("The Security Council rejected Iran's proposal.", "Q37470", .opposes, "Q794", "rejected", "lex:en:opposes:reject"),
    ]

    static let contact: [Example] = [
        .init("استقبل الرئيس المصري وزير الخارجية الأردني في القاهرة.", "Q79", .talks, "Q810", "استقبل", "lex:ar:talks:استقبل"),
        .init("زار وزير الخارجية الفرنسي الأردن الأسبوع الماضي.", "Q142", .talks, "Q810", "زار", "lex:ar:talks:زار"),
        .init("التقى وزير الدفاع التركي نظيره القطري في الدوحة.", "Q43", .talks, "Q846", "التقى", "lex:ar:talks:التقى"),
        .init("تباحث وزيرا خارجية مصر والأردن في عمان.", "Q79", .talks, "Q810", "تباحث", "lex:ar:talks:تباحث"),
        .init("رحبت مصر بوزير الخارجية الأردني.", "Q79", .talks, "Q810", "رحبت", "lex:ar:talks:رحب"),
        .init("The French foreign minister visited Jordan last week.", "Q142", .talks, "Q810", "visited", "lex:en:talks:visit"),
        .init("Egypt received the Jordanian foreign minister in Cairo.", "Q79", .talks, "Q810", "received", "lex:en:talks:receive"),
        .init("Germany and Poland held a summit in Berlin.", "Q183", .talks, "Q36", "summit", "lex:en:talks:summit"),
        .init("اتصل الرئيس المصري بنظيره الأردني.", "Q79", .talks, "Q810", "اتصل", "lex:ar:talks:اتصل"),
        .init("The Egyptian president telephoned his Jordanian counterpart.", "Q79", .talks, "Q810", "telephoned", "lex:en:talks:telephone"),
        .init("Turkey and Greece reconciled after the talks.", "Q41", .cooperation, "Q43", "reconciled", "lex:en:cooperation:reconcile"),
        .init("زودت الولايات المتحدة أوكرانيا بصواريخ دفاعية.", "Q30", .support, "Q212", "زودت", "lex:ar:support:زود"),
        .init("سلمت فرنسا الجيش اللبناني مركبات عسكرية.", "Q142", .support, "الجيش-اللبناني", "سلمت", "lex:ar:support:سلم"),
        .init("The United States supplied Ukraine with air defence missiles.", "Q30", .support, "Q212", "supplied", "lex:en:support:supply"),
        .init("France delivered armoured vehicles to Lebanon.", "Q142", .support, "Q822", "delivered", "lex:en:support:deliver"),
        .init("France is supporting the Lebanese army.", "Q142", .support, "lebanese-army", "supporting", "lex:en:support:support"),
        .init("Lebanon was supported by France.", "Q142", .support, "Q822", "supported", "lex:en:support:support"),
        .init("Turkey and Qatar restored ties in 2021.", "Q43", .cooperation, "Q846", "ties", "lex:en:cooperation:ties"),
        .init("وقعت مصر والأردن اتفاقية للتعاون.", "Q79", .cooperation, "Q810", "للتعاون", "lex:ar:cooperation:تعاون"),
    ]

    static let otherTypes: [Example] = [
        .init("تحالفت تركيا مع قطر في مواجهة الحصار.", "Q43", .partnership, "Q846", "تحالفت", "lex:ar:partnership:تحالف"),
        .init("Turkey is a close ally of Qatar.", "Q43", .partnership, "Q846", "ally", "lex:en:partnership:ally"),
        .init("وقعت مصر والأردن اتفاقية للتعاون.", "Q79", .agreement, "Q810", "وقعت", "lex:ar:agreement:وقع"),
        .init("Egypt and Jordan ratified a treaty.", "Q79", .agreement, "Q810", "ratified", "lex:en:agreement:ratify"),
        .init("Egypt and Jordan concluded a trade pact.", "Q79", .agreement, "Q810", "pact", "lex:en:agreement:pact"),
        .init("تدرب تركيا الجيش الصومالي منذ سنوات.", "Q43", .training, "الجيش-الصومالي", "تدرب", "lex:ar:training:درب"),
        .init("Turkey trains the Somali army.", "Q43", .training, "somali-army", "trains", "lex:en:training:train"),
        .init("مولت ألمانيا مشروعا في العراق.", "Q183", .funding, "Q796", "مولت", "lex:ar:funding:مول"),
        .init("Germany financed the new hospital in Iraq.", "Q183", .funding, "Q796", "financed", "lex:en:funding:finance"),
        .init("انضمت فنلندا إلى حلف شمال الأطلسي.", "Q33", .memberOf, "Q7184", "انضمت", "lex:ar:member_of:انضم"),
        .init("Finland acceded to NATO in 2023.", "Q33", .memberOf, "Q7184", "acceded", "lex:en:member_of:accede"),
        .init("The Somali army is commanded by General Ali Farah.", "ali-farah", .leads, "somali-army", "commanded", "lex:en:leads:command"),
        .init("نشرت تركيا قوات في الصومال.", "Q43", .operatesIn, "Q1045", "نشرت", "lex:ar:operates_in:نشر"),
        .init("Turkey deployed troops in Somalia.", "Q43", .operatesIn, "Q1045", "deployed", "lex:en:operates_in:deploy"),
        .init("The Regional Maritime University is located in Tema.", "regional-maritime-university", .locatedIn, "tema", "located", "lex:en:located_in:located"),
    ]

    @Test(arguments: conflict + contact + otherTypes)
    func lemmaFormsGiveTheirRelation(_ e: Example) throws {
        let ev = try #require(Self.evidence(e), "no \(e.source) \(e.relation) \(e.target)")
        #expect(ev.trigger?.text == e.trigger)
        #expect(ev.rule == e.rule)
    }

    @Test func conflictTriggersCarryTheirCameoRoot() throws {
        let ev = try #require(Self.evidence(Self.conflict[0]))
        #expect(ev.trigger?.cameo == "18")
        #expect(Self.evidence(Self.contact[0])?.trigger?.cameo == "04")
    }

    /// Generated forms that are other words: each sentence still gives its own fact, and not the false one.
    @Test(arguments: [
        // وزير is و + زير, the passive of زار: no first-measure hollow passive is generated.
        (Example("التقى وزير الخارجية المصري نظيره الأردني في عمان.", "Q79", .talks, "Q810", "التقى", "lex:ar:talks:التقى"), "lex:ar:talks:زار"),
        // أسلحة keys as أسلح + ه: no first-person present is generated.
        (Example("زودت الولايات المتحدة أوكرانيا بأسلحة دفاعية.", "Q30", .support, "Q212", "زودت", "lex:ar:support:زود"), "lex:ar:support:سلح"),
        // a patrol vessel is no patrol.
        (Example("Japan will supply patrol vessels to Indonesia.", "Q17", .support, "Q252", "supply", "lex:en:support:supply"), "lex:en:operates_in:patrol"),
        // leading a war (قيادة الحرب) is not leading the enemy: the masdar is left out of قاد.
        (Example("تريد مصر قيادة الحرب على داعش.", "Q79", .opposes, "Q2429253", "الحرب", "lex:ar:opposes:حارب"), "lex:ar:leads:قاد"),
    ])
    func wordsThatOnlyLookLikeAForm(_ e: Example, notRule: String) throws {
        let ev = try #require(Self.evidence(e), "no \(e.source) \(e.relation) \(e.target)")
        #expect(ev.rule == e.rule)
        let rules = RelationTests.graph(e.text).edges.flatMap { $0.evidence.compactMap(\.rule) }
        #expect(!rules.contains(notRule))
    }
}

/// The broader vocabulary's lemmas, one sentence written for about every ten of them
/// (LexiconExamples/broad-vocabulary.tsv: text, source id, relation, target id).
@Suite struct BroadVocabularyTests {
    struct Row: CustomTestStringConvertible, Sendable {
        var text: String, source: String, relation: RelationType, target: String
        var testDescription: String { text }
    }

    static let rows: [Row] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("LexiconExamples/broad-vocabulary.tsv")
        let text = try! String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let f = line.split(separator: "\t").map(String.init)
            return Row(text: f[0], source: f[1], relation: RelationType(rawValue: f[2])!, target: f[3])
        }
    }()

    @Test func theFileHasItsSentences() { #expect(Self.rows.count >= 40) }

    @Test(arguments: rows) func aLemmaOfTheBroaderVocabularyGivesItsEdge(_ row: Row) {
        let g = RelationTests.graph(row.text)
        #expect(RelationTests.has(g, row.source, row.relation, row.target), "\(g.edges.map { "\($0.source) \($0.type) \($0.target)" })")
    }
}
