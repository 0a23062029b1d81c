import BalloonScenario
import BalloonStore
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// `GET /api/scenarios` and `GET /api/scenarios/{name}`: a scenario with explain's summary.
package struct ScenarioView: Codable, Sendable {
    package var name: String
    package var description: String
    package var baseline: String?
    package var source: String
    package var summary: String
    /// The TOML text (in the single-scenario answer only).
    package var toml: String?
}

/// `POST /api/scenarios/validate`: whether the text is a valid scenario, and if not, where and how to fix it.
package struct ValidationView: Codable, Sendable {
    package var valid: Bool
    package var name: String?
    package var description: String?
    package var errors: [ScenarioProblem]
}

extension WorkbenchServer {
    func addAPI(to router: Router<BasicRequestContext>) {
        router.get("/api/scenarios") { _, _ in
            JSONBody.response(try scenarioViews())
        }
        router.get("/api/scenarios/:name") { _, context in
            let name = context.parameters.get("name") ?? ""
            return JSONBody.response(try scenarioView(name, withText: true))
        }
        router.post("/api/scenarios") { request, _ in
            let (view, replaced) = try save(try await body(of: request))
            return JSONBody.response(view, status: replaced ? .ok : .created)
        }
        router.delete("/api/scenarios/:name") { _, context in
            let name = context.parameters.get("name") ?? ""
            if catalog.bundledNames.contains(name) {
                throw APIError(
                    .conflict, code: "bundledScenario", message: "'\(name)' is bundled with Balloon", field: "name",
                    fix: "only saved scenarios can be deleted")
            }
            guard catalog.saved?.delete(name) == true else {
                throw ScenarioCatalog.unknown(name, among: catalog.saved?.all().map(\.name) ?? [], field: "name")
            }
            return Response(status: .noContent)
        }
        router.post("/api/scenarios/validate") { request, _ in
            let data = try await body(of: request)
            guard let text = String(data: data, encoding: .utf8) else {
                throw APIError(
                    .badRequest, code: "notText", message: "the body is not UTF-8 text", field: "body",
                    fix: "send the scenario's TOML text as the body (Content-Type: text/plain)")
            }
            switch catalog.validate(text: text) {
            case .success(let scenario):
                return JSONBody.response(
                    ValidationView(valid: true, name: scenario.name, description: scenario.description, errors: []))
            case .failure(let problem):
                return JSONBody.response(
                    ValidationView(valid: false, name: nil, description: nil, errors: [problem]),
                    status: .unprocessableContent)
            }
        }
        router.get("/api/vocabulary") { _, _ in
            JSONBody.response(InstrumentForm.vocabulary)
        }
        router.get("/api/validation") { _, _ in
            JSONBody.response(try validationContent())
        }
        router.get("/api/runs") { _, _ in
            do { return JSONBody.response(try store.runs(limit: 100)) } catch { throw APIError(storeError: error) }
        }
        router.post("/api/runs") { request, _ in
            let run = try RunRequest.decode(try await body(of: request), catalog: catalog, limits: settings.limits)
            switch try await queue.submit(run.source, options: run.options) {
            case .queued(let record):
                return JSONBody.response(try await view(record), status: .accepted)
            case .reused(let record):
                return JSONBody.response(try await view(record, reused: true), status: .ok)
            }
        }
        router.post("/api/comparisons") { request, _ in
            let comparison = try ComparisonRequest.decode(
                try await body(of: request), catalog: catalog, limits: settings.limits)
            switch try await queue.submit(comparison.baseline, options: comparison.options) {
            case .queued(let record):
                return JSONBody.response(try await view(record), status: .accepted)
            case .reused(let record):
                return JSONBody.response(try await view(record, reused: true), status: .ok)
            }
        }
        router.get("/api/runs/:id") { _, context in
            JSONBody.response(try await view(try record(context)))
        }
        router.post("/api/runs/:id/cancel") { _, context in
            let id = try record(context).id
            try await queue.cancel(id)
            return JSONBody.response(try await view(try record(context)))
        }
        router.get("/api/runs/:id/files/:name") { _, context in
            let run = try record(context)
            let name = context.parameters.get("name") ?? ""
            // The name is looked up among the run's own files, never joined to a path.
            guard let path = run.files.first(where: { URL(fileURLWithPath: $0).lastPathComponent == name }),
                let data = FileManager.default.contents(atPath: path)
            else {
                let names = RunView.files(of: run).map(\.name)
                throw APIError(
                    .notFound, code: "unknownFile", message: "run \(run.id) has no file '\(name)'", field: "name",
                    fix: names.isEmpty
                        ? "the run has no files (yet): see its status at /api/runs/\(run.id)"
                        : "use one of: \(names.joined(separator: ", "))")
            }
            return Response(
                status: .ok, headers: [.contentType: Self.contentType(of: name)],
                body: .init(byteBuffer: ByteBuffer(bytes: data)))
        }
    }

    /// The bundled scenarios (computed once), then the saved ones.
    func scenarioViews() throws(APIError) -> [ScenarioView] {
        var views = try bundledViews.get { () throws(APIError) -> [ScenarioView] in
            var views: [ScenarioView] = []
            for name in catalog.bundledNames { views.append(try scenarioView(name, withText: false)) }
            return views
        }
        for (name, _) in catalog.saved?.all() ?? [] { views.append(try scenarioView(name, withText: false)) }
        return views
    }

    func scenarioView(_ name: String, withText: Bool) throws(APIError) -> ScenarioView {
        let (scenario, text) = try catalog.scenario(named: name)
        let isSaved = !catalog.bundledNames.contains(name)
        let summary: String
        do {
            if isSaved, let path = catalog.saved?.path(named: name) {
                summary = try savedSummaries.get(text) { try workbench.explain(path) }
            } else {
                summary = try workbench.explain(name)
            }
        } catch {
            let problem = workbench.problem(for: error)
            throw APIError(
                .unprocessableContent, code: problem.code, message: problem.message, field: problem.field,
                fix: problem.fix)
        }
        return ScenarioView(
            name: name, description: scenario.description, baseline: scenario.baseline,
            source: isSaved ? "saved" : "bundled", summary: summary, toml: withText ? text : nil)
    }

    static func contentType(of name: String) -> String {
        switch URL(fileURLWithPath: name).pathExtension.lowercased() {
        case "csv": "text/csv; charset=utf-8"
        case "json": "application/json; charset=utf-8"
        case "html": "text/html; charset=utf-8"
        case "pdf": "application/pdf"
        case "toml": "text/plain; charset=utf-8"
        default: "application/octet-stream"
        }
    }
}
