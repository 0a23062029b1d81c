import BalloonServer
import BalloonStore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import balloon

/// `POST /api/comparisons` and `/compare`: scenarios against a baseline as one background job.
@Suite struct ComparisonTests {
    @Test func aComparisonIsAJobWithAPageAndFiles() async throws {
        let server = try TestServer()
        try await server.test { client in
            let (status, json, _) = try await client.send(
                .post, "/api/comparisons",
                body: #"{"baseline": "history", "scenarios": ["plan-peru"], "ensemble": 4, "threshold": 10}"#)
            #expect(status == .accepted, "\(json)")
            let id = try #require(json["id"] as? Int)
            #expect(json["kind"] as? String == "comparison")
            #expect(json["scenarios"] as? [String] == ["history", "plan-peru"])
            let done = try await client.waitForEnd(of: id)
            #expect(done["status"] as? String == "finished")
            #expect(done["threshold"] as? Double == 10)
            #expect(done["ensemble"] as? Int == 4)
            let page = String(buffer: try await client.execute(uri: "/runs/\(id)", method: .get).body)
            #expect(page.contains("Comparison #\(id): plan-peru against history"))
            #expect(page.contains("threshold 10%"))
        }
        #expect(try server.store.runs(limit: nil).first?.kind == .comparison)
    }

    @Test func theDefaultsAreTheCommandsWithinTheServersLimit() async throws {
        var limits = ServerLimits()
        limits.maxEnsemble = 30
        try await TestServer(limits: limits).test { client in
            let (status, json, _) = try await client.send(
                .post, "/api/comparisons", body: #"{"baseline": "history", "scenarios": ["plan-peru"]}"#)
            #expect(status == .accepted)
            #expect(json["ensemble"] as? Int == 30)
            #expect(json["threshold"] as? Double == 5)
        }
    }

    @Test(arguments: [
        ("[]", HTTPResponse.Status.badRequest, "invalidJSON", "body"),
        (#"{"baseline": "history", "scenarios": ["plan-peru"], "members": 3}"#, .badRequest, "unknownField", "members"),
        (#"{"baseline": "history", "scenarios": "plan-peru"}"#, .badRequest, "wrongType", "scenarios"),
        (
            #"{"baseline": "history", "scenarios": ["plan-peru"], "threshold": "x"}"#, .badRequest, "wrongType",
            "threshold"
        ),
        (
            #"{"baseline": "history", "scenarios": ["plan-peru"], "ensemble": 1.5}"#, .badRequest, "wrongType",
            "ensemble"
        ),
        (#"{"scenarios": ["plan-peru"]}"#, .unprocessableContent, "baselineRequired", "baseline"),
        (
            #"{"baseline": "../history", "scenarios": ["plan-peru"]}"#, .unprocessableContent, "unknownScenario",
            "baseline"
        ),
        (#"{"baseline": "history", "scenarios": []}"#, .unprocessableContent, "outOfRange", "scenarios"),
        (#"{"baseline": "history"}"#, .unprocessableContent, "outOfRange", "scenarios"),
        (
            #"{"baseline": "history", "scenarios": ["plan-peru", "/etc/passwd"]}"#, .unprocessableContent,
            "unknownScenario", "scenarios[1]"
        ),
        (
            #"{"baseline": "history", "scenarios": ["history"]}"#, .unprocessableContent, "duplicateScenario",
            "scenarios[0]"
        ),
        (
            #"{"baseline": "history", "scenarios": ["plan-peru", "plan-peru"]}"#, .unprocessableContent,
            "duplicateScenario", "scenarios[1]"
        ),
        (
            #"{"baseline": "history", "scenarios": ["plan-peru"], "threshold": 0}"#, .unprocessableContent,
            "outOfRange", "threshold"
        ),
        (
            #"{"baseline": "history", "scenarios": ["plan-peru"], "threshold": 150}"#, .unprocessableContent,
            "outOfRange", "threshold"
        ),
        (
            #"{"baseline": "history", "scenarios": ["plan-peru"], "ensemble": 0}"#, .unprocessableContent, "outOfRange",
            "ensemble"
        ),
        (
            #"{"baseline": "history", "scenarios": ["plan-peru"], "from": 2020, "to": 2000}"#, .unprocessableContent,
            "emptyRange", "to"
        ),
    ])
    func malformedComparisonsGetA4xxNamingTheField(
        body: String, status: HTTPResponse.Status, code: String, field: String
    ) async throws {
        let server = try TestServer()
        try await server.test { client in
            let (answer, json, _) = try await client.send(.post, "/api/comparisons", body: body)
            #expect(answer == status, "\(body)")
            #expect(json.error["code"] as? String == code, "\(body)")
            #expect(json.error["field"] as? String == field, "\(body)")
            #expect((json.error["fix"] as? String)?.isEmpty == false)
        }
        #expect(try server.store.runs(limit: nil).isEmpty, "a refused request records nothing")
    }

    @Test func writingNeedsTheToken() async throws {
        try await TestServer(token: String(repeating: "t", count: 20)).test { client in
            let (status, _, _) = try await client.send(
                .post, "/api/comparisons", body: #"{"baseline": "history", "scenarios": ["plan-peru"]}"#)
            #expect(status == .unauthorized)
        }
    }

    @Test func theFormOffersEveryScenario() async throws {
        try await TestServer().test { client in
            let page = String(buffer: try await client.execute(uri: "/compare", method: .get).body)
            #expect(page.contains(#"<option value="history" selected>"#))
            #expect(page.contains(#"value="plan-peru""#))
            #expect(page.contains("/api/comparisons"))
        }
    }

    @Test func theRealComparisonWritesTheCommandsFilesAndTheReportsMoneyTable() async throws {
        try await TestServer(workbench: ServeWorkbench()).test { client in
            let (status, json, _) = try await client.send(
                .post, "/api/comparisons",
                body: #"{"baseline": "history", "scenarios": ["plan-peru"], "ensemble": 2, "to": 2030}"#)
            #expect(status == .accepted, "\(json)")
            let done = try await client.waitForEnd(of: try #require(json["id"] as? Int), seconds: 240)
            #expect(done["status"] as? String == "finished", "\(done)")
            let names = (done["files"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
            #expect(names.contains("compare-history.csv"), "\(names)")
            #expect(names.contains("compare-history.json"), "\(names)")
            let report = try #require(names.first { $0.hasPrefix("report_") && $0.hasSuffix(".html") })
            let html = String(
                buffer: try await client.execute(uri: "/api/runs/\(done["id"]!)/files/\(report)", method: .get).body)
            #expect(html.contains(#"id="table-money""#), "the report has its money table")
            #expect(done["summary"] is [String: Any])
        }
    }
}
