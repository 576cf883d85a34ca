import GraphQuery

/// `kg path --all`: paths are printed as they are found, so any number of them needs no
/// memory; only --json and drawings, which need them all at once, hold them, up to a cap.
extension PathCommand {
    /// The most path memory --all holds for --json or a drawing.
    static let heldBytes = 256 << 20

    func noPath(_ session: QuerySession, _ a: Int32, _ b: Int32) -> CommandFailure {
        CommandFailure("no path from \(session.describe(a)) to \(session.describe(b)) within \(maxHops) hop\(maxHops == 1 ? "" : "s")\(session.filterSummary)")
    }

    func streamAll(_ session: QuerySession, _ finder: PathFinder, from a: Int32, to b: Int32) throws {
        var count = 0
        var buffer = ""
        var failure: (any Error)?
        finder.forEachSimplePathShortestFirst(from: a, to: b, maxHops: maxHops) { p in
            count += 1
            let explanation = PathExplanation(path: Array(p), in: session.graph, filter: session.filter)
            buffer += (count > 1 ? "\n" : "") + "path \(count), " + ExplanationText.render([explanation])
            if buffer.utf8.count >= 1 << 16 {
                do { try StandardOutput.print(buffer, terminator: "") } catch { failure = error; return false }
                buffer = ""
            }
            return count < limit
        }
        if let failure { throw failure }
        guard count > 0 else { throw noPath(session, a, b) }
        let reached = count == limit ? " (--limit \(limit) reached)" : ""
        try StandardOutput.print(buffer + "\n\(count) path\(count == 1 ? "" : "s") within \(maxHops) hops\(reached)")
    }

    /// The paths, shortest first, up to --limit or ``heldBytes``; reaching the cap is said on stderr.
    func collectAll(_ finder: PathFinder, from a: Int32, to b: Int32) -> [[Int32]] {
        var paths: [[Int32]] = []
        var bytes = 0
        var capped = false
        finder.forEachSimplePathShortestFirst(from: a, to: b, maxHops: maxHops) { p in
            // An array's header plus its elements.
            bytes += 32 + 4 * p.count
            if bytes > Self.heldBytes { capped = true; return false }
            paths.append(Array(p))
            return paths.count < limit
        }
        if capped {
            StandardError.print("kg: kept the first \(paths.count) paths, the \(Self.heldBytes >> 20) MB --all holds for --json or a drawing; lower --limit or --max-hops, or leave out --json and -o to print them all as found")
        }
        return paths
    }
}
