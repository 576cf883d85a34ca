import Foundation
import KnowledgeGraph

/// Reads documents from files or standard input, checking that they are UTF-8 text.
///
/// A UTF-8 byte order mark is accepted and kept in the text (it is invisible to matching,
/// and keeping it keeps offsets equal to those of a plain UTF-8 decoding of the file);
/// CRLF line endings are kept too, since sentences end at either. Invalid UTF-8 and
/// binary files are refused with the file name and the byte offset of the first bad byte.
public enum DocumentReader {
    /// Reads `path` (`-` for standard input) as a document named `name`, by default the file's base name.
    public static func read(path: String, name: String? = nil, language: Language? = nil) throws(ExtractionError) -> Document {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
            } catch {
                throw ExtractionError(.io, "cannot read \(path): \(FileProblem.reason(error, path: path))")
            }
        }
        let name = name ?? (path == "-" ? "stdin" : URL(fileURLWithPath: path).lastPathComponent)
        return try decode(data, name: name, language: language)
    }

    /// Decodes bytes into a document, or explains why they are not UTF-8 text.
    public static func decode(_ data: Data, name: String, language: Language? = nil) throws(ExtractionError) -> Document {
        let checked: Result<String, ExtractionError> = data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            if let offset = firstInvalidByte(bytes) {
                let found = String(format: "0x%02X", bytes[offset])
                return .failure(ExtractionError(.invalidUTF8, "\(name): not valid UTF-8 at byte offset \(offset) (byte \(found))"))
            }
            if let offset = bytes.firstIndex(of: 0) {
                return .failure(ExtractionError(.binaryFile, "\(name): looks like a binary file (NUL byte at byte offset \(offset))"))
            }
            return .success(String(decoding: bytes, as: UTF8.self))
        }
        let text = try checked.get()
        return Document(name: name, text: text, language: language)
    }

    /// The offset of the first byte of the first ill-formed sequence, or nil when all is well-formed.
    /// - Complexity: O(n).
    static func firstInvalidByte(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE, 0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return i
            }
            guard i + length <= n else { return i }
            let second = bytes[i + 1]
            // A broken sequence is reported at its first byte.
            if second < low || second > high { return i }
            for k in 2..<max(2, length) where bytes[i + k] & 0xC0 != 0x80 { return i }
            i += length
        }
        return nil
    }
}
