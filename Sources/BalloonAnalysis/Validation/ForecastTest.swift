import BalloonModel
import BalloonStatistics

/// The time-split forecast test of issue 10: a posterior fitted to observations up to `fitThrough` forecasts coca
/// area per country over `horizon` with no refit (history's policies are known inputs), next to two naive forecasts
/// made from the observations alone.
package struct ForecastTest: Sendable {
    package var fitThrough = 2013
    package var horizon = 2014...2019
    /// The years the log-linear trend is fitted to.
    package var trendWindow = 2009...2013
    /// Literature whose facts date from the forecast horizon: the substitution announcement (A12, SF17). Parameters
    /// citing them are set to their prior centre in a second forecast, so the forecast cannot lean on them.
    package static let horizonEvidence: Set<String> = ["SF17", "A12"]
    package static let countries: [Country] = [.colombia, .peru, .bolivia]

    package init() {}

    /// Every catalog parameter set from horizon evidence, at the centre of its prior range.
    package static func horizonParametersAtPriorCentre() -> [ForecastReport.CentredParameter] {
        LiteratureCitations.parameters(citing: horizonEvidence).map {
            ForecastReport.CentredParameter(
                name: $0.name, value: ($0.range.lowerBound + $0.range.upperBound) / 2,
                cites: LiteratureCitations.ids(in: $0.source).intersection(horizonEvidence).sorted())
        }
    }

    /// The last year `ensemble` was fitted to, from its calibration record ("2000–2013"); nil when not recorded.
    package static func lastFittedYear(_ ensemble: ParameterEnsemble) -> Int? {
        ensemble.calibration.flatMap { Int($0.calibrationYears.suffix(4)) }
    }

    /// Scores member paths against the observations: one row per country in `countries`.
    /// - Parameters:
    ///   - observed: UNODC coca area, hectares, by country and year (years after the horizon are ignored).
    ///   - members: each member's coca area by country and year, from the posterior as fitted.
    ///   - centredMembers: the same members with the horizon parameters at their prior centre.
    package func score(
        observed: [Country: [Int: Double]], members: [[Country: [Int: Double]]],
        centredMembers: [[Country: [Int: Double]]]
    ) -> [ForecastReport.Row] {
        Self.countries.map { country in
            let data = observed[country] ?? [:]
            let bands = FitArithmetic.bands(members.map { $0[country] ?? [:] })
            let centred = FitArithmetic.bands(centredMembers.map { $0[country] ?? [:] })
            return ForecastReport.Row(
                country: country.name,
                observations: FitArithmetic.observedYears(data, in: horizon).count,
                modelRmseLog: FitArithmetic.rmseLog(bands.mapValues(\.median), observed: data, years: horizon),
                modelCoverage90: FitArithmetic.coverage(bands, observed: data, years: horizon),
                modelMeanLogBandWidth: FitArithmetic.meanLogBandWidth(bands, observed: data, years: horizon),
                centredRmseLog: FitArithmetic.rmseLog(centred.mapValues(\.median), observed: data, years: horizon),
                centredCoverage90: FitArithmetic.coverage(centred, observed: data, years: horizon),
                persistenceRmseLog: NaiveForecast.persistence(data, origin: fitThrough, horizon: horizon).flatMap {
                    FitArithmetic.rmseLog($0, observed: data, years: horizon)
                },
                trendRmseLog: NaiveForecast.logLinearTrend(data, window: trendWindow, horizon: horizon).flatMap {
                    FitArithmetic.rmseLog($0, observed: data, years: horizon)
                })
        }
    }

    /// Runs `members` members of `ensemble` (member k: draw k, seed history's + k) over history to the horizon's
    /// end, as fitted and with the horizon parameters centred, and scores them.
    package func evaluate(
        history: SimulationConfiguration, ensemble: ParameterEnsemble, posteriorLabel: String,
        observed: [Country: [Int: Double]], members: Int
    ) -> ForecastReport {
        var window = history
        window.startYear = ObservedTargets.calibrationYears.lowerBound
        window.endYear = horizon.upperBound
        let base = window
        let centred = Self.horizonParametersAtPriorCentre()
        let count = max(1, members)
        let paths = parallelMap(count: count * 2, parallelism: .automatic) { index -> [Country: [Int: Double]] in
            var configuration = base
            var draw = ensemble.draw(index % count)
            if index >= count { for parameter in centred { draw.values[parameter.name] = parameter.value } }
            configuration.parameters = draw.applied(to: base.parameters)
            configuration.seed = base.seed &+ UInt64(index % count)
            return Self.cocaArea(Simulation.run(configuration))
        }
        return ForecastReport(
            fitThrough: fitThrough, horizon: "\(horizon.lowerBound)–\(horizon.upperBound)",
            trendWindow: "\(trendWindow.lowerBound)–\(trendWindow.upperBound)", posterior: posteriorLabel,
            posteriorCommand: ensemble.provenance, members: count, centredParameters: centred,
            rows: score(
                observed: observed, members: Array(paths[..<count]), centredMembers: Array(paths[count...])))
    }

    static func cocaArea(_ results: SimulationResults) -> [Country: [Int: Double]] {
        var area: [Country: [Int: Double]] = [:]
        for country in countries {
            guard let series = results.series(Indicators.cocaArea, .country(country)) else { continue }
            area[country] = Dictionary(uniqueKeysWithValues: zip(results.years, series))
        }
        return area
    }
}

/// The time-split forecast as written into the ledger (`forecast`, docs/ledger.md).
package struct ForecastReport: Sendable, Codable, Equatable {
    /// A parameter set from horizon evidence, and the prior centre it is set to in the second forecast.
    package struct CentredParameter: Sendable, Codable, Equatable {
        package var name: String
        package var value: Double
        /// The horizon evidence its catalog entry cites.
        package var cites: [String]
    }

    /// One country's forecast over the horizon, RMSE of log area against UNODC (nil when not computable).
    package struct Row: Sendable, Codable, Equatable {
        package var country: String
        package var observations: Int
        package var modelRmseLog: Double?
        package var modelCoverage90: Double?
        package var modelMeanLogBandWidth: Double?
        /// The same forecast with the horizon parameters at their prior centre.
        package var centredRmseLog: Double?
        package var centredCoverage90: Double?
        /// The last fitted year's observation carried forward.
        package var persistenceRmseLog: Double?
        /// The trend window's log-linear trend extended.
        package var trendRmseLog: Double?

        enum CodingKeys: String, CodingKey {
            case country, observations
            case modelRmseLog = "model_rmse_log"
            case modelCoverage90 = "model_coverage_90"
            case modelMeanLogBandWidth = "model_mean_log_band_width"
            case centredRmseLog = "centred_rmse_log"
            case centredCoverage90 = "centred_coverage_90"
            case persistenceRmseLog = "persistence_rmse_log"
            case trendRmseLog = "trend_rmse_log"
        }
    }

    package var fitThrough: Int
    package var horizon: String
    package var trendWindow: String
    /// Fingerprint of the forecasting posterior.
    package var posterior: String
    /// The command that made the forecasting posterior.
    package var posteriorCommand: String
    package var members: Int
    package var centredParameters: [CentredParameter]
    package var rows: [Row]

    enum CodingKeys: String, CodingKey {
        case horizon, posterior, members, rows
        case fitThrough = "fit_through"
        case trendWindow = "trend_window"
        case posteriorCommand = "posterior_command"
        case centredParameters = "centred_parameters"
    }
}
