import Foundation

/// What one shard of a numbered run produced: member distributions (ensemble, comparison) or model
/// outputs in run order (sensitivity). Payloads of disjoint shards merge exactly.
///
/// In a shard file it is an object with a `kind` (`ensemble`, `comparison` or `sensitivity`) and one field of
/// that name holding the data, e.g. `{"kind": "sensitivity", "sensitivity": [0.1, 0.2]}`.
package enum AnalysisPayload: Sendable, Equatable {
    case ensemble(EnsembleAccumulation)
    case comparison(ComparisonAccumulation)
    /// Sensitivity: the model output of each run of the slice, in run order.
    case sensitivity([Double])

    /// The analysis kind this payload belongs to.
    package var kind: AnalysisSpec.Kind {
        switch self {
        case .ensemble: .ensemble
        case .comparison: .comparison
        case .sensitivity: .sensitivity
        }
    }

    /// Adds the payload of other runs of the same kind: member distributions in any order; sensitivity
    /// outputs are appended, so add those in run order. A payload of another kind is ignored
    /// (`isMergeable(with:)` says whether to merge).
    mutating func merge(_ other: AnalysisPayload) {
        switch (self, other) {
        case (.ensemble(var mine), .ensemble(let theirs)):
            mine.merge(theirs)
            self = .ensemble(mine)
        case (.comparison(var mine), .comparison(let theirs)):
            mine.merge(theirs)
            self = .comparison(mine)
        case (.sensitivity(let mine), .sensitivity(let theirs)):
            self = .sensitivity(mine + theirs)
        default:
            break
        }
    }

    /// Whether `other` has the same kind and layout (series, years, scenarios), so that `merge` may add it.
    func isMergeable(with other: AnalysisPayload) -> Bool {
        switch (self, other) {
        case (.ensemble(let mine), .ensemble(let theirs)):
            mine.years == theirs.years && mine.keys == theirs.keys
        case (.comparison(let mine), .comparison(let theirs)):
            mine.years == theirs.years && mine.series == theirs.series
                && mine.thresholdPercent == theirs.thresholdPercent
                && mine.contrasts.map(\.scenario) == theirs.contrasts.map(\.scenario)
        case (.sensitivity, .sensitivity):
            true
        default:
            false
        }
    }

    /// How many numbered runs the payload holds.
    var runCount: Int {
        switch self {
        case .ensemble(let accumulation): accumulation.members
        case .comparison(let accumulation): accumulation.members
        case .sensitivity(let outputs): outputs.count
        }
    }

    /// Whether the payload is of `kind` and obeys its invariants.
    func isConsistent(with kind: AnalysisSpec.Kind) -> Bool {
        guard kind == self.kind else { return false }
        switch self {
        case .ensemble(let accumulation): return accumulation.isConsistent
        case .comparison(let accumulation): return accumulation.isConsistent
        case .sensitivity(let outputs): return outputs.allSatisfy(\.isFinite)
        }
    }
}

extension AnalysisPayload: Codable {
    private enum CodingKeys: String, CodingKey {
        case kind, ensemble, comparison, sensitivity
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try container.decode(AnalysisSpec.Kind.self, forKey: .kind)
        switch kind {
        case .ensemble: self = .ensemble(try container.decode(EnsembleAccumulation.self, forKey: .ensemble))
        case .comparison: self = .comparison(try container.decode(ComparisonAccumulation.self, forKey: .comparison))
        case .sensitivity: self = .sensitivity(try container.decode([Double].self, forKey: .sensitivity))
        }
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        switch self {
        case .ensemble(let accumulation): try container.encode(accumulation, forKey: .ensemble)
        case .comparison(let accumulation): try container.encode(accumulation, forKey: .comparison)
        case .sensitivity(let outputs): try container.encode(outputs, forKey: .sensitivity)
        }
    }
}

/// A shard's result file (`STEM.shard-K-of-N.json`): schema version, the full run spec, which slice
/// it covers, and its payload. `balloon merge` checks all of it before combining.
package struct PartialResult: Sendable, Codable, Equatable {
    /// Version 2: the payload is an object with a `kind` and that kind's data (version 1 had three optional fields).
    package static let currentSchema = "balloon.partial-result/2"

    package var schema: String
    package var spec: AnalysisSpec
    package var shard: Shard
    /// The runs covered: `shard.range(of: spec.runs)`.
    package var firstRun: Int
    package var endRun: Int
    package var payload: AnalysisPayload

    package init(spec: AnalysisSpec, shard: Shard, payload: AnalysisPayload) {
        schema = Self.currentSchema
        self.spec = spec
        self.shard = shard
        let range = shard.range(of: spec.runs)
        firstRun = range.lowerBound
        endRun = range.upperBound
        self.payload = payload
    }

    /// The file name for this shard: `STEM.shard-K-of-N.json`.
    package var fileName: String { "\(spec.outputStem).\(shard.label).json" }

    /// Compact JSON: doubles are written in their shortest round-trip form, so values read back exactly.
    package func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}
