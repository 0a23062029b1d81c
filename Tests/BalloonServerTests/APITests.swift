import BalloonServer
import BalloonStore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// The JSON API through the router, in process: every endpoint, and every class of malformed request answered
/// with a 4xx JSON error that names the field and the fix.
@Suite struct APITests {
    @Test func scenariosAreListedWithExplainsSummary() async throws {
        try await TestServer().test { client in
            let response = try await client.execute(uri: "/api/scenarios", method: .get)
            #expect(response.status == .ok)
            let list = try #require(
                try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [[String: Any]])
            let history = try #require(list.first { $0["name"] as? String == "history" })
            #expect(history["summary"] as? String == "summary of history")
            #expect(history["source"] as? String == "bundled")
            #expect(list.count >= 5)
        }
    }

    @Test func oneScenarioComesWithItsText() async throws {
        try await TestServer().test { client in
            let (status, json, _) = try await client.send(.get, "/api/scenarios/plan-peru")
            #expect(status == .ok)
            #expect((json["toml"] as? String)?.contains(#"name = "plan-peru""#) == true)
            #expect(json["baseline"] as? String == "history")
        }
    }

    @Test(arguments: ["narnia", "..%2F..%2Fetc%2Fpasswd", "history.toml", "%2Fetc%2Fpasswd"])
    func unknownScenarioNamesAreRefusedNeverReadAsPaths(name: String) async throws {
        try await TestServer().test { client in
            let (status, json, _) = try await client.send(.get, "/api/scenarios/\(name)")
            #expect(status == .notFound)
            #expect(json.error["code"] as? String == "unknownScenario")
            #expect(json.error["field"] as? String == "name")
            #expect((json.error["fix"] as? String)?.isEmpty == false)
        }
    }

    @Test func closeNamesAreSuggested() async throws {
        try await TestServer().test { client in
            let (_, json, _) = try await client.send(.get, "/api/scenarios/plan-pery")
            #expect((json.error["fix"] as? String)?.contains("plan-peru") == true)
        }
    }

    @Test func validTextValidates() async throws {
        try await TestServer().test { client in
            let text = "name = \"mine\"\ndescription = \"d\"\nbaseline = \"history\"\n"
            let (status, json, _) = try await client.send(.post, "/api/scenarios/validate", body: text)
            #expect(status == .ok)
            #expect(json["valid"] as? Bool == true)
            #expect(json["name"] as? String == "mine")
        }
    }

    @Test func invalidTextGetsLineFieldAndFix() async throws {
        try await TestServer().test { client in
            let text = """
                name = "mine"
                description = "d"
                baseline = "history"

                [[policy]]
                instrument = "manual_eradication"
                country = "Narnia"
                years = [2026, 2030]
                hectares = 100
                payer = "host"
                """
            let (status, json, _) = try await client.send(.post, "/api/scenarios/validate", body: text)
            #expect(status == .unprocessableContent)
            #expect(json["valid"] as? Bool == false)
            let problem = try #require((json["errors"] as? [[String: Any]])?.first)
            #expect(problem["line"] as? Int == 7)
            #expect((problem["field"] as? String)?.contains("country") == true)
            #expect((problem["fix"] as? String)?.contains("PE") == true)
        }
    }

    @Test func aBaselinePathInTextIsRefused() async throws {
        try await TestServer().test { client in
            let text = "name = \"mine\"\ndescription = \"d\"\nbaseline = \"../../etc/passwd.toml\"\n"
            let (status, json, _) = try await client.send(.post, "/api/scenarios/validate", body: text)
            #expect(status == .unprocessableContent)
            let problem = try #require((json["errors"] as? [[String: Any]])?.first)
            #expect(problem["field"] as? String == "baseline")
            #expect(problem["line"] as? Int == 3)
        }
    }

    @Test func textThatIsNotUTF8IsRefused() async throws {
        try await TestServer().test { client in
            let response = try await client.execute(
                uri: "/api/scenarios/validate", method: .post, body: ByteBuffer(bytes: [0xFF, 0xFE, 0x00, 0xC3]))
            #expect(response.status == .badRequest)
        }
    }

    @Test func oversizedBodiesAreRefused() async throws {
        var limits = ServerLimits()
        limits.maxBodyBytes = 1000
        try await TestServer(limits: limits).test { client in
            let big = String(repeating: "# padding\n", count: 200)
            for uri in ["/api/scenarios/validate", "/api/runs"] {
                let (status, json, _) = try await client.send(.post, uri, body: big)
                #expect(status == .contentTooLarge, "\(uri)")
                #expect(json.error["field"] as? String == "body")
            }
        }
    }

    /// Each malformed run request: status, code and the field named.
    @Test(arguments: [
        ("not json", HTTPResponse.Status.badRequest, "invalidJSON", "body"),
        ("[1, 2]", .badRequest, "invalidJSON", "body"),
        (#"{"scenario": "history", "seeds": 3}"#, .badRequest, "unknownField", "seeds"),
        (#"{"scenario": "history", "seed": "seven"}"#, .badRequest, "wrongType", "seed"),
        (#"{"scenario": "history", "seed": -1}"#, .badRequest, "wrongType", "seed"),
        (#"{"scenario": "history", "ensemble": 2.5}"#, .badRequest, "wrongType", "ensemble"),
        (#"{"scenario": 7}"#, .badRequest, "wrongType", "scenario"),
        (#"{"scenario": "narnia"}"#, .unprocessableContent, "unknownScenario", "scenario"),
        (#"{"scenario": "../history"}"#, .unprocessableContent, "unknownScenario", "scenario"),
        (#"{}"#, .unprocessableContent, "scenarioRequired", "scenario"),
        (#"{"scenario": "history", "toml": "name = \"x\""}"#, .unprocessableContent, "scenarioRequired", "scenario"),
        (#"{"toml": "name = [unclosed"}"#, .unprocessableContent, "syntax", "toml"),
        (#"{"scenario": "history", "from": 1800}"#, .unprocessableContent, "outOfRange", "from"),
        (#"{"scenario": "history", "to": 2300}"#, .unprocessableContent, "outOfRange", "to"),
        (#"{"scenario": "history", "from": 2020, "to": 2010}"#, .unprocessableContent, "emptyRange", "to"),
        (#"{"scenario": "history", "ensemble": 0}"#, .unprocessableContent, "outOfRange", "ensemble"),
        (#"{"scenario": "history", "ensemble": 100000}"#, .unprocessableContent, "outOfRange", "ensemble"),
    ])
    func malformedRunRequestsGetA4xxNamingTheField(
        body: String, status: HTTPResponse.Status, code: String, field: String
    ) async throws {
        let server = try TestServer()
        try await server.test { client in
            let (answer, json, response) = try await client.send(.post, "/api/runs", body: body)
            #expect(answer == status, "\(body)")
            #expect(json.error["code"] as? String == code, "\(body)")
            #expect(json.error["field"] as? String == field, "\(body)")
            #expect((json.error["fix"] as? String)?.isEmpty == false)
            #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
        }
        #expect(try server.store.runs(limit: nil).isEmpty, "a refused request records nothing")
    }

    @Test func garbageNeverGetsA5xx() async throws {
        try await TestServer().test { client in
            var generator = SystemRandomNumberGenerator()
            for round in 0..<100 {
                let bytes = (0..<Int.random(in: 0...200, using: &generator)).map { _ in
                    UInt8.random(in: 0...255, using: &generator)
                }
                let uri = [
                    "/api/runs", "/api/scenarios/validate", "/api/runs/1/cancel", "/api/comparisons", "/api/scenarios",
                ][round % 5]
                let response = try await client.execute(uri: uri, method: .post, body: ByteBuffer(bytes: bytes))
                #expect((400..<500).contains(response.status.code), "\(uri) answered \(response.status)")
            }
        }
    }

    @Test(arguments: [
        ("/api/runs/12345", HTTPResponse.Status.notFound, "unknownRun", "id"),
        ("/api/runs/abc", .badRequest, "invalidId", "id"),
        ("/api/runs/-3", .badRequest, "invalidId", "id"),
        ("/api/runs/12345/files/history.csv", .notFound, "unknownRun", "id"),
        ("/runs/12345", .notFound, "unknownRun", "id"),
        ("/no/such/page", .notFound, "notFound", "path"),
    ])
    func unknownIdsAndPathsGetA404(uri: String, status: HTTPResponse.Status, code: String, field: String)
        async throws
    {
        try await TestServer().test { client in
            let (answer, json, _) = try await client.send(.get, uri)
            #expect(answer == status)
            #expect(json.error["code"] as? String == code)
            #expect(json.error["field"] as? String == field)
        }
    }

    @Test func aRunIsQueuedRecordedAndItsFilesServed() async throws {
        let server = try TestServer()
        try await server.test { client in
            let (status, json, _) = try await client.send(
                .post, "/api/runs", body: #"{"scenario": "history", "seed": 7, "to": 2030}"#)
            #expect(status == .accepted)
            let id = try #require(json["id"] as? Int)
            #expect((json["links"] as? [String: Any])?["page"] as? String == "/runs/\(id)")
            let done = try await client.waitForEnd(of: id)
            #expect(done["status"] as? String == "finished")
            #expect(done["seed"] as? Int == 7)
            #expect(done["to"] as? Int == 2030)
            #expect((done["summary"] as? [String: Any])?["ok"] as? Bool == true)
            let files = try #require(done["files"] as? [[String: Any]])
            #expect(files.map { $0["name"] as? String } == ["result.csv"])
            let file = try await client.execute(uri: "/api/runs/\(id)/files/result.csv", method: .get)
            #expect(file.status == .ok)
            #expect(String(buffer: file.body).hasPrefix("year,value"))
            #expect(file.headers[.contentType]?.hasPrefix("text/csv") == true)
            let (missing, error, _) = try await client.send(.get, "/api/runs/\(id)/files/..%2Fruns.sqlite")
            #expect(missing == .notFound)
            #expect((error.error["fix"] as? String)?.contains("result.csv") == true)
            let listing = try await client.execute(uri: "/api/runs", method: .get)
            #expect(String(buffer: listing.body).contains("\"id\":\(id)"))
        }
        let stored = try #require(try server.store.runs(limit: nil).first)
        #expect(stored.status == .finished)
    }

    @Test func scenarioTextRunsFromAFileTheServerNames() async throws {
        try await TestServer().test { client in
            let body = #"{"toml": "name = \"../../evil\"\ndescription = \"d\"\nbaseline = \"history\"\n"}"#
            let (status, json, _) = try await client.send(.post, "/api/runs", body: body)
            #expect(status == .accepted)
            let done = try await client.waitForEnd(of: try #require(json["id"] as? Int))
            #expect(done["status"] as? String == "finished")
            // The stand-in names the scenario by its reference's last component: the server's own file name.
            #expect(done["scenarios"] as? [String] == ["scenario.toml"])
        }
    }

    @Test func theDocumentDescribesEveryRoute() async throws {
        let server = try TestServer()
        let response = try await server.test { try await $0.execute(uri: "/openapi.json", method: .get) }
        #expect(response.status == .ok)
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        let routes = server.server.router().routes
        #expect(routes.count >= 13)
        for route in routes {
            let operations = paths[route.path.description]
            #expect(operations != nil, "\(route.path) is missing from /openapi.json")
            #expect(operations?[route.method.rawValue.lowercased()] != nil, "\(route) is missing from /openapi.json")
        }
        #expect(
            paths.values.map(\.count).reduce(0, +) == routes.count,
            "/openapi.json describes a route that does not exist")
    }
}
