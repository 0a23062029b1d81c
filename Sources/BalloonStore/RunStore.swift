/// Where runs are kept: every run, ensemble and comparison with its inputs, status, outputs and timings.
///
/// A run is added as `running` (or `queued`) and moved on by `finish`, `fail` or `cancel`; a store refuses any
/// other move (`StoreError.invalidTransition`). Implementations are safe to use from several threads.
package protocol RunStore: Sendable {
    /// Where the store is, for messages: a file path, or a URL without its password.
    var location: String { get }
    /// Adds a run; returns it with its id and creation time.
    func add(_ run: NewRun) throws(StoreError) -> RunRecord
    /// Moves a queued run to running.
    func start(_ id: RunID) throws(StoreError)
    /// Records what a running run produced and marks it finished.
    func finish(_ id: RunID, outputs: RunOutputs) throws(StoreError)
    /// Marks a live run failed, with the reason.
    func fail(_ id: RunID, message: String) throws(StoreError)
    /// Marks a live run cancelled.
    func cancel(_ id: RunID) throws(StoreError)
    /// The run with this id, or nil.
    func run(_ id: RunID) throws(StoreError) -> RunRecord?
    /// The summary outputs (JSON text) of a finished run, or nil.
    func summary(of id: RunID) throws(StoreError) -> String?
    /// Runs as a listing shows them (no scenario texts), newest first; at most `limit` when given.
    func runs(limit: Int?) throws(StoreError) -> [RunListing]
    /// The newest finished run with this content hash, or nil.
    func finishedRun(withKey key: RunKey) throws(StoreError) -> RunRecord?
    /// Removes a run; false when there was none with this id.
    func delete(_ id: RunID) throws(StoreError) -> Bool
}
