import BalloonServer
import BalloonStore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import balloon

/// The workbench over a PostgreSQL store (`balloon serve --store postgres://…`): jobs are queued, run, cancelled and
/// listed as on SQLite. Runs when `BALLOON_TEST_POSTGRES` names a server (`.ci/run` starts one and sets
/// `BALLOON_REQUIRE_POSTGRES=1`, which makes a missing server a failure instead of a skip).
@Suite struct PostgresServerTests {
    static var url: String? {
        ProcessInfo.processInfo.environment["BALLOON_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }
    }
    static var required: Bool { ProcessInfo.processInfo.environment["BALLOON_REQUIRE_POSTGRES"] == "1" }

    /// A schema of its own, so parallel tests on one database do not meet.
    static func freshURL() throws -> String {
        let base = try #require(url, "BALLOON_REQUIRE_POSTGRES=1 but BALLOON_TEST_POSTGRES names no server")
        let schema = "balloon_serve_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        return base + (base.contains("?") ? "&" : "?") + "schema=" + schema
    }

    @Test(.enabled(if: url != nil || required, "set BALLOON_TEST_POSTGRES=postgres://… to run on PostgreSQL"))
    func jobsRunAreCancelledAndListedOnPostgreSQL() async throws {
        let gate = Gate()
        let server = try TestServer(workbench: StandInWorkbench(gate: gate), storeURL: try Self.freshURL())
        try await server.test { client in
            let first = try await client.send(.post, "/api/runs", body: #"{"scenario": "history", "seed": 3}"#)
            #expect(first.status == .accepted, "\(first.json)")
            let second = try await client.send(
                .post, "/api/comparisons", body: #"{"baseline": "history", "scenarios": ["plan-peru"], "ensemble": 2}"#)
            #expect(second.status == .accepted, "\(second.json)")
            let secondID = try #require(second.json["id"] as? Int)
            let (cancelled, json, _) = try await client.send(.post, "/api/runs/\(secondID)/cancel")
            #expect(cancelled == .ok)
            #expect(json["status"] as? String == "cancelled")
            gate.open()
            let done = try await client.waitForEnd(of: try #require(first.json["id"] as? Int))
            #expect(done["status"] as? String == "finished")
            let listing = String(buffer: try await client.execute(uri: "/", method: .get).body)
            #expect(listing.contains(#"<a href="/runs/\#(secondID)">"#))
        }
        let statuses = try server.store.runs(limit: nil).map(\.status)
        #expect(Set(statuses) == [.finished, .cancelled])
    }

    @Test func aPostgreSQLStoreKeepsFilesInTheDataFolderAndHidesThePassword() {
        var options = StoreLocationOptions()
        options.store = "postgres://balloon:secret@db:5432/runs"
        let environment = ["HOME": "/home/ana"]
        #expect(options.defaultFilesFolder(environment: environment) == "/home/ana/.local/share/balloon/serve-files")
        #expect(
            options.defaultFilesFolder(environment: ["XDG_DATA_HOME": "/data"]) == "/data/balloon/serve-files")
        #expect(!options.displayName(environment: environment).contains("secret"))
        var sqlite = StoreLocationOptions()
        sqlite.store = "/srv/b/runs.sqlite"
        #expect(sqlite.defaultFilesFolder(environment: environment) == "/srv/b/serve-files")
    }
}
