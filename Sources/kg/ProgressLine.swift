import Foundation

/// Progress of long work on stderr: a bar redrawn in place on a terminal, a plain line every
/// few seconds when stderr is a file or pipe; counts, rate and time left either way.
struct ProgressLine {
    let total: Int
    let unit: String
    /// Off for small batches, where progress would only be noise.
    let shown: Bool
    let start = Date()
    let terminal = isatty(2) != 0
    var lastShown = Date.distantPast
    var done = 0
    var words = 0

    init(total: Int, unit: String, shown: Bool = true) {
        self.total = total
        self.unit = unit
        self.shown = shown && total > 0
    }

    mutating func update(done: Int, words: Int = 0) {
        self.done = done
        self.words = words
        guard shown else { return }
        let now = Date()
        guard now.timeIntervalSince(lastShown) >= (terminal ? 0.1 : 2) || done == total else { return }
        lastShown = now
        if terminal { StandardError.print("\r\u{1B}[K" + line(now), terminator: "") } else { StandardError.print(line(now)) }
    }

    /// Ends the bar's line on a terminal.
    func finish() {
        if shown, terminal { StandardError.print("") }
    }

    func line(_ now: Date) -> String {
        let elapsed = max(now.timeIntervalSince(start), 0.001)
        let rate = Double(done) / elapsed
        var parts = ["\(done)/\(total) \(unit)", String(format: "%.0f/s", rate)]
        if words > 0 { parts.append(String(format: "%.0fk words/s", Double(words) / elapsed / 1000)) }
        if done < total, rate > 0 {
            parts.append("ETA \(Self.duration(Double(total - done) / rate))")
        } else {
            parts.append("in \(Self.duration(elapsed))")
        }
        let text = parts.joined(separator: "  ")
        guard terminal else { return text }
        let width = 24
        let filled = total == 0 ? width : width * done / total
        return "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "] " + text
    }

    static func duration(_ seconds: Double) -> String {
        seconds < 60 ? String(format: "%.1f s", seconds) : String(format: "%d min %02d s", Int(seconds) / 60, Int(seconds) % 60)
    }
}
