import Dispatch
import Foundation

/// How many threads a computation may use. The results of every routine in
/// this module are identical for every setting; only the wall time changes.
package enum Parallelism: Sendable, Equatable, Hashable, Codable {
    /// Run on the calling thread only.
    case serial
    /// Split the work into this many contiguous chunks, run concurrently on the
    /// system thread pool (which never runs more at once than there are cores).
    case threads(Int)
    /// One chunk per active processor core.
    case automatic

    var chunkCount: Int {
        switch self {
        case .serial: return 1
        case .threads(let n): return max(1, n)
        case .automatic: return max(1, ProcessInfo.processInfo.activeProcessorCount)
        }
    }
}

/// A raw buffer that several threads write into at disjoint indices.
/// `@unchecked Sendable` is sound here because `parallelMap` hands every index
/// to exactly one chunk, and reads happen only after `concurrentPerform` returns.
private struct DisjointWriter<T>: @unchecked Sendable {
    let base: UnsafeMutablePointer<T>
}

/// Evaluates `body(i)` for i in 0..<count and returns the results in index order.
///
/// Work is split into contiguous chunks; each result lands at its own index, so
/// the output does not depend on scheduling. `body` must be safe to call
/// concurrently and should be a pure function of its index for determinism.
package func parallelMap<T>(count: Int, parallelism: Parallelism, _ body: @Sendable (Int) -> T) -> [T] {
    guard count > 0 else { return [] }
    let chunks = min(parallelism.chunkCount, count)
    if chunks == 1 {
        return (0..<count).map(body)
    }
    let storage = UnsafeMutablePointer<T>.allocate(capacity: count)
    defer { storage.deallocate() }
    let writer = DisjointWriter(base: storage)
    let observer = WorkProgress.observer
    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
        let start = chunk * count / chunks
        let end = (chunk + 1) * count / chunks
        WorkProgress.bound(observer) {
            for index in start..<end {
                (writer.base + index).initialize(to: body(index))
            }
        }
    }
    let results = Array(UnsafeBufferPointer(start: storage, count: count))
    storage.deinitialize(count: count)
    return results
}
