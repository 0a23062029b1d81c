import BalloonServer
import BalloonStore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// The bounded queue, cancelling, the time limit and the token rule.
@Suite struct QueueTests {
    static let run = #"{"scenario": "history"}"#

    @Test func aFullQueueAnswers429WithRetryAfter() async throws {
        let gate = Gate()
        var limits = ServerLimits()
        limits.queueCapacity = 2
        limits.retryAfterSeconds = 17
        let server = try TestServer(workbench: StandInWorkbench(gate: gate), limits: limits)
        try await server.test { client in
            for _ in 0..<2 { #expect(try await client.send(.post, "/api/runs", body: Self.run).status == .accepted) }
            let (status, json, response) = try await client.send(.post, "/api/runs", body: Self.run)
            #expect(status == .tooManyRequests)
            #expect(response.headers[.retryAfter] == "17")
            #expect(json.error["code"] as? String == "queueFull")
            gate.open()
            let first = try #require(try server.store.runs(limit: nil).last?.id.value)
            #expect(try await client.waitForEnd(of: Int(first))["status"] as? String == "finished")
            // Once jobs end, places free up again.
            var accepted = false
            for _ in 0..<200 where !accepted {
                accepted = try await client.send(.post, "/api/runs", body: Self.run).status == .accepted
                if !accepted { try await Task.sleep(for: .milliseconds(20)) }
            }
            #expect(accepted)
        }
        #expect(try server.store.runs(limit: nil).count == 3, "the refused request was not recorded")
    }

    @Test func aRunningJobCancelledKeepsNoFiles() async throws {
        let gate = Gate()
        let server = try TestServer(workbench: StandInWorkbench(gate: gate))
        try await server.test { client in
            let id = try #require(try await client.send(.post, "/api/runs", body: Self.run).json["id"] as? Int)
            // Wait until the job has started computing.
            for _ in 0..<1000 {
                if try await client.send(.get, "/api/runs/\(id)").json["status"] as? String == "running" { break }
                try await Task.sleep(for: .milliseconds(10))
            }
            let (status, json, _) = try await client.send(.post, "/api/runs/\(id)/cancel")
            #expect(status == .ok)
            #expect(json["status"] as? String == "cancelled")
            gate.open()
            // The computation returns; the run stays cancelled and what it wrote is removed.
            for _ in 0..<1000 {
                if await server.server.queue.liveCount == 0 { break }
                try await Task.sleep(for: .milliseconds(10))
            }
            let after = try await client.send(.get, "/api/runs/\(id)").json
            #expect(after["status"] as? String == "cancelled")
            #expect((after["files"] as? [Any])?.isEmpty == true)
            let again = try await client.send(.post, "/api/runs/\(id)/cancel")
            #expect(again.status == .conflict)
            #expect(again.json.error["code"] as? String == "runEnded")
        }
        let record = try #require(try server.store.runs(limit: nil).first)
        #expect(record.status == .cancelled)
        let leftovers = try FileManager.default.contentsOfDirectory(
            atPath: server.folder.appendingPathComponent("files").path)
        #expect(leftovers.isEmpty)
    }

    @Test func aQueuedJobCancelledNeverRuns() async throws {
        let gate = Gate()
        let server = try TestServer(workbench: StandInWorkbench(gate: gate))
        try await server.test { client in
            let first = try #require(try await client.send(.post, "/api/runs", body: Self.run).json["id"] as? Int)
            let second = try #require(try await client.send(.post, "/api/runs", body: Self.run).json["id"] as? Int)
            #expect(try await client.send(.get, "/api/runs/\(second)").json["status"] as? String == "queued")
            #expect(try await client.send(.post, "/api/runs/\(second)/cancel").json["status"] as? String == "cancelled")
            gate.open()
            #expect(try await client.waitForEnd(of: first)["status"] as? String == "finished")
            let record = try #require(try server.store.run(RunID(Int64(second))))
            #expect(record.status == .cancelled)
            #expect(record.startedAt == nil)
        }
    }

    @Test func aJobOverTheTimeLimitFails() async throws {
        let gate = Gate()
        var limits = ServerLimits()
        limits.jobSeconds = 0.2
        let server = try TestServer(workbench: StandInWorkbench(gate: gate), limits: limits)
        try await server.test { client in
            let id = try #require(try await client.send(.post, "/api/runs", body: Self.run).json["id"] as? Int)
            let done = try await client.waitForEnd(of: id, seconds: 10)
            #expect(done["status"] as? String == "failed")
            #expect((done["error"] as? String)?.contains("timeLimit") == true)
            gate.open()
        }
    }

    @Test func settingsOffLoopbackNeedAToken() throws {
        #expect(throws: APIError.self) { try ServerSettings(host: "0.0.0.0").check() }
        #expect(throws: APIError.self) { try ServerSettings(host: "192.168.1.4").check() }
        #expect(throws: APIError.self) { try ServerSettings(host: "0.0.0.0", token: "short").check() }
        #expect(throws: APIError.self) { try ServerSettings(port: 70000).check() }
        try ServerSettings(host: "0.0.0.0", token: String(repeating: "k", count: 20)).check()
        try ServerSettings(host: "127.0.0.1").check()
        try ServerSettings(host: "localhost").check()
        try ServerSettings(host: "::1").check()
    }

    @Test func withATokenWritesNeedTheBearerHeaderAndReadsDoNot() async throws {
        let token = "0123456789abcdef0123"
        let server = try TestServer(token: token)
        try await server.test { client in
            let missing = try await client.send(.post, "/api/runs", body: Self.run)
            #expect(missing.status == .unauthorized)
            #expect(missing.json.error["field"] as? String == "Authorization")
            let wrong = try await client.send(
                .post, "/api/runs", body: Self.run, headers: [.authorization: "Bearer not-the-token-at-all"])
            #expect(wrong.status == .unauthorized)
            #expect(try await client.send(.post, "/api/runs/1/cancel").status == .unauthorized)
            let right = try await client.send(
                .post, "/api/runs", body: Self.run, headers: [.authorization: "Bearer \(token)"])
            #expect(right.status == .accepted)
            // Reading and validating change nothing, so they need no token.
            #expect(try await client.send(.get, "/api/scenarios/history").status == .ok)
            #expect(try await client.send(.get, "/").status == .ok)
            let validate = try await client.send(
                .post, "/api/scenarios/validate", body: "name = \"x\"\ndescription = \"d\"\n")
            #expect(validate.status != .unauthorized)
        }
        #expect(try server.store.runs(limit: nil).count == 1)
    }
}
