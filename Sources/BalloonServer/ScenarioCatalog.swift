import HTTPTypes
import BalloonScenario
import Foundation

/// The scenarios the server offers: the bundled ones and those saved through the workbench. A name from a request
/// is compared with these lists, never joined to a path.
package struct ScenarioCatalog: Sendable {
    let library = ScenarioLibrary()
    /// Scenarios saved through the workbench; nil when the server keeps none.
    package let saved: SavedScenarios?

    package init(saved: SavedScenarios? = nil) {
        self.saved = saved
    }

    /// Bundled names, sorted.
    package var bundledNames: [String] { library.bundledNames }

    /// Bundled names, then saved ones, each sorted.
    package var names: [String] { bundledNames + (saved?.all().map(\.name) ?? []) }

    /// Where a job takes the scenario called `name` from: the bundled file, or the saved text; nil for an unknown
    /// name.
    package func source(of name: String) -> JobSource? {
        if bundledNames.contains(name) { return .bundled(name) }
        return saved?.text(named: name).map { .text($0) }
    }

    /// The scenario called `name` (bundled or saved), its text and parsed form.
    /// - Throws: `APIError` 404 naming the closest names.
    package func scenario(named name: String) throws(APIError) -> (scenario: Scenario, text: String) {
        if bundledNames.contains(name) {
            do {
                let (text, _) = try library.read(name)
                return (try library.load(name), text)
            } catch {
                throw APIError(scenario: ScenarioProblem(error))
            }
        }
        guard let text = saved?.text(named: name) else { throw Self.unknown(name, among: names, field: "name") }
        switch validate(text: text) {
        case .success(let scenario): return (scenario, text)
        case .failure(let problem): throw APIError(scenario: problem)
        }
    }

    /// The `name` a scenario text declares, if it parses.
    static func declaredName(in text: String) -> String? {
        try? ScenarioParser.parse(text: text, file: "saved", atlas: ScenarioLibrary().atlas).name
    }

    /// Checks scenario text as the command line does, and what the server adds: its baseline must be a bundled
    /// name (a path in text sent by a client would read the server's files).
    package func validate(text: String) -> Result<Scenario, ScenarioProblem> {
        let scenario: Scenario
        do {
            scenario = try ScenarioParser.parse(text: text, file: "editor", atlas: library.atlas)
        } catch {
            return .failure(ScenarioProblem(error))
        }
        if let baseline = scenario.baseline {
            let names = bundledNames
            guard names.contains(baseline) else {
                return .failure(
                    ScenarioProblem(
                        code: "unknownScenario", message: "baseline '\(baseline)' is not a bundled scenario",
                        field: "baseline", fix: Self.suggestion(baseline, among: names),
                        line: Self.line(of: "baseline", in: text)))
            }
        }
        return .success(scenario)
    }

    static func unknown(_ name: String, among names: [String], field: String) -> APIError {
        APIError(
            .notFound, code: "unknownScenario", message: "no scenario named '\(name)'", field: field,
            fix: suggestion(name, among: names))
    }

    static func suggestion(_ name: String, among names: [String]) -> String {
        let close = names.min { editDistance(name.lowercased(), $0) < editDistance(name.lowercased(), $1) }
        if let close, editDistance(name.lowercased(), close) <= max(2, name.count / 3) {
            return "did you mean '\(close)'? (GET /api/scenarios lists them)"
        }
        return "use one of: \(names.joined(separator: ", "))"
    }

    /// The first line that sets `key` at the top level, for errors the parser does not place.
    static func line(of key: String, in text: String) -> Int? {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix(key), trimmed.dropFirst(key.count).trimmingCharacters(in: .whitespaces).hasPrefix("=")
            {
                return index + 1
            }
        }
        return nil
    }
}

/// A scenario error as the API reports it: the line, the key (as `field`), what is wrong and the fix.
package struct ScenarioProblem: Error, Codable, Sendable, Equatable {
    package var code: String
    package var message: String
    package var field: String
    package var fix: String
    package var line: Int?

    package init(code: String, message: String, field: String, fix: String, line: Int?) {
        self.code = code
        self.message = message
        self.field = field
        self.fix = fix
        self.line = line
    }

    package init(_ error: ScenarioError) {
        self.init(
            code: error.code.rawValue, message: error.message, field: error.key ?? "toml", fix: error.fix,
            line: error.line)
    }
}
