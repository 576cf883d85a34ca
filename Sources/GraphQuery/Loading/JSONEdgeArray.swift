import Foundation

/// The `edges` array of a graph JSON file, read on every core: most of a large file is its
/// edges, and one core scans them at a few hundred megabytes a second.
///
/// The array is cut at guessed element starts (a `{` after `}` and `,`). Each piece is read
/// into its own ``JSONGraphLoader/Reader`` at once, but a piece counts only once the piece
/// before it, read from a known start, has ended exactly at its guess: a guess inside a
/// string never is. From the first piece that does not count the rest is read in order, so
/// the result and any error are exactly those of reading the array front to back.
struct JSONEdgeArray {
    let file: MappedFile
    let path: String
    /// Pieces to read at once; 1 reads the array in order.
    let parts: Int
    /// The smallest piece worth a core of its own.
    let minimumPart: Int

    /// Where a piece stopped: at the start of the first element at or past its stop, or
    /// past the array's `]`.
    enum End { case stopped(Int), closed(Int) }

    /// Reads the array at the scanner into `reader`, leaving the scanner past its `]`.
    /// - Parameter cuts: where to cut the array (for tests); by default, guesses spread over the rest of the file.
    func read(_ s: inout JSONScanner, into reader: inout JSONGraphLoader.Reader, cuts: [Int]? = nil) throws(GraphQueryError) {
        try s.expect(0x5B)
        s.depth += 1
        defer { s.depth -= 1 }
        if try s.peek() == 0x5D { s.position += 1; return }
        let starts = [s.position] + (cuts ?? guesses(after: s.position))
        var resume = s.position
        if starts.count > 1 {
            let pieces = readPieces(starts, depth: s.depth)
            var k = 0
            while k < pieces.count, let piece = pieces[k] {
                reader.append(edgesOf: piece.reader)
                switch piece.end {
                case .closed(let position): s.position = position; return
                case .stopped(let position): resume = position
                }
                // Read in order from here on unless the next piece starts exactly here.
                guard k + 1 < starts.count, resume == starts[k + 1] else { break }
                k += 1
            }
        }
        s.position = resume
        _ = try Self.edges(&s, into: &reader, stop: Int.max, file: file)
    }

    /// Likely element starts that cut what follows `start` into `parts` pieces, in order.
    func guesses(after start: Int) -> [Int] {
        let remaining = file.bytes.count - start
        guard parts > 1, remaining >= minimumPart * 2 else { return [] }
        let count = min(parts, remaining / minimumPart)
        var found: [Int] = []
        for k in 1..<count {
            let from = start + remaining / count * k
            if let guess = elementStart(from: from), guess > (found.last ?? start) { found.append(guess) }
        }
        return found
    }

    /// The first `{` at or after `from` that follows `}` and `,` and reads as one edge.
    private func elementStart(from: Int) -> Int? {
        let bytes = file.bytes
        func previous(_ i: Int) -> Int {
            var j = i - 1
            while j > 0, JSONScanner.isSpace(bytes[j]) { j -= 1 }
            return j
        }
        var i = from
        let end = min(bytes.count, from + (1 << 20))
        while i < end {
            defer { i += 1 }
            guard bytes[i] == 0x7B else { continue }
            let comma = previous(i)
            guard bytes[comma] == 0x2C, bytes[previous(comma)] == 0x7D else { continue }
            // Objects inside an edge (evidence records) fit the pattern too; they are no edge.
            var probe = JSONScanner(bytes, path: path)
            probe.position = i
            var scratch = JSONGraphLoader.Reader(path: path)
            if (try? scratch.edge(&probe)) != nil { return i }
        }
        return nil
    }

    /// Reads piece k from `starts[k]` to the first element at or past `starts[k + 1]`,
    /// all at once; nil for a piece that failed.
    private func readPieces(_ starts: [Int], depth: Int) -> [(reader: JSONGraphLoader.Reader, end: End)?] {
        var pieces = [(reader: JSONGraphLoader.Reader, end: End)?](repeating: nil, count: starts.count)
        pieces.withUnsafeMutableBufferPointer { out in
            nonisolated(unsafe) let out = out
            DispatchQueue.concurrentPerform(iterations: starts.count) { k in
                var scanner = JSONScanner(file.bytes, path: path)
                scanner.position = starts[k]
                scanner.depth = depth
                var reader = JSONGraphLoader.Reader(path: path)
                let stop = k + 1 < starts.count ? starts[k + 1] : Int.max
                if let end = try? Self.edges(&scanner, into: &reader, stop: stop, file: file) {
                    out[k] = (reader, end)
                }
            }
        }
        return pieces
    }

    /// Reads elements from the one starting at the scanner, stopping before the first that
    /// starts at or past `stop`, or past the array's `]`; lets go of the file's pages behind it.
    static func edges(
        _ s: inout JSONScanner, into reader: inout JSONGraphLoader.Reader, stop: Int, file: MappedFile
    ) throws(GraphQueryError) -> End {
        var kept = s.position
        while true {
            try reader.edge(&s)
            if s.position - kept >= 64 << 20 {
                file.release(kept..<s.position)
                kept = s.position
            }
            switch try s.peek() {
            case 0x2C:
                s.position += 1
                if try s.peek() != 0x7B || s.position < stop { continue }
                return .stopped(s.position)
            case 0x5D:
                s.position += 1
                return .closed(s.position)
            default: throw s.failure("expected ',' or ']'")
            }
        }
    }
}
