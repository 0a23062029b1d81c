import ArgumentParser
import Foundation
import Testing

@testable import balloon

/// A run's files appear together or not at all (`OutputSet`, docs/outputs.md "Complete file sets"): an
/// interrupted commit leaves the previous set, a killed one is rolled back by the next run, and nothing the user
/// saved in the folder is touched.
struct OutputSetTests {
    struct Interrupted: Error {}

    /// Every entry of `folder`, sorted.
    static func entries(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    static func contents(_ folder: String) -> [String: Data] {
        var result: [String: Data] = [:]
        for name in entries(folder) { result[name] = FileManager.default.contents(atPath: folder + "/" + name) }
        return result
    }

    /// A committed set `run` with a CSV, a JSON summary and a provenance file holding `version`.
    static func commit(_ folder: String, version: String, interrupt: ((String) throws -> Void)? = nil) throws {
        let set = try OutputSet(folder: folder, name: "run")
        set.beforeMove = interrupt
        try set.add("run.csv", contents: "year,value\n2000,\(version)\n")
        try set.add("run.summary.json", contents: "{\"version\": \"\(version)\"}\n")
        try set.add("run.provenance.json", contents: "{\"command\": \"\(version)\"}\n")
        try set.commit()
    }

    @Test func aCommitInterruptedBetweenTwoRenamesLeavesThePreviousSetWholeAndNoTemporaryFiles() throws {
        let folder = CLITests.temporaryDirectory()
        try "mine".write(toFile: folder + "/notes.txt", atomically: true, encoding: .utf8)
        try Self.commit(folder, version: "first")
        let before = Self.contents(folder)
        #expect(OutputSet.isComplete("run", in: folder))
        for stop in ["run.csv", "run.summary.json", "run.provenance.json", "run.manifest.json"] {
            #expect(throws: Interrupted.self) {
                try Self.commit(folder, version: "second") { if $0 == stop { throw Interrupted() } }
            }
            #expect(Self.contents(folder) == before, "interrupted before \(stop): \(Self.entries(folder))")
            #expect(OutputSet.isComplete("run", in: folder))
        }
    }

    @Test func aFirstRunInterruptedBeforeItsLastRenameLeavesNothingVisible() throws {
        let folder = CLITests.temporaryDirectory()
        #expect(throws: Interrupted.self) {
            try Self.commit(folder, version: "only") { if $0 == "run.manifest.json" { throw Interrupted() } }
        }
        #expect(Self.entries(folder).isEmpty, "\(Self.entries(folder))")
    }

    @Test func aKilledCommitIsRolledBackByTheNextRunIntoTheFolder() throws {
        let folder = CLITests.temporaryDirectory()
        try "mine".write(toFile: folder + "/notes.txt", atomically: true, encoding: .utf8)
        try Self.commit(folder, version: "first")
        let before = Self.contents(folder)
        // Killed after the CSV was replaced and before the summary: a new CSV beside an old summary, no manifest.
        #expect(throws: OutputSet.SimulatedCrash.self) {
            try Self.commit(folder, version: "second") {
                if $0 == "run.summary.json" { throw OutputSet.SimulatedCrash() }
            }
        }
        #expect(Self.entries(folder).contains { $0.hasPrefix(".balloon-tmp-") })
        #expect(!OutputSet.isComplete("run", in: folder), "a mixed set must not look complete")
        // The next run into the folder starts by checking it: the killed commit is undone.
        try OutputFolder.check(folder)
        #expect(Self.contents(folder) == before, "\(Self.entries(folder))")
        #expect(OutputSet.isComplete("run", in: folder))
    }

    @Test func leftoversOfDeadRunsAreRemovedAndThoseOfLiveRunsAndTheUsersFilesKept() throws {
        let folder = CLITests.temporaryDirectory()
        let dead = try Self.deadProcessID()
        let host = OutputSet.host
        let stale = ".balloon-tmp-\(dead)-1a2b-\(host)", probe = ".balloon-tmp-\(dead)-3c4d-\(host)"
        let live = ".balloon-tmp-1-5e6f-\(host)"  // pid 1 runs as long as the machine does
        for name in [stale, live] {
            try FileManager.default.createDirectory(atPath: folder + "/\(name)/new", withIntermediateDirectories: true)
            try "half a CSV".write(toFile: folder + "/\(name)/new/history.csv", atomically: false, encoding: .utf8)
        }
        FileManager.default.createFile(atPath: folder + "/" + probe, contents: Data())
        try "mine".write(toFile: folder + "/.balloon-notes", atomically: true, encoding: .utf8)
        let command = try RunCommand.parse(["history", "--to", "2003", "--out", folder])
        try command.run()
        let entries = Self.entries(folder)
        #expect(!entries.contains(stale) && !entries.contains(probe), "\(entries)")
        #expect(entries.contains(live), "a running process's staging folder must be left alone")
        #expect(entries.contains(".balloon-notes"))
        #expect(OutputSet.isComplete("history", in: folder))
        #expect(entries.filter { $0.hasPrefix(".balloon-tmp-") } == [live], "\(entries)")
    }

    @Test func everyCommandWritesItsFilesAsOneCompleteSet() throws {
        let folder = CLITests.temporaryDirectory()
        try RunCommand.parse(["history", "--to", "2003", "--out", folder]).run()
        try RunCommand.parse(["history", "--to", "2003", "--ensemble", "2", "--out", folder]).run()
        try ReportCommand.parse(["history", "--to", "2003", "--out", folder]).run()
        for set in ["history", "history.ensemble", "report_history"] {
            #expect(OutputSet.isComplete(set, in: folder), "\(set): \(Self.entries(folder))")
        }
        #expect(!Self.entries(folder).contains { $0.hasPrefix(".") }, "\(Self.entries(folder))")
    }

    /// The id of a process that has exited.
    static func deadProcessID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "exit 0"]
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }
}
