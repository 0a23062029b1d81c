import BalloonServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// `POST /api/scenarios` and `DELETE /api/scenarios/{name}`: scenarios saved under names checked against a strict
/// pattern, stored under a digest of the name (never the name as a path), listed, run and compared like bundled ones.
@Suite struct SavedScenarioTests {
    static func text(_ name: String, description: String = "mine") -> String {
        "name = \"\(name)\"\ndescription = \"\(description)\"\nbaseline = \"history\"\n"
    }

    @Test func aSavedScenarioIsListedEditedRunAndDeleted() async throws {
        let server = try TestServer()
        try await server.test { client in
            let (created, json, _) = try await client.send(.post, "/api/scenarios", body: Self.text("my-plan"))
            #expect(created == .created, "\(json)")
            #expect(json["source"] as? String == "saved")
            #expect(json["summary"] as? String != nil)
            let list = String(buffer: try await client.execute(uri: "/api/scenarios", method: .get).body)
            #expect(list.contains(#""name":"my-plan""#))
            let (replaced, again, _) = try await client.send(
                .post, "/api/scenarios", body: Self.text("my-plan", description: "second"))
            #expect(replaced == .ok)
            #expect(again["description"] as? String == "second")
            let (_, one, _) = try await client.send(.get, "/api/scenarios/my-plan")
            #expect((one["toml"] as? String)?.contains("second") == true)
            let editor = String(buffer: try await client.execute(uri: "/scenarios/my-plan", method: .get).body)
            #expect(editor.contains("description = &quot;second&quot;"))
            let (status, run, _) = try await client.send(.post, "/api/runs", body: #"{"scenario": "my-plan"}"#)
            #expect(status == .accepted)
            let done = try await client.waitForEnd(of: try #require(run["id"] as? Int))
            #expect(done["status"] as? String == "finished")
            let (compared, comparison, _) = try await client.send(
                .post, "/api/comparisons", body: #"{"baseline": "history", "scenarios": ["my-plan"], "ensemble": 2}"#)
            #expect(compared == .accepted, "\(comparison)")
            #expect(comparison["scenarios"] as? [String] == ["history", "compared-1.toml"])
            let deleted = try await client.execute(uri: "/api/scenarios/my-plan", method: .delete)
            #expect(deleted.status == .noContent)
            let (gone, _, _) = try await client.send(.get, "/api/scenarios/my-plan")
            #expect(gone == .notFound)
            let (twice, _, _) = try await client.send(.delete, "/api/scenarios/my-plan")
            #expect(twice == .notFound)
        }
        let saved = server.folder.appendingPathComponent("files/saved-scenarios")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: saved.path).filter { $0.hasSuffix(".toml") }.isEmpty)
    }

    @Test(arguments: [
        "../../etc/passwd", "/etc/passwd", "My-Plan", "plan_b", "a--b", "-plan", "plan-", "9lives", "plan.toml",
        "plan%2F..", String(repeating: "a", count: 49), "pl\u{00E4}n", "plan\\u0000", "",
    ])
    func hostileNamesAreRefusedAndNothingIsWritten(name: String) async throws {
        let server = try TestServer()
        try await server.test { client in
            let text =
                "name = \"\(name.replacingOccurrences(of: "\\", with: "\\\\"))\"\ndescription = \"d\"\nbaseline = \"history\"\n"
            let (status, json, _) = try await client.send(.post, "/api/scenarios", body: text)
            #expect(status == .unprocessableContent, "\(name): \(json)")
            #expect((json.error["field"] as? String)?.hasPrefix("name") == true, "\(name): \(json)")
            #expect((json.error["fix"] as? String)?.isEmpty == false)
        }
        let saved = server.folder.appendingPathComponent("files/saved-scenarios")
        #expect((try? FileManager.default.contentsOfDirectory(atPath: saved.path))?.isEmpty ?? true)
        #expect(!FileManager.default.fileExists(atPath: server.folder.appendingPathComponent("etc").path))
    }

    @Test func bundledNamesCannotBeTakenOrDeleted() async throws {
        try await TestServer().test { client in
            let (status, json, _) = try await client.send(.post, "/api/scenarios", body: Self.text("plan-peru"))
            #expect(status == .conflict)
            #expect(json.error["field"] as? String == "name")
            #expect(json.error["line"] as? Int == 1)
            let (deleted, _, _) = try await client.send(.delete, "/api/scenarios/history")
            #expect(deleted == .conflict)
            let (_, one, _) = try await client.send(.get, "/api/scenarios/history")
            #expect(one["source"] as? String == "bundled")
        }
    }

    @Test(arguments: ["..%2F..%2Fetc%2Fpasswd", "nope", "%2E%2E"])
    func unknownOrHostileDeletesAre404(name: String) async throws {
        try await TestServer().test { client in
            let (status, json, _) = try await client.send(.delete, "/api/scenarios/\(name)")
            #expect(status == .notFound)
            #expect(json.error["field"] as? String == "name")
        }
    }

    @Test func invalidTextIsNotSaved() async throws {
        try await TestServer().test { client in
            let (status, json, _) = try await client.send(
                .post, "/api/scenarios", body: "name = \"ok-name\"\ndescription = [\n")
            #expect(status == .unprocessableContent)
            #expect(json.error["line"] != nil)
            let (missing, _, _) = try await client.send(.get, "/api/scenarios/ok-name")
            #expect(missing == .notFound)
        }
    }

    @Test func savingNeedsTheToken() async throws {
        try await TestServer(token: String(repeating: "t", count: 20)).test { client in
            let (status, _, _) = try await client.send(.post, "/api/scenarios", body: Self.text("my-plan"))
            #expect(status == .unauthorized)
            let (deleted, _, _) = try await client.send(.delete, "/api/scenarios/my-plan")
            #expect(deleted == .unauthorized)
        }
    }
}
