import BalloonModel
import Foundation

/// Median and 5–95% band of one series across an ensemble, year by year.
package struct SeriesBand: Sendable, Equatable {
    package var years: [Int]
    package var median: [Double]
    package var lower: [Double]
    package var upper: [Double]

    package init(years: [Int], median: [Double], lower: [Double], upper: [Double]) {
        self.years = years
        self.median = median
        self.lower = lower
        self.upper = upper
    }
}

/// The ensemble summary file `NAME.ensemble.json` (schema `balloon.ensemble/1`, docs/analysis.md): every
/// series of one scenario as median and 5–95% band over the members (MODEL.md section 5).
///
/// This one type is both what `balloon run --ensemble` writes and what `balloon report --ensemble` reads,
/// so the two cannot drift apart. Its provenance is in the sidecar `NAME.ensemble.provenance.json`, so that
/// merged shards stay byte-identical to an unsharded run.
package struct EnsembleSummary: Sendable, Codable, Equatable {
    /// The schema (and version) this type writes and reads.
    package static let currentSchema = "balloon.ensemble/1"

    /// One series: its unit and the three statistics, one value per year of `years`.
    package struct Band: Sendable, Codable, Equatable {
        package var unit: String
        package var median: [Double]
        package var p05: [Double]
        package var p95: [Double]

        package init(unit: String, median: [Double], p05: [Double], p95: [Double]) {
            self.unit = unit
            self.median = median
            self.p05 = p05
            self.p95 = p95
        }
    }

    package var schema: String
    package var modelVersion: String
    /// The scenario's name as given on the command line (a bundled name or a file's stem).
    package var scenario: String
    package var members: Int
    /// Member k used seed `seed + k`.
    package var seed: UInt64
    /// Kind, size and content hash of the parameter ensemble the members drew from.
    package var posterior: String
    package var currency: String
    /// How the statistics were computed, in words.
    package var statistics: String
    package var years: [Int]
    /// Every series that is not zero throughout, keyed `indicator|place` (`SeriesKey.fileKey`).
    package var series: [String: Band]

    enum CodingKeys: String, CodingKey {
        case schema, scenario, members, seed, posterior, currency, statistics, years, series
        case modelVersion = "model_version"
    }

    package init(
        modelVersion: String, scenario: String, members: Int, seed: UInt64, posterior: String, years: [Int],
        series: [String: Band]
    ) {
        schema = Self.currentSchema
        self.modelVersion = modelVersion
        self.scenario = scenario
        self.members = members
        self.seed = seed
        self.posterior = posterior
        currency = "constant US$ of \(ModelParameters.baseYear)"
        statistics = Self.statisticsNote
        self.years = years
        self.series = series
    }

    static let statisticsNote =
        "median, p05 and p95 over members (Hyndman-Fan type 5); member k uses posterior draw k mod draws and seed + k"

    /// The band of one series, or nil when the ensemble has no such (non-zero) series.
    package func band(_ key: SeriesKey) -> SeriesBand? {
        series[key.fileKey].map { SeriesBand(years: years, median: $0.median, lower: $0.p05, upper: $0.p95) }
    }

    /// The file's text: sorted keys, indented, non-finite numbers as `"nan"`/`"inf"`.
    package func encoded() -> String { AnalysisText.json(self) }

    /// Why a file could not be read as an ensemble summary, naming the field and how to make a good one.
    package struct ReadError: Error, CustomStringConvertible {
        package var description: String
    }

    /// Reads a file written by `balloon run NAME --ensemble N` (or `balloon merge`).
    package static func decode(_ data: Data) throws(ReadError) -> EnsembleSummary {
        let summary: EnsembleSummary
        do {
            summary = try AnalysisText.decoder().decode(EnsembleSummary.self, from: data)
        } catch {
            throw ReadError(description: "not an ensemble summary: \(AnalysisText.describe(error))")
        }
        guard summary.schema == currentSchema else {
            throw ReadError(
                description: "ensemble summary has schema '\(summary.schema)', expected '\(currentSchema)'; "
                    + "write it again with `balloon run \(summary.scenario) --ensemble N`")
        }
        guard
            summary.series.values.allSatisfy({
                $0.median.count == summary.years.count && $0.p05.count == summary.years.count
                    && $0.p95.count == summary.years.count
            })
        else {
            throw ReadError(description: "ensemble summary has a series whose length differs from 'years'")
        }
        return summary
    }
}
