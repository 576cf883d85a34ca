import Foundation

/// Runs independent pieces of work on several threads and hands their results, in index order,
/// to one consumer on the calling thread: extraction on every core, one writer, and the same
/// output whatever the number of jobs.
package enum OrderedWork {
    /// Calls `work(i)` for every `i` in `0..<count` on `jobs` threads, and `consume(i, result)` on
    /// the calling thread in increasing `i`. At most `window` results wait to be consumed, so
    /// memory stays bounded when the consumer is slower. An error from `consume` stops the work:
    /// pieces not yet started are not started, and the error is rethrown once the threads end.
    package static func run<T: Sendable>(
        count: Int, jobs: Int, window: Int = 64,
        work: @escaping @Sendable (Int) -> T, consume: (Int, T) throws -> Void
    ) throws {
        guard jobs > 1, count > 1 else {
            for i in 0..<count { try consume(i, work(i)) }
            return
        }
        let state = State<T>(count: count, window: max(window, jobs))
        let threads = min(jobs, count)
        for _ in 0..<threads {
            let thread = Thread { state.workLoop(work) }
            // Extraction recurses little, but as much as the main thread allows.
            thread.stackSize = 8 << 20
            thread.start()
        }
        defer { state.cancelAndJoin(threads: threads) }
        for i in 0..<count {
            let result = state.take(i)
            try consume(i, result)
        }
    }

    /// What the threads share, under one condition lock.
    private final class State<T: Sendable>: @unchecked Sendable {
        let count: Int
        let window: Int
        let condition = NSCondition()
        var next = 0
        var consumed = 0
        var results: [Int: T] = [:]
        var cancelled = false
        var finished = 0

        init(count: Int, window: Int) {
            self.count = count
            self.window = window
        }

        func workLoop(_ work: (Int) -> T) {
            while true {
                condition.lock()
                while !cancelled, next < count, next >= consumed + window { condition.wait() }
                guard !cancelled, next < count else {
                    finished += 1
                    condition.broadcast()
                    condition.unlock()
                    return
                }
                let i = next
                next += 1
                condition.unlock()
                let result = work(i)
                condition.lock()
                results[i] = result
                condition.broadcast()
                condition.unlock()
            }
        }

        func take(_ i: Int) -> T {
            condition.lock()
            defer { condition.unlock() }
            while results[i] == nil { condition.wait() }
            consumed = i + 1
            condition.broadcast()
            return results.removeValue(forKey: i)!
        }

        func cancelAndJoin(threads: Int) {
            condition.lock()
            cancelled = true
            condition.broadcast()
            while finished < threads { condition.wait() }
            condition.unlock()
        }
    }
}
