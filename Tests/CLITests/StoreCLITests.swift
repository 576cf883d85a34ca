import Foundation
import TestSupport
import Testing

/// The store from the command line: add, query, remove, status, and a kill -9 in the middle.
@Suite(.serialized) struct StoreCLITests {
    static let realNews = CLITests.packageRoot.appendingPathComponent("Tests/ExtractionTests/RealNews")

    /// `copies` copies of each real-news excerpt in `dir/news`, each copy its own document.
    func corpus(_ cli: CLITests, copies: Int) throws -> URL {
        let news = cli.dir.appendingPathComponent("news")
        try FileManager.default.createDirectory(at: news, withIntermediateDirectories: true)
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.realNews.path).filter { $0.hasSuffix(".txt") }.sorted()
        for copy in 0..<copies {
            for name in names {
                try FileManager.default.copyItem(at: Self.realNews.appendingPathComponent(name),
                                                 to: news.appendingPathComponent("\(copy)-\(name)"))
            }
        }
        return news
    }

    func status(_ cli: CLITests, _ store: String) throws -> [String: Any] {
        let result = try cli.run(["status", "--store", store, "--json", "--check"])
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test func aKilledAddLeavesASoundStoreThatARerunFinishes() throws {
        let cli = try CLITests()
        let news = try corpus(cli, copies: 4)
        let total = try FileManager.default.contentsOfDirectory(atPath: news.path).count
        let store = cli.dir.appendingPathComponent("news.kgdb").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLITests.kg)
        process.arguments = ["add", news.path, "--store", store, "--jobs", "2"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Kill it once some documents are in, well before all are.
        let deadline = Date().addingTimeInterval(120)
        var stored = 0
        while stored < 10, Date() < deadline, process.isRunning {
            Thread.sleep(forTimeInterval: 0.05)
            if FileManager.default.fileExists(atPath: store),
               let s = try? ProcessResult.run("/usr/bin/env", ["sqlite3", store, "SELECT count(*) FROM document"]) {
                stored = Int(s.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
            }
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal, "kg add finished before it could be killed")
        let after = try status(cli, store)
        let kept = try #require((after["counts"] as? [String: Any])?["documents"] as? Int)
        #expect(kept >= 10 && kept < total, "\(kept) of \(total)")
        #expect(after["integrity"] as? [String] == ["ok"])
        let rerun = try cli.run(["add", news.path, "--store", store])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(rerun.stdout.hasPrefix("\(total - kept) added, 0 re-extracted, \(kept) unchanged"), "\(rerun.stdout)")
        let done = try status(cli, store)
        #expect((done["counts"] as? [String: Any])?["documents"] as? Int == total)
    }

    @Test func kgMergeAndKgSplitSurviveKgUpdate() throws {
        let cli = try CLITests()
        let news = try corpus(cli, copies: 1)
        let store = cli.dir.appendingPathComponent("s.kgdb").path
        #expect(try cli.run(["add", news.path, "--store", store]).status == 0)
        let merged = try cli.run(["merge", "Hezbollah", "Iran", "--store", store])
        #expect(merged.status == 0 && merged.stdout.hasPrefix("merged "), "\(merged.stderr)")
        func merges() throws -> [[String: Any]] { try status(cli, store)["merges"] as? [[String: Any]] ?? [] }
        func userMerges() throws -> Int { try merges().filter { $0["reason"] as? String == "user" }.count }
        #expect(try userMerges() == 1)
        // Another extractor version made every document: kg update re-extracts them all, and the merge stays.
        #expect(try ProcessResult.run("/usr/bin/env", ["sqlite3", store, "UPDATE document SET extractor_version = 'kg 0.1'"]).status == 0)
        #expect((try status(cli, store)["stale"] as? [String])?.count == 74)
        let update = try cli.run(["update", "--store", store])
        #expect(update.status == 0 && update.stdout.hasPrefix("0 added, 74 re-extracted, 0 unchanged"), "\(update.stdout) \(update.stderr)")
        #expect((try status(cli, store)["stale"] as? [String])?.isEmpty == true)
        #expect(try userMerges() == 1)
        let neighbors = try cli.run(["neighbors", "Iran", "--store", store])
        #expect(neighbors.status == 0)
        // Split, update again: still apart.
        let hezbollah = try #require(try merges().first { $0["reason"] as? String == "user" }?["kept"] as? String)
        #expect(try cli.run(["split", hezbollah, "--store", store]).status == 0)
        #expect(try ProcessResult.run("/usr/bin/env", ["sqlite3", store, "UPDATE document SET extractor_version = 'kg 0.1'"]).status == 0)
        #expect(try cli.run(["update", "--store", store]).status == 0)
        #expect(try userMerges() == 0)
        let path = try cli.run(["path", "Hezbollah", "Iran", "--store", store])
        #expect(path.status == 0 && path.stdout.contains("hop"), "\(path.stdout) \(path.stderr)")
    }

    @Test func twoReportsStayTwoDocumentsInBuildAndStore() throws {
        let cli = try CLITests()
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.realNews.path).filter { $0.hasSuffix(".en.txt") }.sorted()
        var reports: [String] = []
        for (i, name) in names.prefix(2).enumerated() {
            let d = cli.dir.appendingPathComponent("d\(i + 1)")
            try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: Self.realNews.appendingPathComponent(name), to: d.appendingPathComponent("report.txt"))
            reports.append(d.appendingPathComponent("report.txt").path)
        }
        let out = cli.dir.appendingPathComponent("g.json").path
        #expect(try cli.run(["extract"] + reports + ["-o", out]).status == 0)
        let graph = try String(contentsOfFile: out, encoding: .utf8)
        #expect(graph.contains("\"document\" : \"\(reports[0])\"") && graph.contains("\"document\" : \"\(reports[1])\""))
        let store = cli.dir.appendingPathComponent("s.kgdb").path
        #expect(try cli.run(["add"] + reports + ["--store", store]).status == 0)
        #expect((try status(cli, store)["counts"] as? [String: Any])?["documents"] as? Int == 2)
        // "report.txt" alone names both: refused, and nothing removed.
        let ambiguous = try cli.run(["remove", "report.txt", "--store", store])
        #expect(ambiguous.status == 1 && ambiguous.stderr.contains("names 2 documents"), "\(ambiguous.stderr)")
        let removed = try cli.run(["remove", "d1/report.txt", "--store", store])
        #expect(removed.status == 0 && removed.stdout.hasPrefix("removed 1 document"), "\(removed.stderr)")
        #expect((try status(cli, store)["counts"] as? [String: Any])?["documents"] as? Int == 1)
    }

    @Test func queriesDrawingsAndExportsReadTheStoreAsTheyReadJSON() throws {
        let cli = try CLITests()
        let news = try corpus(cli, copies: 1)
        let store = cli.dir.appendingPathComponent("s.kgdb").path
        #expect(try cli.run(["add", news.path, "--store", store]).status == 0)
        let json = cli.dir.appendingPathComponent("s.json").path
        #expect(try cli.run(["export", "--store", store, "-o", json]).status == 0)
        let fromStore = try cli.run(["path", "Hezbollah", "Iran", "--store", store])
        let fromJSON = try cli.run(["path", "Hezbollah", "Iran", "--graph", json])
        #expect(fromStore.status == 0 && fromStore.stdout.contains("Hezbollah"), "\(fromStore.stderr)")
        #expect(fromStore.stdout == fromJSON.stdout)
        // The store file itself is a graph argument too.
        #expect(try cli.run(["neighbors", "Iran", "--graph", store]).stdout == cli.run(["neighbors", "Iran", "--graph", json]).stdout)
        let out = cli.dir.appendingPathComponent("out").path
        let build = try cli.run(["build", "--store", store, "-o", out])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: out + "/graph.json")) == Data(contentsOf: URL(fileURLWithPath: json)))
        // Another program's SQLite file or a text file is refused, and left as it was.
        let other = cli.dir.appendingPathComponent("other.db").path
        #expect(try ProcessResult.run("/usr/bin/env", ["sqlite3", other, "PRAGMA application_id = 42; CREATE TABLE t (x)"]).status == 0)
        for foreign in [other, CLITests.sample] {
            let before = try Data(contentsOf: URL(fileURLWithPath: foreign))
            let refused = try cli.run(["add", news.path, "--store", foreign])
            #expect(refused.status == 1 && refused.stderr.contains("not a kg store"), "\(refused.stderr)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: foreign)) == before)
            #expect(!FileManager.default.fileExists(atPath: foreign + "-wal"))
        }
        let missing = try cli.run(["path", "Iran", "Iraq", "--store", cli.dir.appendingPathComponent("none.kgdb").path])
        #expect(missing.status == 1 && missing.stderr.contains("cannot read") && missing.stderr.contains("none.kgdb"), "\(missing.stderr)")
        #expect(!FileManager.default.fileExists(atPath: cli.dir.appendingPathComponent("none.kgdb").path))
    }

    @Test(.disabled(if: ProcessInfo.processInfo.environment["KG_TEST_POSTGRES"] == nil,
                    "KG_TEST_POSTGRES is not set: Scripts/test starts PostgreSQL and sets it"))
    func aPostgreSQLStoreAnswersAsTheSQLiteStoreDoes() throws {
        let cli = try CLITests()
        let news = try corpus(cli, copies: 1)
        let server = ProcessInfo.processInfo.environment["KG_TEST_POSTGRES"]!
        let database = "kg_cli_" + UUID().uuidString.prefix(8).lowercased()
        #expect(try ProcessResult.run("/usr/bin/env", ["psql", "\(server)/postgres", "-qc", "CREATE DATABASE \(database)"]).status == 0)
        let postgres = "\(server)/\(database)", sqlite = cli.dir.appendingPathComponent("s.kgdb").path
        let sqliteAdd = try cli.run(["add", news.path, "--store", sqlite])
        #expect(sqliteAdd.status == 0 && sqliteAdd.stdout.hasPrefix("74 added"), "\(sqliteAdd.stdout) \(sqliteAdd.stderr)")
        // Two writers at once into one PostgreSQL store, each with its half of the documents.
        let files = try FileManager.default.contentsOfDirectory(atPath: news.path).sorted().map { news.appendingPathComponent($0).path }
        let writers = [Array(files.prefix(37)), Array(files.dropFirst(37))].map { half in
            let p = Process()
            p.executableURL = URL(fileURLWithPath: CLITests.kg)
            p.arguments = ["add"] + half + ["--store", postgres, "--jobs", "1"]
            p.standardOutput = FileHandle.nullDevice
            return p
        }
        for w in writers { try w.run() }
        for w in writers { w.waitUntilExit() }
        #expect(writers.allSatisfy { $0.terminationStatus == 0 })
        // The same graph as one writer's: documents in another order only change which one's date an edge keeps.
        let graphs = try [postgres, sqlite].map { store -> [String: [[String: Any]]] in
            let out = cli.dir.appendingPathComponent("\(UUID().uuidString).json").path
            #expect(try cli.run(["export", "--store", store, "-o", out]).status == 0)
            return try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out))) as? [String: [[String: Any]]])
        }
        func shape(_ g: [String: [[String: Any]]]) -> [String] {
            (g["nodes"] ?? []).map { "\($0["id"]!) \(($0["mentions"] as? [Any])?.count ?? 0)" }
                + (g["edges"] ?? []).map { "\($0["source"]!) \($0["type"]!) \($0["target"]!) \(($0["evidence"] as? [Any])?.count ?? 0)" }
        }
        #expect(shape(graphs[0]) == shape(graphs[1]))
        #expect(shape(graphs[0]).count > 500)
        let answers = try [postgres, sqlite].map { try cli.run(["path", "Hezbollah", "Iran", "--k", "3", "--store", $0]) }
        #expect(answers[0].status == 0 && answers[0].stdout.contains("Hezbollah"), "\(answers[0].stderr)")
        #expect(answers[0].stdout == answers[1].stdout)
        let removed = try cli.run(["remove", "0-africom-el-bur-airstrike.en.txt", "--store", postgres])
        #expect(removed.status == 0 && removed.stdout.hasPrefix("removed 1 document"), "\(removed.stderr)")
        let status = try cli.run(["status", "--store", postgres, "--check"])
        #expect(status.stdout.contains(": 73 documents") && status.stdout.contains("integrity: ok"), "\(status.stdout)")
    }
}
