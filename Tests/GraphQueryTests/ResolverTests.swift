import GraphQuery
import Testing

/// Names typed the way users type them, on the seed-like fixture.
struct ResolverTests {
    let graph = TestGraphs.seedLike
    var resolver: EntityResolver { EntityResolver(graph: graph) }

    @Test(arguments: [
        ("Q145", "Q145"),                       // node id, also the Wikidata id
        ("q145", "Q145"),                       // Wikidata id in any case
        ("United Kingdom", "Q145"),
        ("united KINGDOM", "Q145"),
        ("UK", "Q145"),                         // alias
        ("المملكة المتحدة", "Q145"),
        ("مملكة متحدة", "Q145"),                  // without the article
        ("بِرِيطَانِيَا", "Q145"),                     // with diacritics
        ("داعش", "Q2429253"),
        ("isis", "Q2429253"),
        ("الدولة الاسلامية", "Q2429253"),          // bare alef for إ
        ("Sandhurst", "Q1056418"),
        ("sandhurst academy", "Q1056418"),      // every word in one name
        ("ليبيا", "Q1016"),
        ("أحمد صالح", "ahmed-saleh-envoy"),       // only one Ahmed Saleh has an Arabic name
    ])
    func resolves(name: String, id: String) {
        let expected = graph.index.node(id: id)!
        #expect(resolver.resolve(name) == .found(expected))
    }

    /// Names the graph never saw but the gazetteer knows: the node extracted from one form
    /// of a name answers to all its forms.
    @Test(arguments: [
        ("Daesh", "Q2429253"),
        ("تنظيم الدولة الإسلامية", "Q2429253"),
        ("Great Britain", "Q145"),
        ("البريطانية", "Q145"),
        ("Libyan", "Q1016"),
    ])
    func resolvesOtherNamesOfKnownEntities(name: String, id: String) {
        let expected = graph.index.node(id: id)!
        #expect(resolver.resolve(name) == .found(expected))
        let blind = EntityResolver(graph: graph, knownIDs: { _ in [] })
        #expect(blind.resolve(name) != .found(expected), "\(name) should need the gazetteer")
    }

    @Test func ambiguousNameListsEveryCandidate() throws {
        let both = TestGraphs.nodes(graph, "ahmed-saleh-envoy ahmed-saleh-poet").sorted()
        #expect(resolver.resolve("ahmed saleh") == .ambiguous(both))
        let error = #expect(throws: GraphQueryError.self) { try resolver.node(named: "Ahmed Saleh") }
        #expect(error?.code == .ambiguousName)
        #expect(error?.message.contains("ahmed-saleh-envoy") == true)
        #expect(error?.message.contains("ahmed-saleh-poet") == true)
    }

    @Test(arguments: [
        ("Lybia", "Q1016"),
        ("Egpyt", "Q79"),
        ("Unted Kingdom", "Q145"),
        ("داعس", "Q2429253"),
    ])
    func unknownNameSuggestsTheNearest(name: String, nearest: String) {
        guard case .unknown(let suggestions) = resolver.resolve(name) else {
            Issue.record("\(name) should not resolve")
            return
        }
        #expect(suggestions.first.map { graph.index.id(of: $0) } == nearest)
        let error = #expect(throws: GraphQueryError.self) { try resolver.node(named: name) }
        #expect(error?.code == .unknownName)
        #expect(error?.message.contains("did you mean") == true)
    }

    @Test func nothingNearMeansNoSuggestionsButStillAnError() {
        #expect(resolver.resolve("Zanzibar Parliament") == .unknown(suggestions: []))
        let error = #expect(throws: GraphQueryError.self) { try resolver.node(named: "Zanzibar Parliament") }
        #expect(error?.message == "no entity named \"Zanzibar Parliament\"")
    }
}
