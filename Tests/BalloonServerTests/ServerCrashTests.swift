import BalloonStore
import Foundation
import Testing

/// kill -9 of `balloon serve` during a job: on the next opening the store is clean, the finished run is intact,
/// and the interrupted job is marked failed.
@Suite struct ServerCrashTests {
    static var hasCurl: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/curl") }

    @Test(.enabled(if: hasCurl, "needs curl to talk to the server process"))
    func killingTheServerMidJobLeavesTheJobFailedAndTheStoreClean() throws {
        let folder = NSTemporaryDirectory() + "balloon-serve-crash-\(UUID())"
        let store = folder + "/runs.sqlite"
        let port = Int.random(in: 20_000..<60_000)
        let server = Process()
        server.executableURL = try Self.binary()
        server.arguments = ["serve", "--port", "\(port)", "--store", store, "--files", folder + "/files"]
        server.standardOutput = FileHandle.nullDevice
        server.standardError = FileHandle.nullDevice
        try server.run()
        defer { if server.isRunning { kill(server.processIdentifier, SIGKILL) } }
        let base = "http://127.0.0.1:\(port)"
        var ready = false
        for _ in 0..<300 where !ready && server.isRunning {
            ready = (try? Self.curl(["\(base)/api/scenarios"]).status) == 200
            if !ready { Thread.sleep(forTimeInterval: 0.1) }
        }
        try #require(ready, "the server did not start")

        let quick = try Self.curl(["-X", "POST", "-d", #"{"scenario": "history", "to": 2002}"#, "\(base)/api/runs"])
        #expect(quick.status == 202)
        var finished: RunRecord?
        for _ in 0..<600 where finished == nil {
            finished = try SQLiteRunStore(path: store).runs(limit: nil).first { $0.status == .finished }.flatMap {
                try SQLiteRunStore(path: store).run($0.id)
            }
            if finished == nil { Thread.sleep(forTimeInterval: 0.1) }
        }
        let earlier = try #require(finished, "the quick run did not finish")

        let long = try Self.curl(
            ["-X", "POST", "-d", #"{"scenario": "history", "to": 2040, "ensemble": 200}"#, "\(base)/api/runs"])
        #expect(long.status == 202)
        var running: RunListing?
        for _ in 0..<300 where running == nil {
            running = try SQLiteRunStore(path: store).runs(limit: nil).first { $0.status == .running }
            if running == nil { Thread.sleep(forTimeInterval: 0.05) }
        }
        let job = try #require(running, "the ensemble never started")
        Thread.sleep(forTimeInterval: 0.5)
        #expect(server.isRunning)
        kill(server.processIdentifier, SIGKILL)
        server.waitUntilExit()

        let reopened = try SQLiteRunStore(path: store)
        let interrupted = try #require(try reopened.run(job.id))
        #expect(interrupted.status == .failed)
        #expect(interrupted.errorMessage?.hasPrefix("interrupted") == true)
        #expect(try reopened.run(earlier.id) == earlier)
        #expect(try reopened.summary(of: earlier.id) != nil)
    }

    /// Sends a request with curl; returns the status and body.
    static func curl(_ arguments: [String]) throws -> (status: Int, body: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["curl", "-s", "-m", "10", "-w", "\n%{http_code}"] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        let status = Int(text.split(separator: "\n").last ?? "") ?? 0
        return (status, String(text.dropLast(String(status).count)))
    }

    /// The `balloon` executable next to the test bundle.
    static func binary() throws -> URL {
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("balloon"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("balloon"),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
                "balloon"),
        ]
        return try #require(candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) })
    }
}
