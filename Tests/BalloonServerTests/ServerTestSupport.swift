import BalloonServer
import BalloonStore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore

/// A workbench that computes nothing: a job writes one small file, optionally after waiting at a gate the test
/// opens, so queue, cancel and time-limit behaviour can be driven step by step.
final class StandInWorkbench: Workbench, @unchecked Sendable {
    let gate: Gate?

    init(gate: Gate? = nil) { self.gate = gate }

    var modelVersion: String { "test" }

    var pdfUnavailable: String? { "no engine <here>" }

    func startCaveat(startYear: Int) -> String? { startYear < 2000 ? "starts in \(startYear) <early>" : nil }

    func explain(_ reference: String) throws -> String { "summary of \(reference)" }

    func problem(for error: any Error) -> JobProblem {
        JobProblem(code: "standIn", message: "\(error)", field: "scenario", fix: "none")
    }

    /// Counts its calls, so tests see the server ask once.
    let validationCalls = Counter()

    func validation() throws -> ValidationContent {
        validationCalls.increment()
        return ValidationContent(
            status: ["The model reproduces 1 of 2 emergent facts."], current: false, command: "balloon validate <&>",
            ledger: .object(["schema": .string("balloon.fact-ledger/1")]),
            html: #"<table id="table-facts"><tr><td>E1</td></tr></table>"#)
    }

    func prepare(_ job: JobSpec) throws -> PreparedJob {
        let inputs = RunKey.Inputs(
            kind: !job.alternatives.isEmpty ? .comparison : job.ensemble == nil ? .run : .ensemble,
            scenarios: ([job.reference] + job.alternatives).map {
                ScenarioSource(name: URL(fileURLWithPath: $0).lastPathComponent, text: "")
            },
            configurationHashes: [], modelCommit: "unknown", dataAndParameterHash: "test", posteriorFingerprint: "test",
            seed: job.seed ?? 1,
            options: RunOptions(
                ensembleSize: job.ensemble, startYear: job.from ?? 1990, endYear: job.to ?? 2040,
                thresholdPercent: job.thresholdPercent))
        let gate = self.gate
        let folder = job.folder
        return PreparedJob(inputs: inputs, units: 1) { progress in
            gate?.wait()
            let file = folder.appendingPathComponent("result.csv")
            try Data("year,value\n2000,1\n".utf8).write(to: file)
            progress(1)
            return RunOutputs(summaryJSON: #"{"ok": true}"#, files: [file.path])
        }
    }
}

/// A count shared across threads.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.withLock { count } }
    func increment() { lock.withLock { count += 1 } }
}

/// A door jobs wait at until the test opens it.
final class Gate: @unchecked Sendable {
    private let semaphore = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var isOpen = false

    func wait() {
        if lock.withLock({ isOpen }) { return }
        semaphore.wait()
        semaphore.signal()
    }

    func open() {
        lock.withLock { isOpen = true }
        semaphore.signal()
    }
}

/// A server over a fresh temporary store, tested in process through Hummingbird's router test client.
struct TestServer {
    let server: WorkbenchServer
    let store: any RunStore
    let folder: URL

    /// `storeURL`: a PostgreSQL store's URL; nil for a fresh SQLite file.
    init(
        workbench: any Workbench = StandInWorkbench(), limits: ServerLimits = .init(), token: String? = nil,
        storeURL: String? = nil
    ) throws {
        folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("balloon-serve-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        store =
            try storeURL.map { try PostgresRunStore(url: $0) }
            ?? SQLiteRunStore(path: folder.appendingPathComponent("runs.sqlite").path)
        server = WorkbenchServer(
            settings: ServerSettings(token: token, limits: limits), store: store, workbench: workbench,
            filesRoot: folder.appendingPathComponent("files"))
    }

    func test<Value>(_ body: @Sendable (any TestClientProtocol) async throws -> Value) async throws -> Value {
        try await Application(router: server.router()).test(.router, body)
    }
}

extension TestClientProtocol {
    /// Sends `body` (text) and returns the status, the parsed JSON object (if any) and the raw response.
    @discardableResult
    func send(
        _ method: HTTPRequest.Method, _ uri: String, body: String? = nil, headers: HTTPFields = [:]
    ) async throws -> (status: HTTPResponse.Status, json: [String: Any], response: TestResponse) {
        let response = try await execute(
            uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) })
        let object =
            (try? JSONSerialization.jsonObject(with: Data(response.body.readableBytesView))) as? [String: Any] ?? [:]
        return (response.status, object, response)
    }

    /// Polls a run until it is final (or `seconds` pass); returns its last JSON.
    func waitForEnd(of id: Int, seconds: Double = 20) async throws -> [String: Any] {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            let (_, json, _) = try await send(.get, "/api/runs/\(id)")
            let status = json["status"] as? String ?? ""
            if ["finished", "failed", "cancelled"].contains(status) || Date() > deadline { return json }
            try await Task.sleep(for: .milliseconds(20))
        }
    }
}

extension Dictionary where Key == String, Value == Any {
    /// The `error` object's fields of an error answer.
    var error: [String: Any] { self["error"] as? [String: Any] ?? [:] }
}
