import KnowledgeGraph
import Testing
@testable import Extraction

/// Where a name starts and ends in real text (issue 7, item 3), in both languages, with the
/// learned recognizer and the gazetteer together. Sentences are written for these tests.
@Suite struct EntityBoundaryTests {
    static let extractor = try! Extractor.standard()

    func nodes(_ text: String) -> [(String, NodeType)] {
        Self.extractor.extract(Document(name: "t", text: text)).nodes.map { ($0.label, $0.type) }
    }

    /// The longest name wins over a known name inside it.
    @Test(arguments: [
        ("قال قائد فيلق القدس إن الهجوم فشل.", "Quds Force", "Jerusalem"),
        ("Fighters of the Islamic State in the Greater Sahara attacked the town.", "Islamic State in the Greater Sahara", "Islamic State"),
        ("فاز ريال مدريد على فريق آخر.", "Real Madrid", "Madrid"),
        ("Real Madrid won again on Sunday.", "Real Madrid", "Madrid"),
        ("قالت القيادة المركزية الأمريكية إنها نفذت الضربة.", "US Central Command", "United States"),
    ])
    func theLongestNameWins(text: String, name: String, inner: String) {
        let graph = Self.extractor.extract(Document(name: "t", text: text))
        #expect(graph.nodes.contains { $0.label == name && !$0.mentions.isEmpty })
        // The inner name is not mentioned (a body's country may still be a node, brought by its edge).
        #expect(!graph.nodes.contains { $0.label == inner && !$0.mentions.isEmpty })
    }

    /// A person's whole name, across a comma, a quoted body, a phrase after the title, a title after
    /// the name, a kunya or nasab, and a nisba that is part of the name.
    @Test(arguments: [
        ("وصل الرئيس الأمريكي، دونالد ترامب، إلى الرياض.", "دونالد ترامب", nil),
        ("قتل زعيم تنظيم \"داعش\" أبو بكر البغدادي في سوريا.", "أبو بكر البغدادي", nil),
        ("التقت السفيرة الأمريكية في لبنان إليزابيث ريتشارد بالوزير.", "إليزابيث ريتشارد", nil),
        ("Mohammed bin Zayed, the crown prince, received the delegation.", "Mohammed bin Zayed", nil),
        ("حكم زين العابدين بن علي البلاد طويلا.", "زين العابدين بن علي", nil),
        ("قتل أبو أيوب المصري في غارة.", "أبو أيوب المصري", "Egypt"),
        ("استقبل الرئيس الأفغاني اشرف غاني الوفد.", "اشرف غاني", "Ghana"),
        ("Iraqi Prime Minister Mohammed Shia al-Sudani met the envoy.", "Mohammed Shia al-Sudani", nil),
        ("Ursula von der Leyen spoke in Brussels.", "Ursula von der Leyen", nil),
        ("Omar al-Bashir was ousted.", "Omar al-Bashir", nil),
    ] as [(String, String, String?)])
    func aPersonIsNamedWhole(text: String, name: String, notCountry: String?) {
        let found = nodes(text)
        #expect(found.filter { $0.1 == .person }.map(\.0) == [name])
        if let notCountry { #expect(!found.map(\.0).contains(notCountry)) }
    }

    /// A title after the name, in apposition, gives the person's role and country.
    @Test(arguments: [
        ("Mohammed bin Zayed, the Emirati crown prince, received the delegation.", "mohammed-bin-zayed", "Q878"),
        ("استقبل محمد بن سلمان، ولي العهد السعودي، الوفد.", "محمد-بن-سلمان", "Q851"),
    ])
    func aTitleAfterTheNameGivesTheRole(text: String, person: String, country: String) throws {
        let g = Self.extractor.extract(Document(name: "t", text: text))
        let edge = try #require(g.edges.first { $0.source == person && $0.type == .affiliatedWith && $0.target == country })
        #expect(edge.attributes.role == "crown prince")
    }

    @Test func aMultiwordTransliteratedPlaceIsWhole() {
        #expect(nodes("زار الوزير ولاية ميكلنبورج فوربومرن.").filter { $0.1 == .place }.map(\.0) == ["ميكلنبورج فوربومرن"])
    }

    /// Quoted names after a body's head noun, in both languages.
    @Test(arguments: [
        ("أعلن تنظيم «جند الخلافة» مسؤوليته عن الهجوم.", "جند الخلافة", NodeType.group),
        ("The militia \"Sons of the Valley\" seized the bridge.", "Sons of the Valley", NodeType.group),
        ("أعلن «الحشد الشعبي» انسحابه من المدينة.", "Popular Mobilization Forces", NodeType.group),
    ])
    func quotedNamesAreNames(text: String, name: String, type: NodeType) {
        #expect(nodes(text).contains { $0 == (name, type) })
    }

    /// A surname or a spelling variant later in the document is the person met first.
    @Test(arguments: [
        "Defence Minister Jeong Kyeong-doo met the envoy. Later Jeong Kyeongdoo said the talks went well.",
        "التقى وزير الدفاع جيونغ كيونغ دو بالمبعوث. وقال كيونغ دو إن المحادثات كانت جيدة.",
    ])
    func aLaterNameIsTheSamePerson(text: String) {
        #expect(nodes(text).filter { $0.1 == .person }.count == 1)
    }

    /// "the peshmerga" is the gazetteer's body; "the federal police" the one named before.
    @Test func lowerCaseBodiesResolve() throws {
        let g = Self.extractor.extract(Document(name: "t", text: "The peshmerga held the road."))
        #expect(g.nodes.filter { !$0.mentions.isEmpty }.map(\.label) == ["Peshmerga"])
        let state = mentions("The Iraqi Federal Police entered the town. Later the federal police left it.")
        #expect(state.last?.map(\.entity) == ["iraqi-federal-police"])
        #expect(state.first?.map(\.entity) == ["iraqi-federal-police"])
    }

    /// The entity mentions of each sentence of `text`, through the whole entity stage.
    func mentions(_ text: String) -> [[EntityMention]] {
        let document = Document(name: "t", text: text, language: .en)
        var state = DocumentState(gazetteer: Self.extractor.gazetteer, language: .en)
        let analyzer = CliticAnalyzer(isKnown: { [known = Self.extractor.gazetteer.known] in known.contains($0) })
        let scalars = Array(document.text.unicodeScalars)
        let tokens = Tokenizer.tokenize(scalars[...], base: 0)
        return SentenceSplitter.split(tokens, firstIndex: 0).map { sentence in
            let context = SentenceContext(sentence: sentence, language: .en, analyzer: analyzer, line: scalars[...], base: 0)
            return Self.extractor.recognize(context, &state).filter { state.entities[$0.entity]?.type != .place }
        }
    }
}
