import Foundation
import Logging
import NIOCore
import NIOPosix
import PostgresNIO

/// The run store in a PostgreSQL database (postgres-nio), so a team can share one: the same tables, statuses,
/// content keys and crash recovery as `SQLiteRunStore`. Opened from a URL,
/// `postgres://USER:PASSWORD@HOST:PORT/DATABASE`, optionally with `?schema=NAME` to keep the tables in their own
/// schema (created if missing). One connection, used by one operation at a time.
package final class PostgresRunStore: RunStore, @unchecked Sendable {
    /// The URL without its password, for messages.
    package let location: String
    private let connection: PostgresConnection
    private let lock = NSLock()
    private let logger = Logger(label: "balloon.store.postgres")

    /// Whether `reference` names a PostgreSQL store rather than a file.
    package static func isURL(_ reference: String) -> Bool {
        reference.hasPrefix("postgres://") || reference.hasPrefix("postgresql://")
    }

    /// Connects, brings the schema up to date and marks runs left live by dead processes as failed.
    /// - Throws: `StoreError` naming the URL (without its password): a malformed URL, a server that cannot be
    ///   reached or refuses the login, a database of a newer Balloon, or a lock held for longer than `lockTimeout`.
    package init(url: String, lockTimeout: TimeInterval = SQLiteRunStore.defaultBusyTimeout) throws(StoreError) {
        let parsed = try Self.parse(url)
        location = parsed.location
        let configuration = PostgresConnection.Configuration(
            host: parsed.host, port: parsed.port, username: parsed.user, password: parsed.password,
            database: parsed.database, tls: .disable)
        let logger = self.logger
        connection = try Self.attempt(parsed.location) {
            try PostgresConnection.connect(
                on: MultiThreadedEventLoopGroup.singleton.next(), configuration: configuration, id: 1, logger: logger
            ).wait()
        }
        do {
            _ = try run("SET lock_timeout = '\(unescaped: "\(Int(lockTimeout * 1000))ms")'")
            if let schema = parsed.schema {
                _ = try run("CREATE SCHEMA IF NOT EXISTS \(unescaped: Self.quoted(schema))")
                _ = try run("SET search_path TO \(unescaped: Self.quoted(schema))")
            }
            try migrate()
            try recoverInterrupted()
        } catch {
            try? connection.close().wait()
            throw error
        }
    }

    deinit { try? connection.close().wait() }

    package func add(_ run: NewRun) throws(StoreError) -> RunRecord {
        var row = RunRow(run, owner: .current, now: Date())
        let rows = try locked { () throws(StoreError) in
            try self.run(
                """
                INSERT INTO run (kind, status, scenario_names, scenarios, configuration_hashes, model_commit,
                    model_version, data_parameter_hash, posterior_fingerprint, seed, options, content_hash, output_files,
                    created_at, started_at, finished_at, wall_seconds, error_message, owner_host, owner_pid,
                    owner_start_ticks)
                VALUES (\(row.kind), \(row.status), \(row.scenarioNames), \(row.scenarios), \(row.configurationHashes),
                    \(row.modelCommit), \(row.modelVersion), \(row.dataParameterHash), \(row.posteriorFingerprint),
                    \(row.seed), \(row.options), \(row.contentHash), \(row.outputFiles), \(row.createdAt),
                    \(row.startedAt), \(row.finishedAt), \(row.wallSeconds), \(row.errorMessage), \(row.ownerHost),
                    \(row.ownerPid), \(row.ownerStartTicks))
                RETURNING id
                """)
        }
        row.id = try decode(rows.first, column: "id", as: Int64.self)
        return try row.record(location: location)
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
        } alsoRun: {
            """
            INSERT INTO run_summary (run_id, json) VALUES (\(id.value), \(outputs.summaryJSON))
            ON CONFLICT (run_id) DO UPDATE SET json = EXCLUDED.json
            """
        }
    }

    package func fail(_ id: RunID, message: String) throws(StoreError) {
        try move(id, to: .failed) { $0.end(.failed, at: Date(), message: message) }
    }

    package func cancel(_ id: RunID) throws(StoreError) {
        try move(id, to: .cancelled) { $0.end(.cancelled, at: Date(), message: "cancelled") }
    }

    package func run(_ id: RunID) throws(StoreError) -> RunRecord? {
        let rows = try locked { () throws(StoreError) in try self.run("SELECT * FROM run WHERE id = \(id.value)") }
        return try rows.first.map { row throws(StoreError) in try self.runRow(row).record(location: location) }
    }

    package func summary(of id: RunID) throws(StoreError) -> String? {
        let rows = try locked { () throws(StoreError) in
            try self.run("SELECT json FROM run_summary WHERE run_id = \(id.value)")
        }
        guard let row = rows.first else { return nil }
        return try decode(row, column: "json", as: String.self)
    }

    package func runs(limit: Int?) throws(StoreError) -> [RunListing] {
        let rows = try locked { () throws(StoreError) in
            try self.run(
                """
                SELECT id, kind, status, scenario_names, seed, options, model_version, model_commit, content_hash,
                    created_at, started_at, finished_at, wall_seconds, error_message
                FROM run ORDER BY id DESC LIMIT \(Int64(limit ?? Int(Int64.max)))
                """)
        }
        var listings: [RunListing] = []
        for row in rows { listings.append(try listingRow(row).listing(location: location)) }
        return listings
    }

    package func finishedRun(withKey key: RunKey) throws(StoreError) -> RunRecord? {
        let rows = try locked { () throws(StoreError) in
            try self.run(
                """
                SELECT * FROM run WHERE content_hash = \(key.hex) AND status = \(RunStatus.finished.rawValue)
                ORDER BY id DESC LIMIT 1
                """)
        }
        return try rows.first.map { row throws(StoreError) in try self.runRow(row).record(location: location) }
    }

    package func delete(_ id: RunID) throws(StoreError) -> Bool {
        let rows = try locked { () throws(StoreError) in
            try self.run("DELETE FROM run WHERE id = \(id.value) RETURNING id")
        }
        return !rows.isEmpty
    }

    /// Runs one SQL statement as given (tests only: to age a run's owner, or fake a newer schema).
    func executeForTesting(_ sql: String) throws(StoreError) {
        _ = try locked { () throws(StoreError) in try self.run(PostgresQuery(unsafeSQL: sql)) }
    }

    // MARK: - Opening

    private struct Target {
        var host: String
        var port: Int
        var user: String
        var password: String?
        var database: String?
        var schema: String?
        var location: String
    }

    private static func parse(_ url: String) throws(StoreError) -> Target {
        let safe = url.replacingOccurrences(of: #":[^:@/]*@"#, with: "@", options: .regularExpression)
        guard let components = URLComponents(string: url), let scheme = components.scheme,
            ["postgres", "postgresql"].contains(scheme), let host = components.host, !host.isEmpty,
            let user = components.user, !user.isEmpty
        else {
            throw .cannotOpen(
                location: safe, reason: "not a PostgreSQL URL of the form postgres://USER:PASSWORD@HOST:PORT/DATABASE")
        }
        let database = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        let schema = components.queryItems?.first { $0.name == "schema" }?.value
        if let schema, schema.isEmpty || !schema.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") })
        {
            throw .cannotOpen(location: safe, reason: "schema '\(schema)' must be letters, digits and underscores")
        }
        return Target(
            host: host, port: components.port ?? 5432, user: user, password: components.password,
            database: database.isEmpty ? nil : database, schema: schema, location: safe)
    }

    private static func quoted(_ identifier: String) -> String { "\"" + identifier + "\"" }

    /// Refuses a database with migrations this build does not know; applies the missing ones in one transaction,
    /// under an advisory lock so that two processes opening a new store do not both create it.
    private func migrate() throws(StoreError) {
        let table = PostgresSchema.migrationsTable
        _ = try run("CREATE TABLE IF NOT EXISTS \(unescaped: table) (identifier TEXT PRIMARY KEY)")
        let known = PostgresSchema.migrations.map(\.identifier)
        let appliedRows = try run("SELECT identifier FROM \(unescaped: table)")
        var applied: [String] = []
        for row in appliedRows { applied.append(try decode(row, column: "identifier", as: String.self)) }
        let unknown = applied.filter { !known.contains($0) }
        guard unknown.isEmpty else { throw .newerSchema(location: location, unknownMigrations: unknown) }
        guard Set(applied) != Set(known) else { return }
        try transaction { () throws(StoreError) in
            _ = try self.run("SELECT pg_advisory_xact_lock(7411)")
            let now = try self.run("SELECT identifier FROM \(unescaped: table)")
            var done: Set<String> = []
            for row in now { done.insert(try self.decode(row, column: "identifier", as: String.self)) }
            for migration in PostgresSchema.migrations where !done.contains(migration.identifier) {
                for statement in migration.statements { _ = try self.run(PostgresQuery(unsafeSQL: statement)) }
                _ = try self.run("INSERT INTO \(unescaped: table) (identifier) VALUES (\(migration.identifier))")
            }
        }
    }

    private func recoverInterrupted() throws(StoreError) {
        let live = "status IN ('\(RunStatus.queued.rawValue)', '\(RunStatus.running.rawValue)')"
        let rows = try run("SELECT * FROM run WHERE \(unescaped: live)")
        var orphaned: [RunRow] = []
        for row in rows {
            let parsed = try runRow(row)
            if parsed.owner?.isCertainlyGone ?? true { orphaned.append(parsed) }
        }
        for var row in orphaned {
            let who = row.owner.map { "process \($0.pid) on \($0.host)" } ?? "its process"
            row.end(.failed, at: Date(), message: "interrupted: \(who) ended before the run finished")
            // Only if still live: another process may have recovered it meanwhile.
            _ = try run(
                """
                UPDATE run SET status = \(row.status), finished_at = \(row.finishedAt), wall_seconds = \(row.wallSeconds),
                    error_message = \(row.errorMessage)
                WHERE id = \(row.id ?? 0) AND \(unescaped: live)
                """)
        }
    }

    // MARK: - Helpers

    private func move(
        _ id: RunID, to next: RunStatus, change: (inout RunRow) -> Void, alsoRun: (() -> PostgresQuery)? = nil
    ) throws(StoreError) {
        try locked { () throws(StoreError) in
            try transaction { () throws(StoreError) in
                let rows = try self.run("SELECT * FROM run WHERE id = \(id.value) FOR UPDATE")
                guard let first = rows.first else { throw StoreError.unknownRun(location: self.location, id: id) }
                var row = try self.runRow(first)
                let current = RunStatus(rawValue: row.status)
                guard let current, current.canMove(to: next) else {
                    throw StoreError.invalidTransition(id: id, from: current ?? .failed, to: next)
                }
                row.status = next.rawValue
                change(&row)
                _ = try self.run(
                    """
                    UPDATE run SET status = \(row.status), started_at = \(row.startedAt),
                        finished_at = \(row.finishedAt), wall_seconds = \(row.wallSeconds),
                        error_message = \(row.errorMessage), output_files = \(row.outputFiles),
                        owner_host = \(row.ownerHost), owner_pid = \(row.ownerPid),
                        owner_start_ticks = \(row.ownerStartTicks)
                    WHERE id = \(id.value)
                    """)
                if let alsoRun { _ = try self.run(alsoRun()) }
            }
        }
    }

    /// `body` between BEGIN and COMMIT; rolled back if it throws.
    private func transaction(_ body: () throws(StoreError) -> Void) throws(StoreError) {
        _ = try run("BEGIN")
        do {
            try body()
            _ = try run("COMMIT")
        } catch {
            _ = try? run("ROLLBACK")
            throw error
        }
    }

    private func locked<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    private func run(_ query: PostgresQuery) throws(StoreError) -> [PostgresRow] {
        let connection = self.connection, logger = self.logger
        return try Self.attempt(location) { try connection.query(query, logger: logger).wait().rows }
    }

    private func decode<T: PostgresDecodable>(_ row: PostgresRow?, column: String, as type: T.Type)
        throws(StoreError) -> T
    {
        guard let row else { throw .database(location: location, message: "no row returned for \(column)") }
        do {
            return try row.makeRandomAccess()[column].decode(T.self)
        } catch {
            throw .database(location: location, message: "unreadable \(column): \(error)")
        }
    }

    private func runRow(_ row: PostgresRow) throws(StoreError) -> RunRow {
        let cells = row.makeRandomAccess()
        do {
            return RunRow(
                id: try cells["id"].decode(Int64.self), kind: try cells["kind"].decode(String.self),
                status: try cells["status"].decode(String.self),
                scenarioNames: try cells["scenario_names"].decode(String.self),
                scenarios: try cells["scenarios"].decode(String.self),
                configurationHashes: try cells["configuration_hashes"].decode(String.self),
                modelCommit: try cells["model_commit"].decode(String.self),
                modelVersion: try cells["model_version"].decode(String.self),
                dataParameterHash: try cells["data_parameter_hash"].decode(String.self),
                posteriorFingerprint: try cells["posterior_fingerprint"].decode(String.self),
                seed: try cells["seed"].decode(Int64.self), options: try cells["options"].decode(String.self),
                contentHash: try cells["content_hash"].decode(String.self),
                outputFiles: try cells["output_files"].decode(String?.self),
                createdAt: try cells["created_at"].decode(Double.self),
                startedAt: try cells["started_at"].decode(Double?.self),
                finishedAt: try cells["finished_at"].decode(Double?.self),
                wallSeconds: try cells["wall_seconds"].decode(Double?.self),
                errorMessage: try cells["error_message"].decode(String?.self),
                ownerHost: try cells["owner_host"].decode(String?.self),
                ownerPid: try cells["owner_pid"].decode(Int64?.self),
                ownerStartTicks: try cells["owner_start_ticks"].decode(Int64?.self))
        } catch {
            throw .database(location: location, message: "unreadable run row: \(error)")
        }
    }

    private func listingRow(_ row: PostgresRow) throws(StoreError) -> ListingRow {
        let cells = row.makeRandomAccess()
        do {
            return ListingRow(
                id: try cells["id"].decode(Int64.self), kind: try cells["kind"].decode(String.self),
                status: try cells["status"].decode(String.self),
                scenarioNames: try cells["scenario_names"].decode(String.self),
                seed: try cells["seed"].decode(Int64.self), options: try cells["options"].decode(String.self),
                modelVersion: try cells["model_version"].decode(String.self),
                modelCommit: try cells["model_commit"].decode(String.self),
                contentHash: try cells["content_hash"].decode(String.self),
                createdAt: try cells["created_at"].decode(Double.self),
                startedAt: try cells["started_at"].decode(Double?.self),
                finishedAt: try cells["finished_at"].decode(Double?.self),
                wallSeconds: try cells["wall_seconds"].decode(Double?.self),
                errorMessage: try cells["error_message"].decode(String?.self))
        } catch {
            throw .database(location: location, message: "unreadable run row: \(error)")
        }
    }

    /// Runs `body`, turning every error into a `StoreError` that names the store.
    private static func attempt<T>(_ location: String, _ body: () throws -> T) throws(StoreError) -> T {
        do {
            return try body()
        } catch let error as StoreError {
            throw error
        } catch let error as PSQLError {
            let message = error.serverInfo?[.message] ?? "\(error.code)"
            switch error.serverInfo?[.sqlState] {
            case "55P03", "40P01": throw .locked(location: location)
            case "28P01", "28000", "3D000", "42501":
                throw .cannotOpen(location: location, reason: message)
            case nil:
                let cause = error.underlying.map { "\($0)" } ?? "\(error.code)"
                throw .cannotOpen(location: location, reason: "cannot reach the server (\(cause))")
            default:
                throw .database(location: location, message: message)
            }
        } catch {
            throw .cannotOpen(location: location, reason: "cannot reach the server (\(error))")
        }
    }
}
