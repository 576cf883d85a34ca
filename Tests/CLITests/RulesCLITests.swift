import Foundation
import Testing

/// kg rules list / check, kg extract --rules and --disable-rule, run as a user would.
@Suite(.serialized) struct RulesCLITests {
    let cli: CLITests

    init() throws { cli = try CLITests() }

    static let readmeRules = CLITests.packageRoot.appendingPathComponent("Tests/Fixtures/readme-rules.rules").path

    @Test func theShippedRulesAreListedAndPass() throws {
        let list = try cli.run(["rules", "list"])
        #expect(list.status == 0)
        #expect(list.stdout.contains("en:agent-before-attack\ten.rules:"))
        #expect(list.stdout.contains("ar:backed-participle\tar.rules:"))
        let check = try cli.run(["rules", "check"])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stderr.contains("rules checked, 0 failing"))
    }

    @Test func theReadmeExamplesAddConstructionsWithoutSwift() throws {
        let check = try cli.run(["rules", "check", Self.readmeRules])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stderr.contains("2 rules checked, 0 failing"))
        let text = try cli.write("t.txt", "A crackdown by Turkey on the PKK began in 2015.\nتواصل عمليات تعقب الجيش العراقي لعناصر داعش في الصحراء.\n")
        let without = try cli.run(["extract", text])
        #expect(without.status == 0)
        #expect(!without.stdout.contains("\"opposes\""))
        #expect(without.stdout.contains("\"affiliated_with\""))
        let with = try cli.run(["extract", text, "--rules", Self.readmeRules])
        #expect(with.status == 0, "\(with.stderr)")
        #expect(with.stdout.contains("\"rule\" : \"en:crackdown-by\""))
        #expect(with.stdout.contains("\"rule\" : \"ar:tracking\""))
    }

    @Test func aFailingExampleIsReportedWithItsLine() throws {
        let rules = try cli.write("bad.rules", """
            rule en:wrong-way
              match    A:group(agent) T:trigger(opposes) B:group(agent)
              emit     B -> A
              example  Russia attacked Ukraine. => Russia -opposes-> Ukraine

            """)
        let r = try cli.run(["rules", "check", rules])
        #expect(r.status == 1)
        #expect(r.stderr.contains("bad.rules:4: missing Russia -opposes-> Ukraine with en:wrong-way"), "\(r.stderr)")
    }

    @Test func aSwitchedOffRuleMakesNoEdgeAndATypoIsAnError() throws {
        let text = try cli.write("t.txt", "Houthi attacks on Israel continued overnight.\n")
        let on = try cli.run(["extract", text])
        #expect(on.stdout.contains("\"rule\" : \"en:agent-before-attack\""))
        let off = try cli.run(["extract", text, "--disable-rule", "en:agent-before-attack"])
        #expect(off.status == 0)
        #expect(!off.stdout.contains("en:agent-before-attack"))
        let typo = try cli.run(["extract", text, "--disable-rule", "en:agent-before-atack", "-o", cli.dir.appendingPathComponent("g.json").path])
        #expect(typo.status != 0)
        #expect(typo.stderr.contains("unknown rule id 'en:agent-before-atack'"))
        #expect(!FileManager.default.fileExists(atPath: cli.dir.appendingPathComponent("g.json").path))
    }

    @Test func aBadRulesFileIsOneLineWithItsPlace() throws {
        let rules = try cli.write("bad.rules", "rule en:x\n  match  A:group(animal)\n")
        let text = try cli.write("t.txt", "Russia attacked Ukraine.\n")
        let r = try cli.run(["extract", text, "--rules", rules])
        #expect(r.status != 0)
        #expect(r.stderr.contains("bad.rules:2: unknown group condition 'animal'"), "\(r.stderr)")
        #expect(r.stderr.split(separator: "\n").count == 1)
    }
}
