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

    @Test func everyFieldSurvivesARoundTrip() throws {
        let path = StoreFixture.path()
        let store = try SQLiteRunStore(path: path)
        let inputs = StoreFixture.inputs(seed: UInt64.max - 3)
        let added = try store.add(NewRun(inputs: inputs, modelVersion: "9.8.7"))
        let outputs = RunOutputs(
            summaryJSON: "{\"members\": 24, \"text\": \"ünïcode ✓\"}", files: ["/tmp/a b/x.csv", "/tmp/a b/x.json"])
        try store.finish(added.id, outputs: outputs)
        let read = try #require(try SQLiteRunStore(path: path).run(added.id))
        #expect(read.inputs == inputs)
        #expect(read.seed == UInt64.max - 3)
        #expect(read.key == RunKey(inputs))
        #expect(read.modelVersion == "9.8.7")
        #expect(read.files == outputs.files)
        #expect(try SQLiteRunStore(path: path).summary(of: added.id) == outputs.summaryJSON)
        #expect(read.status == .finished)
        #expect(read.errorMessage == nil)
        let started = try #require(read.startedAt), finished = try #require(read.finishedAt)
        #expect(abs(read.createdAt.timeIntervalSince(added.createdAt)) < 1e-3)
        #expect(started <= finished)
        let wall = try #require(read.wallSeconds)
        #expect(abs(wall - finished.timeIntervalSince(started)) < 1e-3)
        #expect(read.scenarioLabel == "history, plan-peru")
        // The listing carries the same fields, without the scenario texts.
        let listing = try #require(try SQLiteRunStore(path: path).runs(limit: nil).first)
        #expect(listing == RunListing(read))
        #expect(listing.scenarios == ["history", "plan-peru"])
    }

    @Test func statusesMoveOnlyForward() throws {
        let store = try SQLiteRunStore(path: StoreFixture.path())
        let queued = try store.add(NewRun(inputs: StoreFixture.inputs(), modelVersion: "1", status: .queued))
        #expect(queued.status == .queued && queued.startedAt == nil)
        try store.start(queued.id)
        #expect(try store.run(queued.id)?.status == .running)
        #expect(try store.run(queued.id)?.startedAt != nil)
        try store.fail(queued.id, message: "out of memory")
        let failed = try #require(try store.run(queued.id))
        #expect(failed.status == .failed && failed.errorMessage == "out of memory" && failed.wallSeconds != nil)
        #expect(throws: StoreError.invalidTransition(id: queued.id, from: .failed, to: .finished)) {
            try store.finish(queued.id, outputs: RunOutputs(summaryJSON: "{}", files: []))
        }
        let cancelled = try store.add(NewRun(inputs: StoreFixture.inputs(), modelVersion: "1"))
        try store.cancel(cancelled.id)
        #expect(try store.run(cancelled.id)?.status == .cancelled)
        #expect(throws: StoreError.invalidTransition(id: cancelled.id, from: .cancelled, to: .running)) {
            try store.start(cancelled.id)
        }
        #expect(throws: StoreError.unknownRun(location: store.path, id: RunID(999))) {
            try store.fail(RunID(999), message: "x")
        }
    }

    @Test func finishedRunsAreFoundByTheirKeyOnly() throws {
        let store = try SQLiteRunStore(path: StoreFixture.path())
        let inputs = StoreFixture.inputs()
        let running = try store.add(NewRun(inputs: inputs, modelVersion: "1"))
        #expect(try store.finishedRun(withKey: RunKey(inputs)) == nil, "a running run is not a result")
        try store.finish(running.id, outputs: RunOutputs(summaryJSON: "{}", files: []))
        #expect(try store.finishedRun(withKey: RunKey(inputs))?.id == running.id)
        var other = inputs
        other.seed += 1
        #expect(try store.finishedRun(withKey: RunKey(other)) == nil)
    }

    @Test func listingIsNewestFirstAndDeletionRemovesOneRun() throws {
        let store = try SQLiteRunStore(path: StoreFixture.path())
        let ids = try (0..<5).map { try store.add(NewRun(inputs: StoreFixture.inputs(seed: $0), modelVersion: "1")).id }
        #expect(try store.runs(limit: nil).map(\.id) == ids.reversed())
        #expect(try store.runs(limit: 2).map(\.id) == [ids[4], ids[3]])
        try store.finish(ids[2], outputs: RunOutputs(summaryJSON: "{}", files: []))
        #expect(try store.delete(ids[2]))
        #expect(try store.summary(of: ids[2]) == nil, "the summary goes with its run")
        #expect(try !store.delete(ids[2]))
        #expect(try store.run(ids[2]) == nil)
        #expect(try store.runs(limit: nil).count == 4)
    }

    @Test func reopeningMarksRunsOfDeadProcessesFailedAndLeavesLiveOnesAlone() throws {
        let path = StoreFixture.path()
        let store = try SQLiteRunStore(path: path)
        let done = try store.add(NewRun(inputs: StoreFixture.inputs(seed: 1), modelVersion: "1"))
        try store.finish(done.id, outputs: RunOutputs(summaryJSON: "{\"a\":1}", files: ["/x"]))
        let orphan = try store.add(NewRun(inputs: StoreFixture.inputs(seed: 2), modelVersion: "1"))
        let live = try store.add(NewRun(inputs: StoreFixture.inputs(seed: 3), modelVersion: "1"))
        let dead = try StoreFixture.deadProcessID()
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "UPDATE run SET owner_pid = ? WHERE id = ?", arguments: [dead, orphan.id.value])
        }
        let reopened = try SQLiteRunStore(path: path)
        let recovered = try #require(try reopened.run(orphan.id))
        #expect(recovered.status == .failed)
        #expect(recovered.errorMessage?.hasPrefix("interrupted") == true)
        #expect(recovered.finishedAt != nil)
        #expect(try reopened.run(live.id)?.status == .running, "this process is alive: its run is not interrupted")
        let intact = try #require(try reopened.run(done.id))
        #expect(intact.status == .finished && intact.files == ["/x"])
        #expect(try reopened.summary(of: done.id) == "{\"a\":1}")
    }

    @Test func aReusedProcessIDDoesNotKeepAnInterruptedRunAlive() throws {
        let path = StoreFixture.path()
        let store = try SQLiteRunStore(path: path)
        let run = try store.add(NewRun(inputs: StoreFixture.inputs(), modelVersion: "1"))
        // Same pid as this (live) process, but another start time: the pid was reused.
        try DatabaseQueue(path: path).write { db in
            try db.execute(
                sql: "UPDATE run SET owner_start_ticks = owner_start_ticks + 1 WHERE id = ?", arguments: [run.id.value])
        }
        #expect(try SQLiteRunStore(path: path).run(run.id)?.status == .failed)
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

    @Test func aStoreFromANewerBalloonIsRefusedUntouched() throws {
        let path = StoreFixture.path()
        _ = try SQLiteRunStore(path: path)
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v2-from-the-future')")
        }
        #expect(throws: StoreError.newerSchema(location: path, unknownMigrations: ["v2-from-the-future"])) {
            _ = try SQLiteRunStore(path: path)
        }
    }
}

/// Results gathered from several threads.
private final class ReadCounts: @unchecked Sendable {
    private var values: [Int] = []
    private let lock = NSLock()
    func add(_ value: Int) { lock.withLock { values.append(value) } }
    var all: [Int] { lock.withLock { values } }
}
