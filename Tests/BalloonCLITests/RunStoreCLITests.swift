import ArgumentParser
import BalloonStore
import Foundation
import Testing

@testable import balloon

/// The run store from the command line: what `run` and `compare` record, and `balloon runs`.
struct RunStoreCLITests {
    /// A fresh store path and output folder.
    static func fresh() -> (store: String, out: String) {
        let folder = CLITests.temporaryDirectory()
        return (folder + "/store/runs.sqlite", folder + "/out")
    }

    @Test func runEnsembleAndCompareRecordEachRunAsFinishedWithItsFiles() throws {
        let (store, out) = Self.fresh()
        try RunCommand.parse(["history", "--to", "2003", "--out", out, "--store", store]).run()
        try RunCommand.parse(["history", "--to", "2003", "--ensemble", "3", "--out", out, "--store", store]).run()
        try CompareCommand.parse([
            "history", "plan-peru", "--ensemble", "2", "--to", "2003", "--out", out, "--store", store,
        ]).run()
        let database = try SQLiteRunStore(path: store)
        let runs = try database.runs(limit: nil).map { try #require(try database.run($0.id)) }
        #expect(runs.map(\.kind) == [.comparison, .ensemble, .run])
        for run in runs {
            #expect(run.status == .finished, "\(run.kind) is \(run.status)")
            #expect(run.startedAt != nil && run.finishedAt != nil && run.wallSeconds != nil)
            #expect(!run.files.isEmpty && run.files.allSatisfy { FileManager.default.fileExists(atPath: $0) })
            #expect(run.files.last?.hasSuffix(".manifest.json") == true)
            let summary = try #require(try database.summary(of: run.id))
            #expect((try? JSONSerialization.jsonObject(with: Data(summary.utf8))) != nil, "summary is not JSON")
            #expect(run.inputs.scenarios[0].text.contains("name = \"history\""))
            #expect(run.inputs.options.endYear == 2003)
        }
        #expect(runs[0].inputs.scenarios.map(\.name) == ["history", "plan-peru"])
        #expect(runs[0].inputs.options.ensembleSize == 2 && runs[1].inputs.options.ensembleSize == 3)
        #expect(runs[2].inputs.options.ensembleSize == nil)
        #expect(Set(runs.map(\.key)).count == 3)
    }

    @Test func theSameRunTwiceHasOneKeyAndStillWritesItsFiles() throws {
        let (store, out) = Self.fresh()
        let second = out + "-again"
        try RunCommand.parse(["history", "--to", "2002", "--out", out, "--store", store]).run()
        try RunCommand.parse(["history", "--to", "2002", "--out", second, "--store", store]).run()
        let runs = try SQLiteRunStore(path: store).runs(limit: nil)
        #expect(runs.count == 2 && runs[0].contentHash == runs[1].contentHash)
        #expect(OutputSet.isComplete("history", in: second))
        // Another seed is another run.
        try RunCommand.parse(["history", "--to", "2002", "--seed", "9", "--out", out, "--store", store]).run()
        #expect(try SQLiteRunStore(path: store).runs(limit: 1)[0].contentHash != runs[0].contentHash)
    }

    @Test func aStoredResultStandsForARunOnlyUnderACleanCommit() throws {
        let store = try SQLiteRunStore(path: Self.fresh().store)
        let prepared = try ScenarioRunner().prepare("history", seed: nil, from: nil, to: 2002)
        var inputs = try RunInputs.single(reference: "history", prepared)
        inputs.modelCommit = String(repeating: "ab", count: 20)
        let stored = try store.add(NewRun(inputs: inputs, modelVersion: "test"))
        #expect(try RunRecorder.earlier(in: store, inputs: inputs) == nil, "a running run is no result")
        try store.finish(stored.id, outputs: RunOutputs(summaryJSON: "{}", files: []))
        #expect(try RunRecorder.earlier(in: store, inputs: inputs)?.id == stored.id)
        var modified = inputs
        modified.modelCommit += "-modified"
        let dirty = try store.add(NewRun(inputs: modified, modelVersion: "test"))
        try store.finish(dirty.id, outputs: RunOutputs(summaryJSON: "{}", files: []))
        #expect(try RunRecorder.earlier(in: store, inputs: modified) == nil)
    }

    @Test func aRunThatThrowsIsRecordedAsFailedWithItsError() throws {
        let store = try SQLiteRunStore(path: Self.fresh().store)
        let prepared = try ScenarioRunner().prepare("history", seed: nil, from: nil, to: 2002)
        let recorder = try RunRecorder.begin(store, inputs: try RunInputs.single(reference: "history", prepared))
        let id = try #require(recorder?.record.id)
        #expect(try store.run(id)?.status == .running)
        let failure = UserError(code: "diskFull", message: "no space left", location: "--out x", fix: "free space")
        #expect(throws: failure) { try RunRecorder.track(recorder) { throw failure } }
        let failed = try #require(try store.run(id))
        #expect(failed.status == .failed)
        #expect(failed.errorMessage?.contains("error[diskFull]: no space left") == true)
    }

    @Test func noStoreRecordsNothing() throws {
        let (store, out) = Self.fresh()
        try RunCommand.parse(["history", "--to", "2002", "--out", out, "--store", store, "--no-store"]).run()
        #expect(!FileManager.default.fileExists(atPath: store))
        #expect(OutputSet.isComplete("history", in: out))
    }

    @Test func listShowExportAndDeleteWorkOnTheStoredRuns() throws {
        let (store, out) = Self.fresh()
        try RunCommand.parse(["history", "--to", "2002", "--out", out, "--store", store]).run()
        let (listStatus, table, _) = try CLITests.runBinary(["runs", "list", "--store", store])
        #expect(listStatus == 0)
        #expect(table.contains("finished") && table.contains("history") && table.contains("2000–2002"))
        let (jsonStatus, json, _) = try CLITests.runBinary(["runs", "list", "--json", "--store", store])
        #expect(jsonStatus == 0)
        let documents = try RunRecordDocument.decode([RunListing].self, from: Data(json.utf8))
        #expect(documents.count == 1 && documents[0].status == .finished && documents[0].scenarios == ["history"])
        let id = "\(documents[0].id)"
        let (showStatus, details, _) = try CLITests.runBinary(["runs", "show", id, "--store", store])
        #expect(showStatus == 0)
        #expect(details.contains(documents[0].contentHash) && details.contains("name = \"history\""))
        let exported = out + "/export"
        let (exportStatus, _, _) = try CLITests.runBinary(["runs", "export", id, "--out", exported, "--store", store])
        #expect(exportStatus == 0)
        #expect(OutputSet.isComplete("run-\(id)", in: exported))
        for file in ["record.json", "summary.json", "scenario-1.toml"] {
            #expect(FileManager.default.fileExists(atPath: exported + "/run-\(id).\(file)"), "no \(file)")
        }
        #expect(FileManager.default.fileExists(atPath: exported + "/history.csv"))
        let record = try RunRecordDocument.decode(
            RunRecordDocument.self, from: Data(contentsOf: URL(fileURLWithPath: exported + "/run-\(id).record.json")))
        #expect(record.schema == "balloon.run/1" && record.contentHash == documents[0].contentHash)
        #expect(record.files.count == 4 && record.scenarios[0].text.contains("name = \"history\""))
        let (deleteStatus, _, _) = try CLITests.runBinary(["runs", "delete", id, "--store", store])
        #expect(deleteStatus == 0)
        let (again, _, errors) = try CLITests.runBinary(["runs", "delete", id, "--store", store])
        #expect(again == 2)
        #expect(errors.contains("error[unknownRun]: no run \(id)") && errors.contains("balloon runs list"))
        let (badStatus, _, badErrors) = try CLITests.runBinary(["runs", "show", "first", "--store", store])
        #expect(badStatus == 2 && badErrors.contains("error[invalidRunID]"))
    }

    @Test func aStoreThatCannotBeUsedStopsTheRunBeforeItStartsAndSaysWhy() throws {
        let (store, out) = Self.fresh()
        try FileManager.default.createDirectory(atPath: store, withIntermediateDirectories: true)
        let (status, _, errors) = try CLITests.runBinary([
            "run", "history", "--to", "2002", "--out", out, "--store", store,
        ])
        #expect(status == 2)
        #expect(errors.contains("error[storeUnavailable]") && errors.contains(store) && errors.contains("--no-store"))
        #expect(!OutputSet.isComplete("history", in: out))
        let damaged = out + "/damaged.sqlite"
        try String(repeating: "not sqlite ", count: 500).write(toFile: damaged, atomically: true, encoding: .utf8)
        let (listStatus, _, listErrors) = try CLITests.runBinary(["runs", "list", "--store", damaged])
        #expect(listStatus == 2 && listErrors.contains("error[storeDamaged]") && listErrors.contains(damaged))
    }

    @Test func theStoreLocationFollowsTheOptionThenTheEnvironment() throws {
        let options = try StoreLocationOptions.parse([])
        #expect(options.resolved(environment: ["BALLOON_STORE": "/a/b.sqlite", "HOME": "/h"]).path == "/a/b.sqlite")
        #expect(
            options.resolved(environment: ["XDG_DATA_HOME": "/x", "HOME": "/h"]).path == "/x/balloon/runs.sqlite")
        #expect(options.resolved(environment: ["HOME": "/h"]).path == "/h/.local/share/balloon/runs.sqlite")
        #expect(
            options.resolved(environment: ["BALLOON_STORE": "", "XDG_DATA_HOME": "relative", "HOME": "/h"]).path
                == "/h/.local/share/balloon/runs.sqlite")
        let given = try StoreLocationOptions.parse(["--store", "/s.sqlite"])
        #expect(given.resolved(environment: ["BALLOON_STORE": "/a/b.sqlite"]).path == "/s.sqlite")
    }

    /// kill -9 during `run --ensemble`: the store opens cleanly afterwards, the earlier run is intact, the
    /// interrupted one is marked failed, and the output folder holds no part of the ensemble's files.
    @Test func killingAnEnsembleMidRunLeavesItMarkedInterruptedOnReopening() throws {
        let (store, out) = Self.fresh()
        try RunCommand.parse(["history", "--to", "2002", "--out", out, "--store", store]).run()
        let first = try SQLiteRunStore(path: store)
        let listed = try #require(try first.runs(limit: nil).first)
        let earlier = try #require(try first.run(listed.id))
        let process = Process()
        process.executableURL = try CLITests.binary()
        process.arguments = ["run", "history", "--ensemble", "2000", "--to", "2030", "--out", out, "--store", store]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait until the run is recorded as running, then a little longer so it is well into its members.
        let deadline = Date().addingTimeInterval(60)
        var running: RunListing?
        while running == nil && Date() < deadline && process.isRunning {
            running = try SQLiteRunStore(path: store).runs(limit: nil).first { $0.kind == .ensemble }
            if running == nil { Thread.sleep(forTimeInterval: 0.05) }
        }
        let started = try #require(running, "the ensemble never appeared in the store")
        #expect(started.status == .running)
        Thread.sleep(forTimeInterval: 0.5)
        #expect(process.isRunning, "the ensemble finished before it could be killed; make it longer")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)

        let reopened = try SQLiteRunStore(path: store)
        let interrupted = try #require(try reopened.run(started.id))
        #expect(interrupted.status == .failed)
        #expect(interrupted.errorMessage?.hasPrefix("interrupted") == true)
        #expect(interrupted.files.isEmpty)
        let intact = try #require(try reopened.run(earlier.id))
        #expect(intact == earlier)
        #expect(try reopened.summary(of: earlier.id) != nil)
        #expect(!FileManager.default.fileExists(atPath: out + "/history.ensemble.csv"))
    }
}
