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
        let csv: String, json: String, console: String
        switch spec.kind {
        case .ensemble:
            let report = EnsembleReport(spec: spec, accumulation: payload.ensemble!)
            (csv, json, console) = (report.csv(), report.json(), report.table())
        case .comparison:
            let report = ComparisonReport(spec: spec, accumulation: payload.comparison!)
            (csv, json, console) = (report.csv(), report.json(), report.table())
        case .sensitivity:
            let study = try SensitivityStudy(settings: spec.sensitivity!)
            let report = SensitivityReport(spec: spec, result: try study.analyze(outputs: payload.sensitivityOutputs!, parallelism: parallelism))
            (csv, json, console) = (report.csv(), report.json(), report.table())
        }
        return AnalysisOutput(files: [File(name: stem + ".csv", contents: csv), File(name: stem + ".json", contents: json)], console: console)
    }
}
