import HTTPTypes
import Foundation

/// `POST /api/runs`: a bundled scenario's name or scenario text, with seed, years and ensemble size.
package struct RunRequest: Sendable {
    package var source: JobSource
    package var options: JobOptions

    static let fields: Set<String> = ["scenario", "toml", "seed", "from", "to", "ensemble"]
    /// The years a run may span (the scenario parser's and `--from`/`--to`'s range).
    static let firstYears = 1990...2030
    static let lastYears = 1991...2050

    private struct Body: Decodable {
        var scenario: String?
        var toml: String?
        var seed: UInt64?
        var from: Int?
        var to: Int?
        var ensemble: Int?
    }

    /// Reads and checks a request body; the scenario's name or text is checked against `catalog`.
    /// - Throws: `APIError` 400 for JSON that is not such an object, 422 for values out of range or a scenario
    ///   that does not parse, naming the field and the fix.
    package static func decode(_ data: Data, catalog: ScenarioCatalog, limits: ServerLimits) throws(APIError)
        -> RunRequest
    {
        guard let object = try? JSONSerialization.jsonObject(with: data), let keys = (object as? [String: Any])?.keys
        else {
            throw APIError(
                .badRequest, code: "invalidJSON", message: "the body is not a JSON object", field: "body",
                fix: #"send e.g. {"scenario": "plan-peru", "seed": 7, "to": 2040}"#)
        }
        if let unknown = keys.filter({ !fields.contains($0) }).sorted().first {
            throw APIError(
                .badRequest, code: "unknownField", message: "unknown field '\(unknown)'", field: unknown,
                fix: "use only: \(fields.sorted().joined(separator: ", "))")
        }
        // Foundation's decoder does not always name the key of a number it cannot convert: look first.
        let values = object as? [String: Any] ?? [:]
        for key in ["seed", "from", "to", "ensemble"] {
            guard let number = values[key] as? Double else { continue }
            if number != number.rounded() || (key == "seed" && number < 0) {
                throw APIError(
                    .badRequest, code: "wrongType", message: "field '\(key)' has the wrong type", field: key,
                    fix: "give a whole number" + (key == "seed" ? " of 0 or more" : ""))
            }
        }
        let body: Body
        do {
            body = try JSONDecoder().decode(Body.self, from: data)
        } catch let error as DecodingError {
            let field = Self.field(of: error)
            throw APIError(
                .badRequest, code: "wrongType", message: "field '\(field)' has the wrong type", field: field,
                fix: field == "scenario" || field == "toml"
                    ? "give a string" : "give a whole number (seed: 0 or more)")
        } catch {
            throw APIError(
                .badRequest, code: "invalidJSON", message: "the body is not valid JSON", field: "body",
                fix: "send a JSON object")
        }
        let source: JobSource
        switch (body.scenario, body.toml) {
        case (let name?, nil):
            guard let named = catalog.source(of: name) else {
                var error = ScenarioCatalog.unknown(name, among: catalog.names, field: "scenario")
                error = APIError(
                    .unprocessableContent, code: error.code, message: error.message, field: "scenario", fix: error.fix)
                throw error
            }
            source = named
        case (nil, let text?):
            if case .failure(let problem) = catalog.validate(text: text) {
                throw APIError(
                    .unprocessableContent, code: problem.code, message: problem.message,
                    field: problem.field == "toml" ? "toml" : "toml." + problem.field, fix: problem.fix,
                    line: problem.line)
            }
            source = .text(text)
        default:
            throw APIError(
                .unprocessableContent, code: "scenarioRequired",
                message: body.scenario == nil
                    ? "neither scenario nor toml was given" : "both scenario and toml were given",
                field: "scenario", fix: "give either scenario (a bundled name) or toml (scenario text), not both")
        }
        if let from = body.from, !firstYears.contains(from) {
            throw outOfRange("from", from, firstYears)
        }
        if let to = body.to, !lastYears.contains(to) {
            throw outOfRange("to", to, lastYears)
        }
        if let from = body.from, let to = body.to, from >= to {
            throw APIError(
                .unprocessableContent, code: "emptyRange", message: "from \(from) is not before to \(to)", field: "to",
                fix: "give a last year after the first")
        }
        if let members = body.ensemble, !(1...limits.maxEnsemble).contains(members) {
            throw outOfRange("ensemble", members, 1...limits.maxEnsemble)
        }
        return RunRequest(
            source: source, options: JobOptions(seed: body.seed, from: body.from, to: body.to, ensemble: body.ensemble))
    }

    static func outOfRange(_ field: String, _ value: Int, _ range: ClosedRange<Int>) -> APIError {
        APIError(
            .unprocessableContent, code: "outOfRange",
            message: "\(field) \(value) is outside \(range.lowerBound) to \(range.upperBound)", field: field,
            fix: "give \(field) from \(range.lowerBound) to \(range.upperBound), or leave it out")
    }

    static func field(of error: DecodingError) -> String {
        let context: DecodingError.Context
        switch error {
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .dataCorrupted(let c): context = c
        case .keyNotFound(let key, _): return key.stringValue
        @unknown default: return "body"
        }
        return context.codingPath.first?.stringValue ?? "body"
    }
}
