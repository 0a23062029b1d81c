import Dispatch

/// Results written by index from several threads and read after the join, so what is gathered does
/// not depend on which thread finished first.
final class IndexedBuffer<Element: Sendable>: @unchecked Sendable {
    private var slots: [Element]
    private let lock = DispatchSemaphore(value: 1)

    init(repeating initial: Element, count: Int) { slots = Array(repeating: initial, count: count) }

    func store(_ element: Element, at index: Int) {
        lock.wait()
        slots[index] = element
        lock.signal()
    }

    var values: [Element] {
        lock.wait()
        defer { lock.signal() }
        return slots
    }

    /// Evaluate `body` for every index on all cores and gather the results in index order.
    static func map(count: Int, initial: Element, _ body: @Sendable (Int) -> Element) -> [Element] {
        let buffer = IndexedBuffer(repeating: initial, count: count)
        DispatchQueue.concurrentPerform(iterations: count) { buffer.store(body($0), at: $0) }
        return buffer.values
    }
}
