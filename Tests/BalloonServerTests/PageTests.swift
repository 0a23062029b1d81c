import BalloonServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// The pages render, link where they should and escape what they show.
@Suite struct PageTests {
    @Test func theListShowsScenariosAndRecentRuns() async throws {
        try await TestServer().test { client in
            _ = try await client.send(.post, "/api/runs", body: #"{"scenario": "plan-peru"}"#)
            let response = try await client.execute(uri: "/", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType]?.hasPrefix("text/html") == true)
            let page = String(buffer: response.body)
            #expect(page.contains(#"<a href="/scenarios/plan-peru">"#))
            #expect(page.contains("summary of history"))
            #expect(page.contains(#"<a href="/runs/1">#1</a>"#))
        }
    }

    @Test func theEditorHoldsTheTextEscaped() async throws {
        try await TestServer().test { client in
            let page = String(buffer: try await client.execute(uri: "/scenarios/plan-peru", method: .get).body)
            #expect(page.contains(#"<textarea id="toml""#))
            #expect(page.contains("name = &quot;plan-peru&quot;"))
            #expect(page.contains("/api/scenarios/validate"))
            let blank = try await client.execute(uri: "/scenarios/new", method: .get)
            #expect(blank.status == .ok)
            #expect(String(buffer: blank.body).contains("baseline = &quot;history&quot;"))
        }
    }

    @Test func theResultPagePollsWhileLiveThenShowsDownloads() async throws {
        let gate = Gate()
        try await TestServer(workbench: StandInWorkbench(gate: gate)).test { client in
            let id = try #require(
                try await client.send(.post, "/api/runs", body: #"{"scenario": "history"}"#).json["id"] as? Int)
            let live = String(buffer: try await client.execute(uri: "/runs/\(id)", method: .get).body)
            #expect(live.contains("/api/runs/\(id)/cancel"))
            #expect(live.contains("poll()"))
            gate.open()
            _ = try await client.waitForEnd(of: id)
            let done = String(buffer: try await client.execute(uri: "/runs/\(id)", method: .get).body)
            #expect(!done.contains("poll()"))
            #expect(done.contains(#"href="/api/runs/\#(id)/files/result.csv""#))
            #expect(
                done.contains("No PDF of the report: no engine &lt;here&gt;."), "the reason there is no PDF, escaped")
        }
    }

    @Test func aRunThatStartsBeforeTheFittedYearsSaysSoOnItsPage() async throws {
        try await TestServer(workbench: StandInWorkbench()).test { client in
            let early = try #require(
                try await client.send(.post, "/api/runs", body: #"{"scenario": "history", "from": 1990}"#)
                    .json["id"] as? Int)
            let fitted = try #require(
                try await client.send(.post, "/api/runs", body: #"{"scenario": "history", "from": 2000}"#)
                    .json["id"] as? Int)
            let earlyPage = String(buffer: try await client.execute(uri: "/runs/\(early)", method: .get).body)
            let fittedPage = String(buffer: try await client.execute(uri: "/runs/\(fitted)", method: .get).body)
            #expect(earlyPage.contains(#"id="startCaveat">starts in 1990 &lt;early&gt;"#), "the warning, escaped")
            #expect(!fittedPage.contains("startCaveat"))
        }
    }
}

/// The editor's instrument form and the vocabulary it is built from.
@Suite struct InstrumentFormTests {
    @Test func theEditorCarriesTheFormAndTheParsersVocabulary() async throws {
        try await TestServer().test { client in
            let page = String(buffer: try await client.execute(uri: "/scenarios/new", method: .get).body)
            #expect(page.contains(#"id="instrumentForm""#))
            #expect(page.contains(#""name":"manual_eradication""#))
            #expect(page.contains(#""quantity":"hectares""#))
            #expect(!page.contains("</script>\",") && !page.contains("</scr\"+"), "the JSON cannot close the script")
            let (status, json, _) = try await client.send(.get, "/api/vocabulary")
            #expect(status == .ok)
            let instruments = try #require(json["instruments"] as? [[String: Any]])
            #expect(
                instruments.contains { $0["name"] as? String == "interdiction" && $0["target"] as? String == "route" })
            #expect((json["countries"] as? [[String: Any]])?.contains { $0["code"] as? String == "PE" } == true)
            #expect((json["regions"] as? [Any])?.isEmpty == false)
            #expect(
                (json["routes"] as? [[String: Any]])?.contains { ($0["code"] as? String)?.contains(">") == true }
                    == true)
            #expect(json["payers"] as? [String] == ["host", "US", "donors"])
        }
    }
}
