import Foundation
import GRDB
import Testing

@testable import BalloonStore

/// The engines the store tests run on: SQLite always, PostgreSQL when `BALLOON_TEST_POSTGRES` names a server
/// (`postgres://USER:PASSWORD@HOST:PORT/DATABASE`). `.ci/run` starts one and sets `BALLOON_REQUIRE_POSTGRES=1`, so
/// there a missing server fails the tests instead of skipping them.
enum StoreEngine: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite
    case postgres

    var testDescription: String { rawValue }

    static var postgresURL: String? {
        ProcessInfo.processInfo.environment["BALLOON_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }
    }

    static var postgresRequired: Bool { ProcessInfo.processInfo.environment["BALLOON_REQUIRE_POSTGRES"] == "1" }

    /// The engines to test here.
    static var available: [StoreEngine] { postgresURL != nil || postgresRequired ? allCases : [.sqlite] }

    /// A new, empty store on this engine.
    func fresh() throws -> StoreHandle {
        switch self {
        case .sqlite:
            let path = StoreFixture.path()
            return StoreHandle(
                open: { try SQLiteRunStore(path: path) },
                execute: { sql in try DatabaseQueue(path: path).write { try $0.execute(sql: sql) } },
                migrationsTable: "grdb_migrations")
        case .postgres:
            let base = try #require(
                Self.postgresURL, "BALLOON_REQUIRE_POSTGRES=1 but BALLOON_TEST_POSTGRES names no PostgreSQL server")
            // A schema of its own per test: tests run in parallel on one database.
            let schema = "balloon_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
            let url = base + (base.contains("?") ? "&" : "?") + "schema=" + schema
            return StoreHandle(
                open: { try PostgresRunStore(url: url) },
                execute: { sql in
                    let store = try PostgresRunStore(url: url)
                    try store.executeForTesting(sql)
                },
                migrationsTable: PostgresSchema.migrationsTable)
        }
    }
}

/// One store under test: opened as often as a test needs (each opening is what a new process does), and raw SQL
/// for what the store's own API will not do (age a run's owner, fake a newer schema).
struct StoreHandle {
    let open: () throws -> any RunStore
    let execute: (String) throws -> Void
    let migrationsTable: String
}
