import BalloonModel
import BalloonScenario
import Foundation

/// A small digest of `balloon validate` on the shipped posterior, stored beside it
/// (Resources/validation-summary.json) so that single runs and reports can state the validation status without
/// rerunning the ensemble. It names the posterior and parameter catalog it was computed with; a digest of another
/// posterior is not shown (`ValidationStatus`).
package struct ValidationSummary: Sendable, Codable, Equatable {
    package static let schema = "balloon.validation-summary/1"
    package static let resourceName = "validation-summary"

    /// Ensemble fit of one country's coca area against UNODC, 2000–2019.
    package struct CountryFit: Sendable, Codable, Equatable {
        package var country: String
        package var rmseLog: Double
        package var coverage90: Double
        package var meanLogBandWidth: Double?
        package var observations: Int

        enum CodingKeys: String, CodingKey {
            case country, observations
            case rmseLog = "rmse_log"
            case coverage90 = "coverage_90"
            case meanLogBandWidth = "mean_log_band_width"
        }
    }

    package var schema: String
    /// `ParameterEnsemble.fingerprint` of the posterior validated.
    package var posterior: String
    /// `ParameterCatalog.contentHash` when it was computed: a changed default or range makes it stale.
    package var parameterCatalog: String
    package var members: Int
    package var command: String
    package var emergentPass: Int
    package var emergentTotal: Int
    /// Emergent facts that pass, by id.
    package var emergentPassing: [String]
    package var fit: [CountryFit]
    package var forecast: ForecastReport?
    /// `ValidationSummary.modelCheck(posterior:)` when the digest was made: a model change that moves it makes the
    /// digest stale even when the posterior file did not change (a test holds it to the model).
    package var modelCheck: [String: Double]?

    enum CodingKeys: String, CodingKey {
        case schema, posterior, members, command, fit, forecast
        case modelCheck = "model_check"
        case parameterCatalog = "parameter_catalog"
        case emergentPass = "emergent_pass"
        case emergentTotal = "emergent_total"
        case emergentPassing = "emergent_passing"
    }

    /// The digest of a ledger computed on the posterior with fingerprint `posterior`.
    package init(ledger: FactLedgerReport, posterior: String, command: String) {
        schema = Self.schema
        self.posterior = posterior
        parameterCatalog = ParameterCatalog.contentHash
        members = ledger.summary.ensembleMembers
        self.command = command
        emergentPass = ledger.summary.emergentPass
        emergentTotal = ledger.summary.emergentTotal
        emergentPassing = ledger.facts(.emergent).filter { $0.pass == true }.map(\.id)
        fit = ForecastTest.countries.compactMap { country in
            let key = SeriesKey(Indicators.cocaArea, .country(country)).fileKey
            guard let row = ledger.fit.first(where: { $0.series == key }) else { return nil }
            return CountryFit(
                country: country.name, rmseLog: row.rmseLog, coverage90: row.coverage90,
                meanLogBandWidth: row.meanLogBandWidth, observations: row.observations)
        }
        forecast = ledger.forecast
    }

    /// Coca area per country in 2000, 2010 and 2019 of the representative draw's run of `history`, keyed
    /// "CODE YEAR": a cheap fingerprint of the model's behaviour under `posterior`.
    package static func modelCheck(posterior: ParameterEnsemble) throws -> [String: Double] {
        let history = try ScenarioLibrary().resolve("history")
        let results = Simulation.run(
            try history.calibratedConfiguration(
                posterior: posterior, from: ObservedTargets.calibrationYears.lowerBound,
                to: ObservedTargets.calibrationYears.upperBound))
        var check: [String: Double] = [:]
        for country in ForecastTest.countries {
            for year in [2000, 2010, 2019] {
                check["\(country.code) \(year)"] = results.value(Indicators.cocaArea, .country(country), year: year)
            }
        }
        return check
    }

    /// Whether this digest was computed on `ensemble` with the parameter catalog and the model of this build (its
    /// model check, when it has one, is rerun: one 20-year simulation).
    package func describes(_ ensemble: ParameterEnsemble) -> Bool {
        guard posterior == ensemble.fingerprint, parameterCatalog == ParameterCatalog.contentHash else { return false }
        guard let modelCheck else { return true }
        guard let now = try? Self.modelCheck(posterior: ensemble), Set(now.keys) == Set(modelCheck.keys) else {
            return false
        }
        return now.allSatisfy { key, value in abs(value - modelCheck[key]!) <= 1e-6 * max(1, abs(value)) }
    }

    /// The file's text: sorted keys, indented.
    package func encoded() -> String { AnalysisText.json(self) }

    package static func decode(_ data: Data) throws -> ValidationSummary {
        try AnalysisText.decoder().decode(ValidationSummary.self, from: data)
    }

    /// The digest bundled beside the shipped posterior, or nil if none is (or it cannot be read).
    package static func bundled() -> ValidationSummary? { cachedBundled }

    private static let cachedBundled: ValidationSummary? = {
        guard let url = Bundle.module.url(forResource: resourceName, withExtension: "json", subdirectory: "Resources"),
            let data = try? Data(contentsOf: url)
        else { return nil }
        return try? decode(data)
    }()
}
