import BalloonModel
import BalloonScenario
import Foundation

/// Everything that determines the result of an ensemble, comparison or sensitivity run. It is
/// written into every shard file, and `balloon merge` only combines shards whose specs are equal.
package struct AnalysisSpec: Sendable, Codable, Equatable {
    package enum Kind: String, Sendable, Codable { case ensemble, comparison, sensitivity }

    package var kind: Kind
    /// Scenario names; for a comparison the baseline comes first.
    package var scenarios: [String]
    /// Content hashes of the scenarios' configurations (see `PreparedScenario.fingerprint`).
    package var scenarioFingerprints: [String]
    package var startYear: Int
    package var endYear: Int
    /// The numbered runs: members of an ensemble or comparison, model runs of a sensitivity design.
    package var runs: Int
    /// Member k runs with seed `seed + k`; a sensitivity design runs every point with `seed`.
    package var seed: UInt64
    /// Kind, size and content hash of the parameter ensemble members draw from.
    package var posterior: String
    package var modelVersion: String
    /// Comparison only: the reduction in cocaine reaching consumers, in percent, whose probability is reported.
    package var thresholdPercent: Double?
    /// Sensitivity only: method, parameters, output and design sizes.
    package var sensitivity: SensitivitySettings?

    package init(
        kind: Kind, scenarios: [PreparedScenario], runs: Int, seed: UInt64, posterior: ParameterEnsemble?,
        modelVersion: String, thresholdPercent: Double? = nil, sensitivity: SensitivitySettings? = nil
    ) {
        precondition(!scenarios.isEmpty, "an analysis needs a scenario")
        self.kind = kind
        self.scenarios = scenarios.map(\.name)
        scenarioFingerprints = scenarios.map(\.fingerprint)
        startYear = scenarios[0].configuration.startYear
        endYear = scenarios[0].configuration.endYear
        self.runs = runs
        self.seed = seed
        self.posterior = posterior.map(Fingerprint.of) ?? "none (scenario parameters)"
        self.modelVersion = modelVersion
        self.thresholdPercent = thresholdPercent
        self.sensitivity = sensitivity
    }

    /// The stem of this run's output files: `NAME.ensemble`, `compare-BASELINE`, or
    /// `sensitivity-NAME-INDICATOR-METHOD`; shards add `.shard-K-of-N.json`.
    package var outputStem: String {
        switch kind {
        case .ensemble: "\(FileStem.make(scenarios[0])).ensemble"
        case .comparison: "compare-\(FileStem.make(scenarios[0]))"
        case .sensitivity:
            "sensitivity-\(FileStem.make(scenarios[0]))-\(sensitivity?.target.indicator ?? "output")-\(sensitivity?.method.rawValue ?? "sobol")"
        }
    }

    /// Fields in the order a difference is reported, each with the option that sets it.
    static let fieldOptions: KeyValuePairs<String, String> = [
        "kind": "the command", "modelVersion": "the Balloon version", "scenarios": "the scenario arguments",
        "scenarioFingerprints": "the scenario files' contents or --seed", "startYear": "--from", "endYear": "--to",
        "runs": "--ensemble, --samples or --trajectories", "seed": "--seed",
        "posterior": "--posterior or the bundled posterior",
        "thresholdPercent": "--threshold", "sensitivity": "the sensitivity options",
    ]

    /// The option that sets a spec field, for error messages.
    static func option(of field: String) -> String {
        fieldOptions.first { $0.key == field }?.value ?? field
    }

    /// The first field (in `fieldOptions` order) in which two specs differ, with both values as JSON text.
    package func firstDifference(from other: AnalysisSpec) -> (field: String, mine: String, theirs: String)? {
        let mine = Self.fields(of: self), theirs = Self.fields(of: other)
        let ordered = Self.fieldOptions.map(\.key)
        let rest = Set(mine.keys).union(theirs.keys).subtracting(ordered).sorted()
        for field in ordered + rest where mine[field] != theirs[field] {
            return (field, mine[field] ?? "absent", theirs[field] ?? "absent")
        }
        return nil
    }

    /// Each top-level field as canonical JSON text.
    private static func fields(of spec: AnalysisSpec) -> [String: String] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(spec),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return [:] }
        var fields: [String: String] = [:]
        for (key, value) in object {
            let text = (try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed]))
                .map { String(decoding: $0, as: UTF8.self) }
            fields[key] = text ?? "\(value)"
        }
        return fields
    }
}
