import Foundation

/// A file descriptor written in chunks, for output too large to hold at once.
package final class FileSink: Sendable {
    private let fd: Int32

    init(fd: Int32) { self.fd = fd }

    /// Standard output.
    package static let standardOutput = FileSink(fd: 1)

    package func write(_ buffer: UnsafeRawBufferPointer) throws(KnowledgeGraphError) {
        var done = 0
        while done < buffer.count {
            let n = Foundation.write(fd, buffer.baseAddress! + done, buffer.count - done)
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { throw AtomicFile.posixError() }
            done += n
        }
    }
}

extension AtomicFile {
    /// As ``write(_:to:)``, with the data written in chunks by `produce`: the target appears,
    /// whole, only once `produce` returns; if it throws, the temporary file is removed.
    package static func stream(to path: String, _ produce: (FileSink) throws(KnowledgeGraphError) -> Void) throws(KnowledgeGraphError) {
        let temp = try temporaryFile(for: path)
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw KnowledgeGraphError(.io, "cannot write \(path): \(posixError().message)") }
        var open = true
        do throws(KnowledgeGraphError) {
            try produce(FileSink(fd: fd))
            guard fsync(fd) == 0 else { throw posixError() }
            open = false
            guard close(fd) == 0 else { throw posixError() }
            try rename(temp, over: path)
        } catch {
            if open { close(fd) }
            unlink(temp)
            // A failure of `produce` itself (not of the file) is passed on as it is.
            if error.code != .io { throw error }
            throw KnowledgeGraphError(.io, "cannot write \(path): \(error.message)")
        }
    }
}
