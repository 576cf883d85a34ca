import ArgumentParser
import Extraction
import Foundation

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List kg's relation rules, or check a rules file's examples and counters.",
        discussion: """
            Relation patterns live in .rules files (format: Sources/Extraction/Resources/rules/README.md). \
            Each rule has an id, which every edge it makes names in its evidence, and example and counter \
            sentences. `check` runs each rule's sentences with only that rule on, as kg's own tests do, \
            and exits 1 if one fails.

            Examples:
              kg rules list
              kg rules check my.rules
              kg extract article.txt --rules my.rules -o graph.json
              kg extract article.txt --disable-rule en:agent-before-attack -o graph.json
            """,
        subcommands: [List.self, Check.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print each rule's id, where it is defined and what it does.")

        @Option(name: .long, help: "A rules file to load after the shipped ones. Repeatable.")
        var rules: [String] = []

        func run() throws {
            var all: RelationRules
            do {
                all = try RelationRules.builtIn()
                try all.add(paths: rules)
            } catch { throw CommandFailure(error.message) }
            var out = ""
            for r in all.summaries {
                out += "\(r.id)\t\(URL(fileURLWithPath: r.origin).lastPathComponent)\t\(r.about)\n"
            }
            try StandardOutput.write(Data(out.utf8))
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Run the example and counter sentences of the rules in FILES (default: the shipped rules).")

        @Argument(help: "Rules files; their rules are checked, after the shipped ones are loaded.")
        var files: [String] = []

        @Flag(name: .long, help: "Without the learned entity recognizer.")
        var noRecognizer = false

        func run() throws {
            var extractor: Extractor
            let shipped: Set<String>
            do {
                extractor = try Extractor.standard(recognizer: !noRecognizer)
                shipped = Set(extractor.rules.summaries.map(\.id))
                try extractor.rules.add(paths: files)
            } catch { throw CommandFailure(error.message) }
            let ids = extractor.rules.summaries.map(\.id).filter { files.isEmpty || !shipped.contains($0) }
            let runner = RuleExampleRunner(extractor: extractor)
            var failed = 0
            for id in ids {
                let problems = runner.check(id)
                for p in problems { StandardError.print(p) }
                if !problems.isEmpty { failed += 1 }
            }
            StandardError.print("\(ids.count) rules checked, \(failed) failing")
            if failed > 0 { throw ExitCode(1) }
        }
    }
}
