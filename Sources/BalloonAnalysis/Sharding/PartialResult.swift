import Foundation

/// What one shard of a numbered run produced: member distributions (ensemble, comparison) or model
/// outputs in run order (sensitivity). Payloads of disjoint shards merge exactly.
public struct AnalysisPayload: Sendable, Codable, Equatable {
    public var ensemble: EnsembleAccumulation?
    public var comparison: ComparisonAccumulation?
    /// Sensitivity: the model output of each run of the slice, in run order.
    public var sensitivityOutputs: [Double]?

    public init(ensemble: EnsembleAccumulation? = nil, comparison: ComparisonAccumulation? = nil, sensitivityOutputs: [Double]? = nil) {
        self.ensemble = ensemble
        self.comparison = comparison
        self.sensitivityOutputs = sensitivityOutputs
    }

    /// Adds the payload of other runs: member distributions in any order; sensitivity outputs are
    /// appended, so add those in run order.
    mutating func merge(_ other: AnalysisPayload) {
        if let next = other.ensemble { ensemble?.merge(next) }
        if let next = other.comparison { comparison?.merge(next) }
        if let next = other.sensitivityOutputs { sensitivityOutputs?.append(contentsOf: next) }
    }

    /// Whether `other` has the same layout (series, years, scenarios), so that `merge` may add it.
    func isMergeable(with other: AnalysisPayload) -> Bool {
        if let mine = ensemble, let theirs = other.ensemble {
            return mine.years == theirs.years && mine.keys == theirs.keys
        }
        if let mine = comparison, let theirs = other.comparison {
            return mine.years == theirs.years && mine.series == theirs.series && mine.thresholdPercent == theirs.thresholdPercent
                && mine.contrasts.map(\.scenario) == theirs.contrasts.map(\.scenario)
        }
        return sensitivityOutputs != nil && other.sensitivityOutputs != nil
    }

    /// How many numbered runs the payload holds.
    var runCount: Int? {
        ensemble?.members ?? comparison?.members ?? sensitivityOutputs?.count
    }

    /// Whether the payload is of `kind` and obeys its invariants.
    func isConsistent(with kind: AnalysisSpec.Kind) -> Bool {
        switch kind {
        case .ensemble: ensemble?.isConsistent == true && comparison == nil && sensitivityOutputs == nil
        case .comparison: comparison?.isConsistent == true && ensemble == nil && sensitivityOutputs == nil
        case .sensitivity: sensitivityOutputs?.allSatisfy(\.isFinite) == true && ensemble == nil && comparison == nil
        }
    }
}

/// A shard's result file (`STEM.shard-K-of-N.json`): schema version, the full run spec, which slice
/// it covers, and its payload. `balloon merge` checks all of it before combining.
public struct PartialResult: Sendable, Codable, Equatable {
    public static let currentSchema = "balloon.partial-result/1"

    public var schema: String
    public var spec: AnalysisSpec
    public var shard: Shard
    /// The runs covered: `shard.range(of: spec.runs)`.
    public var firstRun: Int
    public var endRun: Int
    public var payload: AnalysisPayload

    public init(spec: AnalysisSpec, shard: Shard, payload: AnalysisPayload) {
        schema = Self.currentSchema
        self.spec = spec
        self.shard = shard
        let range = shard.range(of: spec.runs)
        firstRun = range.lowerBound
        endRun = range.upperBound
        self.payload = payload
    }

    /// The file name for this shard: `STEM.shard-K-of-N.json`.
    public var fileName: String { "\(spec.outputStem).\(shard.label).json" }

    /// Compact JSON: doubles are written in their shortest round-trip form, so values read back exactly.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}
