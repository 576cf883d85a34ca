import CGraphviz
import Foundation
import Synchronization

/// The one door to libgvc/libcgraph. Graphviz keeps global state and is not
/// thread-safe, so every call goes through this lock, and one `GVC_t` is reused
/// for the life of the process (each new context leaks a few KB inside libgvc).
final class GraphvizRuntime: Sendable {
    static let shared = GraphvizRuntime()

    private let lock = Mutex(())
    /// Only touched while `lock` is held.
    nonisolated(unsafe) private let context: OpaquePointer

    private init() {
        // The context must exist before any graph is built: creating it sets the
        // default node label to `\N` process-wide. Errors are collected for
        // `aglasterr` instead of being printed to stderr.
        _ = agseterr(AGMAX)
        context = gvContext()
    }

    /// Runs `body` while holding the Graphviz lock, with a clean error state.
    func withContext<R: Sendable>(_ body: (borrowing Context) throws(GraphRenderError) -> R) throws(GraphRenderError) -> R {
        let context = self.context
        let result: Result<R, GraphRenderError> = lock.withLock { _ in
            _ = agreseterrors()
            do throws(GraphRenderError) {
                return .success(try body(Context(raw: context)))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// A borrowed view of the process-wide `GVC_t`, which lives as long as the
    /// process: libgvc's context is meant to be reused, never freed mid-run.
    struct Context: ~Copyable {
        let raw: OpaquePointer
    }
}

/// Graphviz's collected error text since the last check, or nil when it said nothing.
/// Only call while holding the runtime's lock.
func takeGraphvizErrors() -> String? {
    guard let buffer = aglasterr() else { return nil }
    defer { free(buffer) }
    let text = String(cString: buffer).trimmingCharacters(in: .whitespacesAndNewlines)
    return text.isEmpty ? nil : text
}

/// Whether Graphviz has reported an error (not a warning) since the lock was taken.
func graphvizReportedError() -> Bool {
    agerrors() >= Int32(AGERR.rawValue)
}
