import BalloonStatistics

/// The files and console text of a finished analysis: the same bytes whether it ran in one piece or
/// was merged from shards, because both paths end here with the same spec and payload.
package struct AnalysisOutput: Sendable {
    package struct File: Sendable, Equatable {
        package let name: String
        package let contents: String
    }

    package let files: [File]
    package let console: String

    /// Renders `payload` (all runs of `spec`) into `STEM.csv`, `STEM.json` and a console table.
    /// - Throws: for sensitivity, if the analysis rejects the outputs.
    package static func render(spec: AnalysisSpec, payload: AnalysisPayload, parallelism: Parallelism = .automatic)
        throws -> AnalysisOutput
    {
        let stem = spec.outputStem
        // A payload decoded from shard files could be of another kind than its spec: say so instead of crashing.
        func mismatch(_ part: String) -> AnalysisError {
            AnalysisError(
                .notAPartialResult, field: "payload",
                message: "a \(spec.kind.rawValue) run with a \(payload.kind.rawValue) payload\(part)",
                fix: "re-run the shards with the same Balloon version, then `balloon merge` them")
        }
        let csv: String, json: String, console: String
        switch payload {
        case .ensemble(let accumulation):
            guard spec.kind == .ensemble else { throw mismatch("") }
            let report = EnsembleReport(spec: spec, accumulation: accumulation)
            (csv, json, console) = (report.csv(), report.json(), report.table())
        case .comparison(let accumulation):
            guard spec.kind == .comparison else { throw mismatch("") }
            let report = ComparisonReport(spec: spec, accumulation: accumulation)
            (csv, json, console) = (report.csv(), report.json(), report.table())
        case .sensitivity(let outputs):
            guard spec.kind == .sensitivity, let settings = spec.sensitivity else {
                throw mismatch(spec.kind == .sensitivity ? " but no sensitivity settings" : "")
            }
            let study = try SensitivityStudy(settings: settings)
            let report = SensitivityReport(
                spec: spec, result: try study.analyze(outputs: outputs, parallelism: parallelism))
            (csv, json, console) = (report.csv(), report.json(), report.table())
        }
        return AnalysisOutput(
            files: [File(name: stem + ".csv", contents: csv), File(name: stem + ".json", contents: json)],
            console: console)
    }
}
