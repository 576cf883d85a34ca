import ArgumentParser

@main
struct KG: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kg",
        subcommands: [BenchPathsCommand.self])
}
