import Foundation
import BalloonScenario
import HTTPTypes

extension WorkbenchServer {
    /// `POST /api/scenarios`: saves scenario text (the body, as `POST /api/scenarios/validate` takes it) under the
    /// name it declares, which must match `SavedScenarios.pattern` and not be a bundled name; saving it again
    /// replaces it. Returns the saved scenario and whether it replaced one.
    /// - Throws: `APIError` 400 for a body that is not text, 422 for text that does not validate or a name that
    ///   does not fit, 409 for a bundled name.
    func save(_ data: Data) throws(APIError) -> (ScenarioView, replaced: Bool) {
        guard let saved = catalog.saved else {
            throw APIError(
                .notFound, code: "notSaving", message: "this server keeps no saved scenarios", field: "path",
                fix: "run the scenario as text with POST /api/runs instead")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw APIError(
                .badRequest, code: "notText", message: "the body is not UTF-8 text", field: "body",
                fix: "send the scenario's TOML text as the body (Content-Type: text/plain)")
        }
        let scenario: Scenario
        switch catalog.validate(text: text) {
        case .success(let parsed): scenario = parsed
        case .failure(let problem): throw APIError(scenario: problem)
        }
        let name = scenario.name
        let line = ScenarioCatalog.line(of: "name", in: text)
        guard SavedScenarios.isAcceptable(name) else {
            throw APIError(
                .unprocessableContent, code: "invalidName",
                message: "'\(name)' cannot name a saved scenario", field: "name",
                fix: "use lower-case letters, digits and single hyphens, starting with a letter, at most "
                    + "\(SavedScenarios.maxLength) characters, e.g. name = \"my-plan\"",
                line: line)
        }
        if catalog.bundledNames.contains(name) {
            throw APIError(
                .conflict, code: "bundledScenario", message: "'\(name)' is the name of a bundled scenario",
                field: "name", fix: "give your scenario a name of its own, e.g. name = \"my-\(name)\"", line: line)
        }
        let replaced = try saved.save(text, as: name)
        return (try scenarioView(name, withText: true), replaced)
    }
}

/// explain's summary of scenario texts, kept by text (a saved scenario's summary changes only with its text).
final class SummaryCache: @unchecked Sendable {
    private let lock = NSLock()
    private var summaries: [String: String] = [:]
    /// Texts kept before the cache starts over.
    static let capacity = 500

    func get(_ text: String, _ compute: () throws -> String) rethrows -> String {
        if let known = lock.withLock({ summaries[text] }) { return known }
        let summary = try compute()
        lock.withLock {
            if summaries.count >= Self.capacity { summaries.removeAll() }
            summaries[text] = summary
        }
        return summary
    }
}
