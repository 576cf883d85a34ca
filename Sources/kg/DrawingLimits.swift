import ArgumentParser
import Foundation
import KnowledgeGraph

/// Bounds on drawing: a size above which kg says how long it would take instead of starting,
/// and a time budget after which a layout is stopped with a message. Graphviz's layout is
/// one C call that cannot be interrupted, so the budget ends the process; nothing has been
/// written by then, because every output is written only after it is drawn.
struct DrawingLimits: ParsableArguments {
    @Option(name: .customLong("max-nodes"), help: "Draw at most this many nodes; larger graphs are refused with advice (sfdp took 6 s for 5,000 nodes here and 250 s for 20,000).")
    var maxNodes = 5_000

    @Option(name: .customLong("time-limit"), help: "Stop a drawing that takes longer than this many seconds.")
    var timeLimit = 120

    func validate() throws {
        if maxNodes < 1 { throw ValidationError("--max-nodes must be 1 or more") }
        if timeLimit < 1 { throw ValidationError("--time-limit must be 1 or more") }
    }

    /// Refuses a graph above ``maxNodes`` before any layout starts.
    func check(_ graph: KnowledgeGraph, name: String) throws {
        guard graph.nodeCount > maxNodes else { return }
        throw CommandFailure(
            "\(name) has \(graph.nodeCount) nodes and \(graph.edgeCount) edges, more than the \(maxNodes) kg draws unasked (a layout that size can take many minutes); draw a part with kg neighbors or kg subgraph -o, or pass --max-nodes \(graph.nodeCount) with --engine sfdp to try")
    }

    /// Runs `body` with the time budget armed.
    func withBudget<T>(_ what: String, _ body: () throws -> T) throws -> T {
        DrawingBudget.arm(seconds: timeLimit, message: "Error: \(what) took longer than --time-limit \(timeLimit) s; nothing was written. Draw a part of the graph, or raise --time-limit\n")
        defer { DrawingBudget.disarm() }
        return try body()
    }
}

/// The alarm behind ``DrawingLimits/withBudget(_:_:)``; the handler may only use
/// async-signal-safe calls, so its message is prepared beforehand in C memory.
enum DrawingBudget {
    nonisolated(unsafe) static var message: UnsafeMutablePointer<CChar>?
    nonisolated(unsafe) static var length = 0

    static func arm(seconds: Int, message text: String) {
        disarm()
        message = strdup(text)
        length = text.utf8.count
        signal(SIGALRM) { _ in
            if let m = DrawingBudget.message { _ = write(2, m, DrawingBudget.length) }
            _exit(1)
        }
        // A parent may have blocked the signal, and children inherit the mask.
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGALRM)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        alarm(UInt32(clamping: seconds))
    }

    static func disarm() {
        alarm(0)
        if let m = message { free(m) }
        message = nil
    }
}
