import Foundation
import TestSupport
import Testing

/// Files stay whole under faults, and hostile labels leave no noise from Graphviz's libraries.
extension CLITests {
    func graph(label: String) throws -> String {
        let json = #"{"nodes": [{"id": "a", "type": "country", "label": "\#(label)"}, {"id": "b", "type": "country", "label": "B"}], "edges": [{"source": "a", "type": "talks", "target": "b"}]}"#
        return try write("label.json", json)
    }

    /// A process id that no process has now: a child that has been waited for.
    func deadPID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test(arguments: [("\\u2069", "png"), ("\\u200b", "png"), ("\\u200e\\nx", "png"), ("a\\ufffeb", "pdf"), ("a\\u0000b", "pdf")])
    func libraryWarningsStayQuiet(label: String, format: String) throws {
        let out = dir.appendingPathComponent("out.\(format)").path
        let result = try run(["render", try graph(label: label), "-o", out])
        #expect(result.status == 0)
        #expect(result.stderr == "", "\(result.stderr)")
        #expect(((try? FileManager.default.attributesOfItem(atPath: out)[.size] as? Int) ?? 0) > 1000)
    }

    @Test func aSymlinkOrDeviceTargetIsRefusedAndLeftAlone() throws {
        let real = try write("real.json", "keep me")
        let link = dir.appendingPathComponent("link.json").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
        let viaLink = try run(["export", Self.sample, "-f", "json", "-o", link])
        #expect(viaLink.status == 1)
        #expect(viaLink.stderr == "Error: cannot write \(link): it is a symbolic link; kg writes only regular files (use - for standard output)\n")
        #expect(try String(contentsOfFile: real, encoding: .utf8) == "keep me")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == real)
        let device = try run(["export", Self.sample, "-f", "json", "-o", "/dev/null"])
        #expect(device.stderr.contains("/dev/null: it is a device"), "\(device.stderr)")
        var info = stat()
        #expect(stat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
        // A regular file is replaced as before.
        #expect(try run(["export", Self.sample, "-f", "json", "-o", real]).status == 0)
        #expect(try String(contentsOfFile: real, encoding: .utf8).hasPrefix("{"))
    }

    @Test func temporariesOfAKilledRunAreRemovedByTheNext() throws {
        let pid = try deadPID()
        let staleFile = dir.appendingPathComponent(".graph.json.\(pid).tmp").path
        let staleFolder = dir.appendingPathComponent(".out.\(pid).tmp").path
        let other = dir.appendingPathComponent(".graph.json.notes.tmp").path
        FileManager.default.createFile(atPath: staleFile, contents: Data("partial".utf8))
        FileManager.default.createFile(atPath: other, contents: Data())
        try FileManager.default.createDirectory(atPath: staleFolder, withIntermediateDirectories: true)
        let doc = try write("doc.txt", "Sandhurst\n")
        #expect(try run(["extract", doc, "-o", dir.appendingPathComponent("graph.json").path]).status == 0)
        #expect(try run(["build", doc, "-o", dir.appendingPathComponent("out").path]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: staleFile))
        #expect(!FileManager.default.fileExists(atPath: staleFolder))
        // Only kg's own pattern with a dead process id is removed.
        #expect(FileManager.default.fileExists(atPath: other))
        let left = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".tmp") }
        #expect(left == [".graph.json.notes.tmp"])
    }

    @Test func aFailedBuildLeavesTheFolderAllOld() throws {
        let out = dir.appendingPathComponent("out").path
        let first = try write("first.txt", "Sandhurst\n")
        #expect(try run(["build", first, "-o", out]).status == 0)
        let names = ["graph.json", "graph.svg", "graph.png", "graph.dot"]
        let old = try names.map { try Data(contentsOf: URL(fileURLWithPath: out + "/" + $0)) }
        // graph.dot cannot be replaced: it is a folder now, so the build must fail before any rename.
        try FileManager.default.removeItem(atPath: out + "/graph.dot")
        try FileManager.default.createDirectory(atPath: out + "/graph.dot", withIntermediateDirectories: false)
        let second = try write("second.txt", "KSrelief delivered aid.\n")
        let failed = try run(["build", second, "-o", out])
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("graph.dot: it is a folder"), "\(failed.stderr)")
        for (name, data) in zip(names.prefix(3), old) {
            #expect(try Data(contentsOf: URL(fileURLWithPath: out + "/" + name)) == data, "\(name) changed")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".tmp") } == [])
        // With the obstacle gone the same build replaces all four.
        try FileManager.default.removeItem(atPath: out + "/graph.dot")
        #expect(try run(["build", second, "-o", out]).status == 0)
        #expect(try String(contentsOfFile: out + "/graph.json", encoding: .utf8).contains("ksrelief"))
        #expect(FileManager.default.fileExists(atPath: out + "/graph.dot"))
    }
}
