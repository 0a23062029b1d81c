import BalloonStore
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// The workbench server: its router (JSON API, pages, `/openapi.json`) over a run store and a job queue.
package struct WorkbenchServer: Sendable {
    package let settings: ServerSettings
    package let store: any RunStore
    package let workbench: any Workbench
    package let queue: JobQueue
    let catalog: ScenarioCatalog
    /// The bundled scenarios' views (explain's summary is a few simulations' worth of work per scenario).
    let bundledViews = ComputedOnce<[ScenarioView]>()
    /// explain's summary of saved scenario texts, by text.
    let savedSummaries = SummaryCache()
    let validationCache = ComputedOnce<ValidationContent>()

    /// `filesRoot` holds one folder per job (named by the server), where its files are written.
    package init(settings: ServerSettings, store: any RunStore, workbench: any Workbench, filesRoot: URL) {
        self.settings = settings
        self.store = store
        self.workbench = workbench
        catalog = ScenarioCatalog(saved: SavedScenarios(folder: filesRoot.appendingPathComponent("saved-scenarios")))
        queue = JobQueue(store: store, workbench: workbench, limits: settings.limits, filesRoot: filesRoot)
    }

    /// Every route of the workbench, with errors as JSON and the token rule.
    package func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: ErrorMiddleware())
        router.add(middleware: TokenMiddleware(token: settings.token))
        addAPI(to: router)
        addPages(to: router)
        router.get("/openapi.json") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: OpenAPIDocument.json)))
        }
        return router
    }

    /// The application listening on the settings' host and port.
    package func application() -> some ApplicationProtocol {
        Application(
            router: router(),
            configuration: ApplicationConfiguration(
                address: .hostname(settings.host, port: settings.port), serverName: "balloon"))
    }

    /// Reads a request body up to the server's limit.
    /// - Throws: `APIError` 413 naming the limit.
    func body(of request: Request) async throws(APIError) -> Data {
        do {
            let buffer = try await request.body.collect(upTo: settings.limits.maxBodyBytes)
            return Data(buffer.readableBytesView)
        } catch {
            throw APIError(
                .contentTooLarge, code: "bodyTooLarge",
                message: "the request body is larger than \(settings.limits.maxBodyBytes) bytes", field: "body",
                fix: "send a smaller body (scenario files are a few kilobytes)")
        }
    }

    /// The validation digest's content, asked of the workbench once.
    /// - Throws: `APIError` 503 when the workbench cannot produce it (no digest bundled).
    func validationContent() throws(APIError) -> ValidationContent {
        do { return try validationCache.get { () throws -> ValidationContent in try workbench.validation() } } catch {
            let problem = workbench.problem(for: error)
            throw APIError(
                .serviceUnavailable, code: problem.code, message: problem.message, field: problem.field,
                fix: problem.fix)
        }
    }

    /// The run named by the path's `{id}`.
    func record(_ context: BasicRequestContext) throws(APIError) -> RunRecord {
        let text = context.parameters.get("id") ?? ""
        guard let id = RunID(parsing: text) else {
            throw APIError(
                .badRequest, code: "invalidId", message: "'\(text)' is not a run id", field: "id",
                fix: "use a positive whole number from GET /api/runs")
        }
        let record: RunRecord?
        do { record = try store.run(id) } catch { throw APIError(storeError: error) }
        guard let record else { throw APIError.unknownRun(id) }
        return record
    }

    /// The run's view with its live progress and (finished) summary.
    /// `withSummary: false` skips reading and decoding the stored summary (the result page does not show it).
    func view(_ record: RunRecord, reused: Bool = false, withSummary: Bool = true) async throws(APIError) -> RunView {
        let summary: String?
        do { summary = withSummary && record.status == .finished ? try store.summary(of: record.id) : nil } catch {
            throw APIError(storeError: error)
        }
        return RunView(
            record, progress: await queue.progress(of: record.id), summary: summary, reused: reused,
            pdfUnavailable: workbench.pdfUnavailable)
    }
}
