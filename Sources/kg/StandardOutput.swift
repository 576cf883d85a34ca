import Foundation

/// Standard output written straight to file descriptor 1, with write errors reported:
/// a full disk or a closed pipe must fail the command, not lose the answer quietly.
/// Commands print through this, never through `print` or `FileHandle`, whose errors are lost
/// or end in a `try!`.
enum StandardOutput {
    static func write(_ data: Data) throws {
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var done = 0
            while done < buffer.count {
                let n = Foundation.write(1, buffer.baseAddress! + done, buffer.count - done)
                if n < 0, errno == EINTR { continue }
                guard n > 0 else {
                    throw CommandFailure("cannot write to standard output: \(String(cString: strerror(errno)))")
                }
                done += n
            }
        }
    }

    static func print(_ text: String, terminator: String = "\n") throws {
        try write(Data((text + terminator).utf8))
    }
}

/// Progress and notes on stderr. A failed write there is ignored: there is nowhere left to
/// report it, and it must not end the command (FileHandle would trap).
enum StandardError {
    static func print(_ text: String, terminator: String = "\n") {
        let data = Array((text + terminator).utf8)
        var done = 0
        while done < data.count {
            let n = data.withUnsafeBytes { Foundation.write(2, $0.baseAddress! + done, data.count - done) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { return }
            done += n
        }
    }
}
