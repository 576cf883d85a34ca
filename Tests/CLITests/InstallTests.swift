import Foundation
import TestSupport
import Testing

/// kg runs from anywhere once installed, names its version, and speaks plainly about files.
extension CLITests {
    @Test func versionNamesTheCommit() throws {
        let result = try run(["--version"])
        #expect(result.status == 0)
        let head = try ProcessResult.run("/usr/bin/git", ["-C", Self.packageRoot.path, "rev-parse", "--short=12", "HEAD"])
        let commit = head.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(commit.count == 12)
        #expect(result.stdout == "kg 0.9.0 (commit \(commit))\n" || result.stdout == "kg 0.9.0 (commit \(commit)-modified)\n",
                "\(result.stdout)")
    }

    /// Installed by Scripts/install, kg runs extract, path and render from another folder and
    /// reads its resources from beside the installed binary: a word added there is used.
    @Test func anInstalledKGRunsFromAnywhere() throws {
        let prefix = dir.appendingPathComponent("prefix").path
        var environment = ProcessInfo.processInfo.environment
        environment["KG_BUILD_DIR"] = URL(fileURLWithPath: Self.kg).deletingLastPathComponent().path
        let install = Process()
        install.executableURL = Self.packageRoot.appendingPathComponent("Scripts/install")
        install.arguments = [prefix]
        install.environment = environment
        install.standardError = FileHandle.nullDevice
        try install.run()
        install.waitUntilExit()
        #expect(install.terminationStatus == 0)
        let kg = prefix + "/bin/kg"
        let gazetteer = prefix + "/lib/kg/KnowledgeGraph_Extraction.resources/Resources/gazetteer.tsv"
        let line = "entity\torganization\tzqx-test-body\t-\tZqx Testing Body\t-\tGB\n"
        let handle = try #require(FileHandle(forWritingAtPath: gazetteer))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(line.utf8))
        try handle.close()
        let doc = try write("doc.txt", "The Zqx Testing Body met British officials.\n")
        func runInstalled(_ arguments: [String]) throws -> Int32 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: kg)
            process.arguments = arguments
            process.currentDirectoryURL = URL(fileURLWithPath: "/")
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            return process.terminationStatus
        }
        let graph = dir.appendingPathComponent("graph.json").path
        #expect(try runInstalled(["extract", doc, "-o", graph]) == 0)
        #expect(try String(contentsOfFile: graph, encoding: .utf8).contains("zqx-test-body"))
        #expect(try runInstalled(["path", "Zqx Testing Body", "UK", "--graph", graph]) == 0)
        #expect(try runInstalled(["render", graph, "-o", dir.appendingPathComponent("g.svg").path]) == 0)
        // The build's own binary does not know the word: the installed resources were read.
        #expect(try !String(decoding: Data(run(["extract", doc]).stdout.utf8), as: UTF8.self).contains("zqx-test-body"))
    }

    @Test func fileErrorsNameTheProblemWithoutFrameworkCodes() throws {
        let folder = dir.path
        let doc = try write("doc.txt", "Sandhurst\n")
        let cases: [([String], String)] = [
            (["extract", folder], "Error: cannot read \(folder): it is a folder, not a file\n"),
            (["extract", folder + "/missing.txt"], "Error: cannot read \(folder)/missing.txt: no such file or folder\n"),
            (["extract", doc, "--lexicon", folder], "Error: cannot read lexicon \(folder): it is a folder, not a file\n"),
        ]
        for (arguments, says) in cases {
            let result = try run(arguments)
            #expect(result.status == 1)
            #expect(result.stderr == says)
            #expect(!result.stderr.contains("Domain"))
        }
    }
}
