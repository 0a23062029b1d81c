import BalloonStatistics

/// The files and console text of a finished analysis: the same bytes whether it ran in one piece or
/// was merged from shards, because both paths end here with the same spec and payload.
public struct AnalysisOutput: Sendable {
    public struct File: Sendable, Equatable {
        public let name: String
        public let contents: String
    }

    public let files: [File]
    public let console: String

    /// Renders `payload` (all runs of `spec`) into `STEM.csv`, `STEM.json` and a console table.
    /// - Throws: for sensitivity, if the analysis rejects the outputs.
    public static func render(spec: AnalysisSpec, payload: AnalysisPayload, parallelism: Parallelism = .automatic) throws -> AnalysisOutput {
        let stem = spec.outputStem
        // A payload decoded from shard files could lack the part its kind needs: say so instead of crashing.
        func missing(_ part: String) -> AnalysisError {
            AnalysisError(.notAPartialResult, field: "payload", message: "a \(spec.kind.rawValue) result without its \(part)",
                          fix: "re-run the shards with the same Balloon version, then `balloon merge` them")
        }
        let csv: String, json: String, console: String
        switch spec.kind {
        case .ensemble:
            guard let accumulation = payload.ensemble else { throw missing("ensemble accumulation") }
            let report = EnsembleReport(spec: spec, accumulation: accumulation)
            (csv, json, console) = (report.csv(), report.json(), report.table())
        case .comparison:
            guard let accumulation = payload.comparison else { throw missing("paired comparison") }
            let report = ComparisonReport(spec: spec, accumulation: accumulation)
            (csv, json, console) = (report.csv(), report.json(), report.table())
        case .sensitivity:
            guard let settings = spec.sensitivity, let outputs = payload.sensitivityOutputs else {
                throw missing("sensitivity settings and outputs")
            }
            let study = try SensitivityStudy(settings: settings)
            let report = SensitivityReport(spec: spec, result: try study.analyze(outputs: outputs, parallelism: parallelism))
            (csv, json, console) = (report.csv(), report.json(), report.table())
        }
        return AnalysisOutput(files: [File(name: stem + ".csv", contents: csv), File(name: stem + ".json", contents: json)], console: console)
    }
}
