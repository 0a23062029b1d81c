import Foundation
import HTTPTypes

/// `POST /api/comparisons`: scenarios compared with a baseline on the same posterior draws and seeds, as
/// `balloon compare BASELINE SCENARIO… --ensemble N --threshold T` does.
package struct ComparisonRequest: Sendable {
    package var baseline: JobSource
    package var options: JobOptions

    static let fields: Set<String> = ["baseline", "scenarios", "ensemble", "threshold", "seed", "from", "to"]
    /// Scenarios one comparison may hold besides its baseline.
    static let maxScenarios = 6
    /// `balloon compare`'s defaults.
    static let defaultMembers = 100
    static let defaultThreshold = 5.0

    private struct Body: Decodable {
        var baseline: String?
        var scenarios: [String]?
        var ensemble: Int?
        var threshold: Double?
        var seed: UInt64?
        var from: Int?
        var to: Int?
    }

    /// Reads and checks a request body; every name must be one of `catalog`'s (bundled or saved).
    /// - Throws: `APIError` 400 for JSON that is not such an object or a wrong type, 422 for an unknown scenario or
    ///   a value out of range, naming the field and the fix.
    package static func decode(_ data: Data, catalog: ScenarioCatalog, limits: ServerLimits) throws(APIError)
        -> ComparisonRequest
    {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw APIError(
                .badRequest, code: "invalidJSON", message: "the body is not a JSON object", field: "body",
                fix: #"send e.g. {"baseline": "history", "scenarios": ["plan-peru"], "ensemble": 20}"#)
        }
        if let unknown = object.keys.filter({ !fields.contains($0) }).sorted().first {
            throw APIError(
                .badRequest, code: "unknownField", message: "unknown field '\(unknown)'", field: unknown,
                fix: "use only: \(fields.sorted().joined(separator: ", "))")
        }
        for key in ["seed", "from", "to", "ensemble"] {
            guard let number = object[key] as? Double else { continue }
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
            let field = RunRequest.field(of: error)
            let fix =
                switch field {
                case "baseline": "give a scenario's name"
                case "scenarios": "give a list of scenario names"
                case "threshold": "give a number of percent, e.g. 5"
                default: "give a whole number (seed: 0 or more)"
                }
            throw APIError(
                .badRequest, code: "wrongType", message: "field '\(field)' has the wrong type", field: field, fix: fix)
        } catch {
            throw APIError(
                .badRequest, code: "invalidJSON", message: "the body is not valid JSON", field: "body",
                fix: "send a JSON object")
        }
        guard let baseline = body.baseline else {
            throw APIError(
                .unprocessableContent, code: "baselineRequired", message: "no baseline was given", field: "baseline",
                fix: #"give the scenario the others are compared with, e.g. "baseline": "history""#)
        }
        let names = catalog.names
        let baselineSource = try source(baseline, field: "baseline", catalog: catalog, names: names)
        let scenarios = body.scenarios ?? []
        guard (1...maxScenarios).contains(scenarios.count) else {
            throw APIError(
                .unprocessableContent, code: "outOfRange",
                message: "scenarios has \(scenarios.count) names; a comparison takes 1 to \(maxScenarios)",
                field: "scenarios", fix: "give 1 to \(maxScenarios) scenario names besides the baseline")
        }
        var alternatives: [JobSource] = []
        for (index, name) in scenarios.enumerated() {
            alternatives.append(try source(name, field: "scenarios[\(index)]", catalog: catalog, names: names))
            if name == baseline || scenarios[..<index].contains(name) {
                throw APIError(
                    .unprocessableContent, code: "duplicateScenario",
                    message: "'\(name)' is given twice (as the baseline or in scenarios)", field: "scenarios[\(index)]",
                    fix: "compare each scenario once, and not with itself")
            }
        }
        if let from = body.from, !RunRequest.firstYears.contains(from) {
            throw RunRequest.outOfRange("from", from, RunRequest.firstYears)
        }
        if let to = body.to, !RunRequest.lastYears.contains(to) {
            throw RunRequest.outOfRange("to", to, RunRequest.lastYears)
        }
        if let from = body.from, let to = body.to, from >= to {
            throw APIError(
                .unprocessableContent, code: "emptyRange", message: "from \(from) is not before to \(to)", field: "to",
                fix: "give a last year after the first")
        }
        let members = body.ensemble ?? min(defaultMembers, limits.maxEnsemble)
        if !(1...limits.maxEnsemble).contains(members) {
            throw RunRequest.outOfRange("ensemble", members, 1...limits.maxEnsemble)
        }
        let threshold = body.threshold ?? defaultThreshold
        guard threshold.isFinite, threshold > 0, threshold <= 100 else {
            throw APIError(
                .unprocessableContent, code: "outOfRange", message: "threshold \(threshold) is outside 0 to 100",
                field: "threshold", fix: "give a fall in percent above 0 and at most 100, e.g. 5")
        }
        return ComparisonRequest(
            baseline: baselineSource,
            options: JobOptions(
                seed: body.seed, from: body.from, to: body.to, ensemble: members, alternatives: alternatives,
                thresholdPercent: threshold))
    }

    private static func source(_ name: String, field: String, catalog: ScenarioCatalog, names: [String])
        throws(APIError) -> JobSource
    {
        guard let source = catalog.source(of: name) else {
            let error = ScenarioCatalog.unknown(name, among: names, field: field)
            throw APIError(
                .unprocessableContent, code: error.code, message: error.message, field: field, fix: error.fix)
        }
        return source
    }
}
