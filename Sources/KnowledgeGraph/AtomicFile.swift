import Foundation

/// Writes output files so that a reader never sees a partial one: the data goes
/// to a temporary file beside the target, which is then renamed over it.
package enum AtomicFile {
    package static func write(_ data: Data, to path: String) throws(KnowledgeGraphError) {
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent()
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir.path, isDirectory: &isDir), isDir.boolValue else {
            throw KnowledgeGraphError(.io, "cannot write \(path): folder \(dir.path) does not exist")
        }
        let temp = dir.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        do {
            try data.write(to: temp)
        } catch {
            try? FileManager.default.removeItem(at: temp)
            throw KnowledgeGraphError(.io, "cannot write \(path): \(error.localizedDescription)")
        }
        // rename(2) replaces the target in one step, so readers see the old file or the new one.
        if rename(temp.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temp)
            throw KnowledgeGraphError(.io, "cannot write \(path): \(reason)")
        }
    }
}
