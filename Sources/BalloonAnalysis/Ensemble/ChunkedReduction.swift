import BalloonStatistics
import Dispatch
import Foundation

/// Runs contiguous chunks of a numbered range of runs on several threads, then merges the chunks'
/// partial results in chunk order. Partial results in this module are order-independent (see
/// `MemberDistribution`), so the answer is the same for every thread count; chunk order is kept anyway.
///
/// `DispatchQueue.concurrentPerform` rather than a task group: the commands are synchronous and
/// each chunk is long, CPU-bound work, which is what it is for.
enum ChunkedReduction {
    /// Threads to use for `parallelism` (the statistics module's setting, reused for one meaning everywhere).
    static func threadCount(_ parallelism: Parallelism) -> Int {
        switch parallelism {
        case .serial: 1
        case .threads(let count): max(1, count)
        case .automatic: max(1, ProcessInfo.processInfo.activeProcessorCount)
        }
    }

    /// `chunk` on each slice of `range`, merged with `merge`; nil for an empty range.
    /// - Throws: the first error (in chunk order) any chunk threw.
    static func run<Partial: Sendable>(
        _ range: Range<Int>, parallelism: Parallelism,
        chunk: @escaping @Sendable (Range<Int>) throws -> Partial,
        merge: (inout Partial, Partial) -> Void
    ) throws -> Partial? {
        guard !range.isEmpty else { return nil }
        let chunkCount = min(threadCount(parallelism), range.count)
        let slices = (0..<chunkCount).map { k in
            (range.lowerBound + k * range.count / chunkCount)..<(range.lowerBound + (k + 1) * range.count / chunkCount)
        }
        let results = ChunkResults<Partial>(count: chunkCount)
        if chunkCount == 1 {
            results.store(0, Result { try chunk(slices[0]) })
        } else {
            let observer = WorkProgress.observer
            DispatchQueue.concurrentPerform(iterations: chunkCount) { k in
                WorkProgress.bound(observer) { results.store(k, Result { try chunk(slices[k]) }) }
            }
        }
        var merged: Partial?
        for result in results.all {
            let partial = try result.get()
            if merged == nil { merged = partial } else { merge(&merged!, partial) }
        }
        return merged
    }
}

/// One slot per chunk, written once by the chunk's thread under a lock, read after all have finished.
private final class ChunkResults<Partial>: @unchecked Sendable {
    private var slots: [Result<Partial, Error>?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ index: Int, _ result: Result<Partial, Error>) {
        lock.lock()
        slots[index] = result
        lock.unlock()
    }

    var all: [Result<Partial, Error>] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0! }
    }
}
