import Foundation

/// The one way kg writes a file, so a reader never sees a partial one: the data goes to a
/// temporary file beside the target (`.NAME.PID.tmp`), is flushed to disk with fsync, and is
/// renamed over the target; on any failure the temporary file is removed. Temporary files
/// a killed run left behind are removed the next time kg writes into that folder.
package enum AtomicFile {
    package static func write(_ data: Data, to path: String) throws(KnowledgeGraphError) {
        let temp = try temporaryFile(for: path)
        do {
            try writeSynced(data, to: temp)
            try rename(temp, over: path)
        } catch {
            unlink(temp)
            throw KnowledgeGraphError(.io, "cannot write \(path): \(error.message)")
        }
    }

    /// The temporary file a write of `path` goes to, after checking the target can be written
    /// and clearing what killed runs left beside it.
    static func temporaryFile(for path: String) throws(KnowledgeGraphError) -> String {
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent().path
        try checkFolder(dir, for: path)
        try checkTarget(path)
        removeStaleTemporaries(in: dir, prefix: ".\(url.lastPathComponent).")
        return (dir as NSString).appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
    }

    /// Renames `from` over `to` in one step, then flushes the folder so the rename lasts.
    package static func rename(_ from: String, over to: String) throws(KnowledgeGraphError) {
        guard Foundation.rename(from, to) == 0 else { throw posixError() }
        let dir = (to as NSString).deletingLastPathComponent
        let fd = open(dir.isEmpty ? "." : dir, O_RDONLY | O_DIRECTORY)
        if fd >= 0 { _ = fsync(fd); close(fd) }
    }

    /// Creates `path` (it must not exist), writes all of `data` and fsyncs it.
    package static func writeSynced(_ data: Data, to path: String) throws(KnowledgeGraphError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw posixError() }
        var failure: KnowledgeGraphError?
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var done = 0
            while done < buffer.count {
                let n = Foundation.write(fd, buffer.baseAddress! + done, buffer.count - done)
                if n < 0, errno == EINTR { continue }
                guard n > 0 else { failure = posixError(); return }
                done += n
            }
        }
        if failure == nil, fsync(fd) != 0 { failure = posixError() }
        if close(fd) != 0, failure == nil { failure = posixError() }
        if let failure { throw failure }
    }

    /// A target that exists must be a regular file: kg never replaces a device, a folder or a
    /// symlink with a file (stdout is `-`).
    package static func checkTarget(_ path: String) throws(KnowledgeGraphError) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        let kind: String? = switch info.st_mode & S_IFMT {
        case S_IFREG: nil
        case S_IFLNK: "a symbolic link"
        case S_IFDIR: "a folder"
        case S_IFCHR, S_IFBLK: "a device"
        default: "not a regular file"
        }
        if let kind {
            throw KnowledgeGraphError(.io, "cannot write \(path): it is \(kind); kg writes only regular files (use - for standard output)")
        }
    }

    static func checkFolder(_ dir: String, for path: String) throws(KnowledgeGraphError) {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
            throw KnowledgeGraphError(.io, "cannot write \(path): folder \(dir) does not exist")
        }
    }

    /// Removes `PREFIX<pid>.tmp` entries in `dir` whose process is gone.
    package static func removeStaleTemporaries(in dir: String, prefix: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return }
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
            let middle = name.dropFirst(prefix.count).dropLast(4)
            guard let pid = Int32(middle), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(atPath: (dir as NSString).appendingPathComponent(name))
        }
    }

    static func posixError() -> KnowledgeGraphError {
        KnowledgeGraphError(.io, String(cString: strerror(errno)))
    }
}
