import BalloonServer
import BalloonStore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@testable import balloon

/// Jobs through the command line's own runner: the files `balloon run` writes, the HTML report, ensembles with
/// progress, and scenario text.
@Suite struct RealWorkbenchTests {
    @Test func aSingleRunWritesTheRunsFilesAndItsReport() async throws {
        try await TestServer(workbench: ServeWorkbench()).test { client in
            let (status, json, _) = try await client.send(
                .post, "/api/runs", body: #"{"scenario": "history", "to": 2000}"#)
            #expect(status == .accepted, "\(json)")
            let done = try await client.waitForEnd(of: try #require(json["id"] as? Int), seconds: 120)
            #expect(done["status"] as? String == "finished", "\(done)")
            let names = (done["files"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
            for name in ["history.csv", "history.summary.json", "report_history.html"] {
                #expect(names.contains(name), "\(names)")
            }
            #expect(done["summary"] is [String: Any])
            let report = try await client.execute(
                uri: "/api/runs/\(done["id"]!)/files/report_history.html", method: .get)
            #expect(String(buffer: report.body).contains("<svg"))
            let page = String(buffer: try await client.execute(uri: "/runs/\(done["id"]!)", method: .get).body)
            #expect(page.contains(#"<iframe id="report""#))
        }
    }

    @Test func theReportIsPrintedToPDFWhenAnEngineIsInstalledOrTheReasonGiven() async throws {
        let engine = PDFEngine.find()
        try await TestServer(workbench: ServeWorkbench(pdf: true, engine: engine)).test { client in
            let (status, json, _) = try await client.send(
                .post, "/api/runs", body: #"{"scenario": "history", "to": 2001}"#)
            #expect(status == .accepted, "\(json)")
            let done = try await client.waitForEnd(of: try #require(json["id"] as? Int), seconds: 240)
            #expect(done["status"] as? String == "finished", "\(done)")
            let names = (done["files"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
            if engine != nil {
                #expect(names.contains("report_history.pdf"), "\(names)")
                #expect(done["pdfUnavailable"] == nil)
                let pdf = try await client.execute(
                    uri: "/api/runs/\(done["id"]!)/files/report_history.pdf", method: .get)
                #expect(pdf.headers[.contentType] == "application/pdf")
                #expect(String(buffer: pdf.body).hasPrefix("%PDF"))
            } else {
                #expect(!names.contains { $0.hasSuffix(".pdf") })
                #expect((done["pdfUnavailable"] as? String)?.contains("install") == true)
            }
        }
        let without = ServeWorkbench(pdf: true, engine: nil)
        #expect(without.pdfUnavailable?.contains("restart balloon serve") == true)
        #expect(ServeWorkbench(pdf: false).pdfUnavailable?.contains("--no-pdf") == true)
    }

    @Test func anEnsembleReportsItsMembersAsProgress() async throws {
        try await TestServer(workbench: ServeWorkbench()).test { client in
            let (status, json, _) = try await client.send(
                .post, "/api/runs", body: #"{"scenario": "history", "to": 2002, "ensemble": 3}"#)
            #expect(status == .accepted, "\(json)")
            let done = try await client.waitForEnd(of: try #require(json["id"] as? Int), seconds: 180)
            #expect(done["status"] as? String == "finished", "\(done)")
            #expect(done["kind"] as? String == "ensemble")
            let names = (done["files"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
            #expect(names.contains("history.ensemble.json"), "\(names)")
            #expect(names.contains { $0.hasPrefix("report_") })
        }
    }

    @Test func scenarioTextIsRunAndOfferedForDownload() async throws {
        try await TestServer(workbench: ServeWorkbench()).test { client in
            let text = #"name = \"mine\"\ndescription = \"a test\"\nbaseline = \"history\"\n"#
            let (status, json, _) = try await client.send(
                .post, "/api/runs", body: #"{"toml": "\#(text)", "to": 2002}"#)
            #expect(status == .accepted, "\(json)")
            let done = try await client.waitForEnd(of: try #require(json["id"] as? Int), seconds: 120)
            #expect(done["status"] as? String == "finished", "\(done)")
            #expect(done["scenarios"] as? [String] == ["mine"])
            let names = (done["files"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
            #expect(names.first == "scenario.toml")
            #expect(names.contains("mine.csv"))
        }
    }

    /// The real workbench warns for a start before the fitted years, as `balloon run` does, and not from 2000.
    @Test func theRealWorkbenchWarnsForAStartBeforeTheFittedYears() {
        let workbench = ServeWorkbench()
        let early = try? #require(workbench.startCaveat(startYear: 1990))
        #expect(early?.contains("starts in 1990, before 2000") == true, "\(early ?? "no warning")")
        #expect(workbench.startCaveat(startYear: 2000) == nil, "2000 is the first fitted year")
    }
}
