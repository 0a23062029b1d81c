#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Tells whoever started a long computation how far it has got, without the computation doing any I/O: the caller
/// binds an observer for the computation's duration, and the computation reports finished units of work (members,
/// model runs) as they finish, from whichever thread ran them. Nothing else changes: the observer sees counts only.
///
/// The binding is per thread, not a task-local: binding a task-local on `concurrentPerform`'s worker threads (which
/// run no task) corrupted memory in release builds of `balloon validate` (its nested fan-outs crashed in the Swift
/// runtime or in unrelated allocations; with the binding removed they ran).
package enum WorkProgress {
    private final class Box: @unchecked Sendable {
        let observer: @Sendable (Int) -> Void
        init(_ observer: @escaping @Sendable (Int) -> Void) { self.observer = observer }
    }

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    /// The observer bound on this thread, if any.
    package static var observer: (@Sendable (Int) -> Void)? {
        guard let raw = pthread_getspecific(key) else { return nil }
        return Unmanaged<Box>.fromOpaque(raw).takeUnretainedValue().observer
    }

    /// Reports `count` finished units to the observer bound on this thread, if any.
    package static func advance(by count: Int = 1) {
        observer?(count)
    }

    /// Runs `body` with `observer` bound on this thread: worker threads (`concurrentPerform`) do not see the caller's
    /// binding, so code that fans work out captures the observer first and binds it again on each worker.
    package static func bound<R>(_ observer: (@Sendable (Int) -> Void)?, _ body: () throws -> R) rethrows -> R {
        guard let observer else { return try body() }
        let previous = pthread_getspecific(key)
        let box = Unmanaged.passRetained(Box(observer))
        pthread_setspecific(key, box.toOpaque())
        defer {
            pthread_setspecific(key, previous)
            box.release()
        }
        return try body()
    }
}
