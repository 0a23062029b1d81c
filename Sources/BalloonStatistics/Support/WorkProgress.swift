/// Tells whoever started a long computation how far it has got, without the computation doing any I/O: the caller
/// binds an observer for the computation's duration, and the computation reports finished units of work (members,
/// model runs) as they finish, from whichever thread ran them. Nothing else changes: the observer sees counts only.
package enum WorkProgress {
    /// Called with the number of units just finished; nil when nobody is watching.
    @TaskLocal package static var observer: (@Sendable (Int) -> Void)?

    /// Reports `count` finished units to the observer bound on this thread, if any.
    package static func advance(by count: Int = 1) {
        observer?(count)
    }

    /// Runs `body` with `observer` bound: worker threads (`concurrentPerform`) do not inherit the caller's
    /// binding, so code that fans work out captures the observer first and binds it again on each worker.
    package static func bound<R>(_ observer: (@Sendable (Int) -> Void)?, _ body: () throws -> R) rethrows -> R {
        guard let observer else { return try body() }
        return try $observer.withValue(observer, operation: body)
    }
}
