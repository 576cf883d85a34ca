import Foundation

/// Writes a set of files into a folder so that it holds the old set or the new one, never a
/// mix: every file is written and fsynced in a temporary folder beside the target
/// (`.DIR.PID.tmp`) first. A new folder is then renamed into place in one step; in an
/// existing folder (which may hold other files of the user's) each file is renamed over its
/// old version, which cannot run out of space. On failure the temporary folder is removed.
package enum AtomicFolder {
    package static func write(_ files: [(name: String, data: Data)], into dir: String) throws(KnowledgeGraphError) {
        let target = URL(fileURLWithPath: dir).standardizedFileURL
        let parent = target.deletingLastPathComponent().path
        let base = target.lastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw KnowledgeGraphError(.io, "cannot create folder \(parent): \(FileProblem.reason(error, path: parent))")
        }
        var isDir: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: target.path, isDirectory: &isDir)
        if exists, !isDir.boolValue { throw KnowledgeGraphError(.io, "cannot write into \(dir): it is not a folder") }
        AtomicFile.removeStaleTemporaries(in: parent, prefix: ".\(base).")
        let temp = (parent as NSString).appendingPathComponent(".\(base).\(getpid()).tmp")
        do throws(KnowledgeGraphError) {
            guard mkdir(temp, 0o755) == 0 else { throw AtomicFile.posixError() }
            for file in files {
                try AtomicFile.writeSynced(file.data, to: (temp as NSString).appendingPathComponent(file.name))
            }
            if !exists {
                try AtomicFile.rename(temp, over: target.path)
                return
            }
            for file in files { try AtomicFile.checkTarget(target.appendingPathComponent(file.name).path) }
            for file in files {
                try AtomicFile.rename((temp as NSString).appendingPathComponent(file.name), over: target.appendingPathComponent(file.name).path)
            }
            _ = rmdir(temp)
        } catch {
            try? FileManager.default.removeItem(atPath: temp)
            throw KnowledgeGraphError(.io, "cannot write into \(dir): \(error.message)")
        }
    }
}
