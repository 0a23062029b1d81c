import BalloonModel
import Foundation

/// The JSON summary file of a single run, `NAME.summary.json` (schema `balloon.run-summary/1`, docs/outputs.md):
/// headline rows plus every non-zero series keyed `indicator|place`. One Codable type writes and reads it.
public struct SummaryJSON: Sendable, Codable, Equatable {
    public static let currentSchema = "balloon.run-summary/1"

    /// One row of the console table.
    public struct Headline: Sendable, Codable, Equatable {
        public var label: String
        public var indicator: String
        public var place: String
        public var unit: String
        public var years: [Int]
        /// nil where the year was not simulated or the value is not finite.
        public var values: [Double?]
    }

    /// One series: its unit and one value per year of `years` (nil where not finite).
    public struct Series: Sendable, Codable, Equatable {
        public var unit: String
        public var values: [Double?]
    }

    public var schema: String
    public var modelVersion: String
    /// The scenario's name as given on the command line.
    public var scenario: String
    public var seed: UInt64
    public var currency: String
    public var years: [Int]
    public var headline: [Headline]
    public var series: [String: Series]
    /// Months in which each registered numerical bound (`ModelBound`) held a value, by bound name; every
    /// bound is listed, zeros included. A bound that binds in an ordinary run marks a missing mechanism.
    /// Optional so that summaries written before bounds were counted still read.
    public var boundMonths: [String: Int]?
    /// Where, when and how the run was made (also beside the CSV in `NAME.provenance.json`).
    public var provenance: Provenance?

    enum CodingKeys: String, CodingKey {
        case schema, scenario, seed, currency, years, headline, series, provenance
        case boundMonths = "bound_months"
        case modelVersion = "model_version"
    }

    /// The summary of `results`, with the headline rows of `summary`.
    public init(
        _ results: SimulationResults, summary: RunSummary, modelVersion: String, provenance: Provenance? = nil
    ) {
        schema = Self.currentSchema
        self.modelVersion = modelVersion
        scenario = summary.scenario
        seed = summary.seed
        currency = "constant US$ of \(ModelParameters.baseYear)"
        years = results.years
        headline = summary.rows.map { row in
            Headline(
                label: row.label, indicator: row.indicator, place: row.place, unit: row.unit, years: summary.years,
                values: row.values.map { $0.flatMap(Self.finite) })
        }
        var series: [String: Series] = [:]
        for (slot, key) in results.keys.enumerated() {
            guard let values = results.series(key.indicator, key.place), values.contains(where: { $0 != 0 }) else {
                continue
            }
            series[key.fileKey] = Series(unit: results.units[slot], values: values.map(Self.finite))
        }
        self.series = series
        boundMonths = Dictionary(uniqueKeysWithValues: results.boundMonths.map { ($0.key.name, $0.value) })
        self.provenance = provenance
    }

    private static func finite(_ value: Double) -> Double? { value.isFinite ? value : nil }

    /// The file's text: sorted keys, indented, slashes unescaped.
    public func encoded() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // Plain value types with only finite numbers cannot fail to encode; "{}" would show such a bug.
        let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Why a file could not be read as a run summary.
    public struct ReadError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Reads a file written by `balloon run NAME`.
    public static func decode(_ data: Data) throws(ReadError) -> SummaryJSON {
        let summary: SummaryJSON
        do {
            summary = try JSONDecoder().decode(SummaryJSON.self, from: data)
        } catch {
            throw ReadError(description: "not a run summary: \(error)")
        }
        guard summary.schema == currentSchema else {
            throw ReadError(description: "run summary has schema '\(summary.schema)', expected '\(currentSchema)'")
        }
        return summary
    }
}
