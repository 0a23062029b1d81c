import Foundation
import GRDB

/// The run store in one SQLite file (GRDB): write-ahead logging, so readers never wait for the writer; versioned
/// migrations; and on opening, runs whose process died are marked failed ("interrupted").
package final class SQLiteRunStore: RunStore {
    /// The database file.
    package let path: String
    package var location: String { path }
    private let pool: DatabasePool

    /// How long a write waits for another process's write before giving up with `StoreError.locked`.
    /// 30 s: at 5 s a CLI test's run, recording while a dozen others did on a loaded 2-core machine,
    /// gave up (CI, 2026-11-30); a user's second command should wait out the first's record, not fail.
    package static let defaultBusyTimeout: TimeInterval = 30

    /// Opens (creating if needed) the store at `path`, brings its schema up to date and marks runs left live by
    /// dead processes as failed.
    /// - Throws: `StoreError` naming `path`: a folder or an unwritable place, a file that is not a database,
    ///   a database of a newer Balloon, or one locked for longer than `busyTimeout`.
    package init(path: String, busyTimeout: TimeInterval = defaultBusyTimeout) throws(StoreError) {
        self.path = path
        try Self.prepareFolder(for: path)
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.label = "balloon-run-store"
        pool = try Self.attempt(path) { try DatabasePool(path: path, configuration: configuration) }
        try migrate()
        try recoverInterrupted()
    }

    package func add(_ run: NewRun) throws(StoreError) -> RunRecord {
        let now = Date()
        var row = RunRow(run, owner: .current, now: now)
        try attempt { try pool.write { db in try row.insert(db) } }
        return try row.record(location: path)
    }

    package func start(_ id: RunID) throws(StoreError) {
        try move(id, to: .running) { row in
            row.startedAt = Date().timeIntervalSince1970
            let owner = ProcessOwner.current
            (row.ownerHost, row.ownerPid, row.ownerStartTicks) = (owner.host, Int64(owner.pid), owner.startTicks)
        }
    }

    package func finish(_ id: RunID, outputs: RunOutputs) throws(StoreError) {
        try move(id, to: .finished) { row in
            row.outputFiles = RunRow.json(outputs.files)
            row.end(.finished, at: Date(), message: nil)
        } alsoWrite: { db in
            try SummaryRow(runId: id.value, json: outputs.summaryJSON).save(db)
        }
    }

    package func fail(_ id: RunID, message: String) throws(StoreError) {
        try move(id, to: .failed) { $0.end(.failed, at: Date(), message: message) }
    }

    package func cancel(_ id: RunID) throws(StoreError) {
        try move(id, to: .cancelled) { $0.end(.cancelled, at: Date(), message: "cancelled") }
    }

    package func run(_ id: RunID) throws(StoreError) -> RunRecord? {
        try attempt { try pool.read { db in try RunRow.fetchOne(db, key: id.value) } }?.record(location: path)
    }

    package func summary(of id: RunID) throws(StoreError) -> String? {
        try attempt { try pool.read { db in try SummaryRow.fetchOne(db, key: id.value)?.json } }
    }

    package func runs(limit: Int?) throws(StoreError) -> [RunListing] {
        let rows = try attempt {
            try pool.read { db in
                try ListingRow.order(RunRow.Columns.id.desc).limit(limit ?? Int.max).fetchAll(db)
            }
        }
        var listings: [RunListing] = []
        for row in rows { listings.append(try row.listing(location: path)) }
        return listings
    }

    package func finishedRun(withKey key: RunKey) throws(StoreError) -> RunRecord? {
        try attempt {
            try pool.read { db in
                try RunRow.filter(
                    RunRow.Columns.contentHash == key.hex && RunRow.Columns.status == RunStatus.finished.rawValue
                ).order(RunRow.Columns.id.desc).fetchOne(db)
            }
        }?.record(location: path)
    }

    package func delete(_ id: RunID) throws(StoreError) -> Bool {
        try attempt { try pool.write { db in try RunRow.deleteOne(db, key: id.value) } }
    }

    // MARK: - Opening

    private static func prepareFolder(for path: String) throws(StoreError) {
        guard !path.isEmpty else { throw .cannotOpen(location: path, reason: "the path is empty") }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw .cannotOpen(location: path, reason: "it is a folder, not a database file")
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .cannotOpen(location: path, reason: "its folder '\(folder.path)' cannot be created")
        }
    }

    /// Refuses a database with migrations this build does not know (a newer Balloon's), or one of another
    /// program; then applies the missing migrations.
    private func migrate() throws(StoreError) {
        let migrator = SQLiteSchema.migrator
        let known = Set(migrator.migrations)
        let (applied, foreignTables) = try attempt {
            try pool.read { db -> ([String], [String]) in
                let tables = try String.fetchAll(
                    db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
                guard tables.contains("grdb_migrations") else { return ([], tables) }
                return (try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"), [])
            }
        }
        if !foreignTables.isEmpty {
            throw .cannotOpen(
                location: path,
                reason:
                    "it is a SQLite database of another program (tables: \(foreignTables.prefix(5).joined(separator: ", ")))"
            )
        }
        let unknown = applied.filter { !known.contains($0) }
        guard unknown.isEmpty else { throw .newerSchema(location: path, unknownMigrations: unknown) }
        // Only a store that lacks a migration takes the write lock, so opening never waits for another writer.
        guard Set(applied) != known else { return }
        try attempt { try migrator.migrate(pool) }
    }

    /// Marks queued and running runs whose process is gone as failed: they were interrupted (killed, crashed).
    /// Looks first with a read, so that opening a store with nothing to recover writes nothing.
    private func recoverInterrupted() throws(StoreError) {
        let live = [RunStatus.queued.rawValue, RunStatus.running.rawValue]
        let orphaned = try attempt {
            try pool.read { db in
                try RunRow.filter(live.contains(RunRow.Columns.status)).fetchAll(db).contains {
                    $0.owner?.isCertainlyGone ?? true
                }
            }
        }
        guard orphaned else { return }
        try attempt {
            try pool.write { db in
                // Read again under the write lock: another process may have recovered them meanwhile.
                let rows = try RunRow.filter(live.contains(RunRow.Columns.status)).fetchAll(db)
                for var row in rows where row.owner?.isCertainlyGone ?? true {
                    let who = row.owner.map { "process \($0.pid) on \($0.host)" } ?? "its process"
                    row.end(.failed, at: Date(), message: "interrupted: \(who) ended before the run finished")
                    try row.update(db)
                }
            }
        }
    }

    // MARK: - Helpers

    /// Applies `change` to a run if its status may move to `next`.
    private func move(
        _ id: RunID, to next: RunStatus, change: @escaping (inout RunRow) -> Void,
        alsoWrite: @escaping (Database) throws -> Void = { _ in }
    ) throws(StoreError) {
        let location = path
        try attempt {
            try pool.write { db in
                guard var row = try RunRow.fetchOne(db, key: id.value) else {
                    throw StoreError.unknownRun(location: location, id: id)
                }
                let current = RunStatus(rawValue: row.status)
                guard let current, current.canMove(to: next) else {
                    throw StoreError.invalidTransition(id: id, from: current ?? .failed, to: next)
                }
                row.status = next.rawValue
                change(&row)
                try row.update(db)
                try alsoWrite(db)
            }
        }
    }

    private func attempt<T>(_ body: () throws -> T) throws(StoreError) -> T {
        try Self.attempt(path, body)
    }

    /// Runs `body`, turning every error into a `StoreError` that names the store.
    private static func attempt<T>(_ path: String, _ body: () throws -> T) throws(StoreError) -> T {
        do {
            return try body()
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            switch error.resultCode {
            case .SQLITE_NOTADB, .SQLITE_CORRUPT: throw .notADatabase(location: path)
            case .SQLITE_BUSY, .SQLITE_LOCKED: throw .locked(location: path)
            case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY, .SQLITE_AUTH:
                throw .cannotOpen(location: path, reason: error.message ?? "\(error.resultCode)")
            default: throw .database(location: path, message: error.message ?? "\(error.resultCode)")
            }
        } catch {
            throw .database(location: path, message: "\(error)")
        }
    }
}
