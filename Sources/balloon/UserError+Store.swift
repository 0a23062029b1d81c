import BalloonStore

extension UserError {
    /// A run-store error in the one shape; `from` says which option or variable named the store.
    init(store error: StoreError, from: String = "--store") {
        let fixPath =
            "give --store (or $BALLOON_STORE) the path of a file in a folder you can write to, or add --no-store"
        switch error {
        case .cannotOpen(let location, let reason):
            let isURL = location.hasPrefix("postgres")
            self.init(
                code: "storeUnavailable", message: "the run store '\(location)' cannot be opened: \(reason)",
                location: "\(from) \(location)",
                fix: isURL
                    ? "check that the PostgreSQL server runs and that the URL's user, password and database are right "
                        + "(postgres://USER:PASSWORD@HOST:PORT/DATABASE), or add --no-store"
                    : fixPath)
        case .notADatabase(let location):
            self.init(
                code: "storeDamaged",
                message: "'\(location)' is not a run store: it is not a SQLite database, or it is damaged",
                location: "\(from) \(location)",
                fix: "move the file aside (Balloon starts a new store there) or give --store another path")
        case .newerSchema(let location, let unknown):
            self.init(
                code: "storeTooNew",
                message:
                    "the run store '\(location)' was written by a newer Balloon (unknown migrations: \(unknown.joined(separator: ", ")))",
                location: "\(from) \(location)",
                fix: "use the newer Balloon with this store, or give this one another --store path")
        case .locked(let location):
            self.init(
                code: "storeLocked", message: "the run store '\(location)' is locked by another process",
                location: "\(from) \(location)",
                fix: "wait for the other balloon command to finish and retry, or give --store another path")
        case .unknownRun(let location, let id):
            self.init(
                code: "unknownRun", message: "no run \(id) in the run store '\(location)'", location: "run id \(id)",
                fix: "see `balloon runs list` for the stored runs' ids")
        case .invalidTransition(let id, let from, let to):
            self.init(
                code: "invalidRunStatus", message: "run \(id) is \(from.rawValue) and cannot become \(to.rawValue)",
                location: "run id \(id)", fix: "only queued or running runs can change status")
        case .database(let location, let message):
            self.init(
                code: "storeError", message: "the run store '\(location)' failed: \(message)",
                location: "\(from) \(location)", fix: fixPath)
        }
    }
}
