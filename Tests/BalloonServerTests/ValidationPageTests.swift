import BalloonServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import balloon

/// `/validation` and `GET /api/validation`: the shipped digest's ledger and fit tables, asked of the workbench once.
@Suite struct ValidationPageTests {
    @Test func theAPIAndThePageShowTheWorkbenchsDigestAskedOnce() async throws {
        let workbench = StandInWorkbench()
        try await TestServer(workbench: workbench).test { client in
            let (status, json, _) = try await client.send(.get, "/api/validation")
            #expect(status == .ok)
            #expect(json["current"] as? Bool == false)
            #expect((json["ledger"] as? [String: Any])?["schema"] as? String == "balloon.fact-ledger/1")
            #expect(json["html"] == nil, "the rendering is for the page only")
            let page = try await client.execute(uri: "/validation", method: .get)
            #expect(page.status == .ok)
            let text = String(buffer: page.body)
            #expect(text.contains(#"<table id="table-facts">"#))
            #expect(text.contains("balloon validate &lt;&amp;&gt;"), "the command is escaped")
            #expect(text.contains(#"id="stale""#), "a digest of another model is flagged")
            _ = try await client.execute(uri: "/validation", method: .get)
        }
        #expect(workbench.validationCalls.value == 1)
    }

    @Test func theRealDigestShowsEveryFactAndTheFitTables() async throws {
        try await TestServer(workbench: ServeWorkbench()).test { client in
            let (status, json, _) = try await client.send(.get, "/api/validation")
            #expect(status == .ok, "\(json)")
            let ledger = try #require(json["ledger"] as? [String: Any])
            let facts = try #require(ledger["facts"] as? [[String: Any]])
            #expect(!facts.isEmpty)
            let summary = try #require(ledger["summary"] as? [String: Any])
            let passing = facts.filter { $0["role"] as? String == "emergent" && $0["pass"] as? Bool == true }
            #expect(summary["emergent_pass"] as? Int == passing.count)
            #expect(
                facts.allSatisfy { $0["role"] as? String == "emergent" || $0["pass"] == nil },
                "the digest judges only emergent facts")
            #expect((ledger["fit"] as? [Any])?.isEmpty == false)
            let page = String(buffer: try await client.execute(uri: "/validation", method: .get).body)
            #expect(page.contains(#"id="table-facts""#))
            #expect(page.contains(#"id="table-fit""#))
            for fact in facts.prefix(5) {
                #expect(page.contains(">\(fact["id"] as? String ?? "?")<"), "fact \(fact["id"] ?? "?") is listed")
            }
        }
    }
}
