/// What can go wrong with a run store, each with the store's location so the message can name it.
package enum StoreError: Error, Sendable, Equatable {
    /// The store's file or folder cannot be created or opened (`reason` says why).
    case cannotOpen(location: String, reason: String)
    /// The file exists but is not a SQLite database, or is damaged.
    case notADatabase(location: String)
    /// The database was written by a newer Balloon: it holds migrations this one does not know.
    case newerSchema(location: String, unknownMigrations: [String])
    /// Another process holds the database locked for longer than the store waits.
    case locked(location: String)
    /// No run with this id.
    case unknownRun(location: String, id: RunID)
    /// A status change that is not allowed (finishing a failed run, say).
    case invalidTransition(id: RunID, from: RunStatus, to: RunStatus)
    /// Any other database error, with the engine's message.
    case database(location: String, message: String)
}
