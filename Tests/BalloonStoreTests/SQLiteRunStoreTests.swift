import BalloonStore
import Dispatch
import Foundation
import GRDB
import Testing

/// The SQLite store: schema, round trips, status moves and recovery after a crash.
struct SQLiteRunStoreTests {
    @Test func aNewStoreStartsEmptyWithItsSchemaInWALMode() throws {
        let path = StoreFixture.path()
        let store = try SQLiteRunStore(path: path)
        #expect(try store.runs(limit: nil).isEmpty)
        let queue = try DatabaseQueue(path: path)
        let (mode, migrations, columns) = try queue.read { db in
            (
                try String.fetchOne(db, sql: "PRAGMA journal_mode"),
                try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"),
                try db.columns(in: "run").map(\.name)
            )
        }
        #expect(mode == "wal")
        #expect(migrations == ["v1-runs"])
        #expect(try queue.read { try $0.tableExists("run_summary") })
        for column in ["content_hash", "scenarios", "output_files", "wall_seconds", "error_message"] {
            #expect(columns.contains(column), "missing column \(column)")
        }
        // Reopening an up-to-date store migrates nothing and keeps it usable.
        _ = try SQLiteRunStore(path: path).add(NewRun(inputs: StoreFixture.inputs(), modelVersion: "0.1.0"))
        #expect(try SQLiteRunStore(path: path).runs(limit: nil).count == 1)
    }

    @Test func readersAreNotBlockedByAWriterAndSeeCommittedRuns() throws {
        let path = StoreFixture.path()
        let store = try SQLiteRunStore(path: path)
        for seed in UInt64(0)..<20 {
            _ = try store.add(NewRun(inputs: StoreFixture.inputs(seed: seed), modelVersion: "1"))
        }
        // Another connection holds the write lock with uncommitted changes for the whole read phase.
        let writer = try DatabaseQueue(path: path)
        let counts = ReadCounts()
        try writer.inTransaction(.immediate) { db in
            try db.execute(sql: "DELETE FROM run")
            DispatchQueue.concurrentPerform(iterations: 8) { _ in
                let reader = try? SQLiteRunStore(path: path, busyTimeout: 0.2)
                counts.add((try? reader?.runs(limit: nil).count) ?? -1)
            }
            return .rollback
        }
        #expect(counts.all == Array(repeating: 20, count: 8), "readers blocked or saw uncommitted rows")
    }

    @Test func aLockedStoreIsReportedAsLockedNotAsACrash() throws {
        let path = StoreFixture.path()
        let store = try SQLiteRunStore(path: path, busyTimeout: 0.2)
        let writer = try DatabaseQueue(path: path)
        try writer.inTransaction(.immediate) { _ in
            #expect(throws: StoreError.locked(location: path)) {
                _ = try store.add(NewRun(inputs: StoreFixture.inputs(), modelVersion: "1"))
            }
            return .rollback
        }
    }

    @Test func badPlacesAndFilesAreRefusedWithTheirPath() throws {
        let folder = NSTemporaryDirectory() + "balloon-store-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        #expect(throws: StoreError.cannotOpen(location: folder, reason: "it is a folder, not a database file")) {
            _ = try SQLiteRunStore(path: folder)
        }
        let text = folder + "/notes.sqlite"
        try String(repeating: "not a database\n", count: 100).write(toFile: text, atomically: true, encoding: .utf8)
        #expect(throws: StoreError.notADatabase(location: text)) { _ = try SQLiteRunStore(path: text) }
        let blocked = folder + "/file/runs.sqlite"
        try Data().write(to: URL(fileURLWithPath: folder + "/file"))
        #expect(throws: StoreError.self) { _ = try SQLiteRunStore(path: blocked) }
        let foreign = folder + "/other.sqlite"
        try DatabaseQueue(path: foreign).write { db in try db.execute(sql: "CREATE TABLE invoices (id INTEGER)") }
        #expect(throws: StoreError.self) { _ = try SQLiteRunStore(path: foreign) }
        #expect(try DatabaseQueue(path: foreign).read { try $0.tableExists("run") } == false, "another's db changed")
    }
}

/// Results gathered from several threads.
private final class ReadCounts: @unchecked Sendable {
    private var values: [Int] = []
    private let lock = NSLock()
    func add(_ value: Int) { lock.withLock { values.append(value) } }
    var all: [Int] { lock.withLock { values } }
}
