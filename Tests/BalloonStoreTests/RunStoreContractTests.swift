import BalloonStore
import Foundation
import Testing

/// What every engine must do alike: round trips, status moves, keys, listing and recovery after a crash.
/// They run on SQLite and, where a server is given, on PostgreSQL (`StoreEngine`).
struct RunStoreContractTests {
    @Test(arguments: StoreEngine.available) func everyFieldSurvivesARoundTrip(engine: StoreEngine) throws {
        let handle = try engine.fresh()
        let store = try handle.open()
        let inputs = StoreFixture.inputs(seed: UInt64.max - 3)
        let added = try store.add(NewRun(inputs: inputs, modelVersion: "9.8.7"))
        let outputs = RunOutputs(
            summaryJSON: "{\"members\": 24, \"text\": \"ünïcode ✓\"}", files: ["/tmp/a b/x.csv", "/tmp/a b/x.json"])
        try store.finish(added.id, outputs: outputs)
        let read = try #require(try handle.open().run(added.id))
        #expect(read.inputs == inputs)
        #expect(read.seed == UInt64.max - 3)
        #expect(read.key == RunKey(inputs))
        #expect(read.modelVersion == "9.8.7")
        #expect(read.files == outputs.files)
        #expect(try handle.open().summary(of: added.id) == outputs.summaryJSON)
        #expect(read.status == .finished)
        #expect(read.errorMessage == nil)
        let started = try #require(read.startedAt), finished = try #require(read.finishedAt)
        #expect(abs(read.createdAt.timeIntervalSince(added.createdAt)) < 1e-3)
        #expect(started <= finished)
        let wall = try #require(read.wallSeconds)
        #expect(abs(wall - finished.timeIntervalSince(started)) < 1e-3)
        #expect(read.scenarioLabel == "history, plan-peru")
        // The listing carries the same fields, without the scenario texts.
        let listing = try #require(try handle.open().runs(limit: nil).first)
        #expect(listing == RunListing(read))
        #expect(listing.scenarios == ["history", "plan-peru"])
    }

    @Test(arguments: StoreEngine.available) func statusesMoveOnlyForward(engine: StoreEngine) throws {
        let store = try engine.fresh().open()
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
        #expect(throws: StoreError.unknownRun(location: store.location, id: RunID(999))) {
            try store.fail(RunID(999), message: "x")
        }
    }

    @Test(arguments: StoreEngine.available) func finishedRunsAreFoundByTheirKeyOnly(engine: StoreEngine) throws {
        let store = try engine.fresh().open()
        let inputs = StoreFixture.inputs()
        let running = try store.add(NewRun(inputs: inputs, modelVersion: "1"))
        #expect(try store.finishedRun(withKey: RunKey(inputs)) == nil, "a running run is not a result")
        try store.finish(running.id, outputs: RunOutputs(summaryJSON: "{}", files: []))
        #expect(try store.finishedRun(withKey: RunKey(inputs))?.id == running.id)
        var other = inputs
        other.seed += 1
        #expect(try store.finishedRun(withKey: RunKey(other)) == nil)
    }

    @Test(arguments: StoreEngine.available) func listingIsNewestFirstAndDeletionRemovesOneRun(engine: StoreEngine)
        throws
    {
        let store = try engine.fresh().open()
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

    @Test(arguments: StoreEngine.available) func reopeningMarksRunsOfDeadProcessesFailedAndLeavesLiveOnesAlone(
        engine: StoreEngine
    ) throws {
        let handle = try engine.fresh()
        let store = try handle.open()
        let done = try store.add(NewRun(inputs: StoreFixture.inputs(seed: 1), modelVersion: "1"))
        try store.finish(done.id, outputs: RunOutputs(summaryJSON: "{\"a\":1}", files: ["/x"]))
        let orphan = try store.add(NewRun(inputs: StoreFixture.inputs(seed: 2), modelVersion: "1"))
        let live = try store.add(NewRun(inputs: StoreFixture.inputs(seed: 3), modelVersion: "1"))
        let dead = try StoreFixture.deadProcessID()
        try handle.execute("UPDATE run SET owner_pid = \(dead) WHERE id = \(orphan.id.value)")
        let reopened = try handle.open()
        let recovered = try #require(try reopened.run(orphan.id))
        #expect(recovered.status == .failed)
        #expect(recovered.errorMessage?.hasPrefix("interrupted") == true)
        #expect(recovered.finishedAt != nil)
        #expect(try reopened.run(live.id)?.status == .running, "this process is alive: its run is not interrupted")
        let intact = try #require(try reopened.run(done.id))
        #expect(intact.status == .finished && intact.files == ["/x"])
        #expect(try reopened.summary(of: done.id) == "{\"a\":1}")
    }

    @Test(arguments: StoreEngine.available) func aReusedProcessIDDoesNotKeepAnInterruptedRunAlive(engine: StoreEngine)
        throws
    {
        let handle = try engine.fresh()
        let store = try handle.open()
        let run = try store.add(NewRun(inputs: StoreFixture.inputs(), modelVersion: "1"))
        // Same pid as this (live) process, but another start time: the pid was reused.
        try handle.execute("UPDATE run SET owner_start_ticks = owner_start_ticks + 1 WHERE id = \(run.id.value)")
        #expect(try handle.open().run(run.id)?.status == .failed)
    }

    @Test(arguments: StoreEngine.available) func aStoreFromANewerBalloonIsRefusedUntouched(engine: StoreEngine) throws {
        let handle = try engine.fresh()
        let location = try handle.open().location
        try handle.execute("INSERT INTO \(handle.migrationsTable) (identifier) VALUES ('v2-from-the-future')")
        #expect(throws: StoreError.newerSchema(location: location, unknownMigrations: ["v2-from-the-future"])) {
            _ = try handle.open()
        }
    }

    @Test(
        .disabled(
            if: StoreEngine.postgresURL == nil && !StoreEngine.postgresRequired,
            "no PostgreSQL server: set BALLOON_TEST_POSTGRES=postgres://USER:PASSWORD@HOST:PORT/DATABASE to run these tests on it too"
        ))
    func postgreSQLIsNotTestedHere() {}

    @Test func aPostgreSQLStoreThatCannotBeReachedIsNamedWithoutItsPassword() {
        let url = "postgres://someone:secret@127.0.0.1:1/nowhere"
        do {
            _ = try PostgresRunStore(url: url)
            Issue.record("connected to port 1")
        } catch {
            guard case .cannotOpen(let location, _) = error else {
                Issue.record("expected cannotOpen, got \(error)")
                return
            }
            #expect(location == "postgres://someone@127.0.0.1:1/nowhere")
        }
        #expect(throws: StoreError.self) { _ = try PostgresRunStore(url: "postgres://nohost") }
    }
}
