import BalloonModel
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

    enum CodingKeys: String, CodingKey {
        case schema, posterior, members, command, fit, forecast
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

    /// Whether this digest was computed on `ensemble` with the parameter catalog of this build.
    package func describes(_ ensemble: ParameterEnsemble) -> Bool {
        posterior == ensemble.fingerprint && parameterCatalog == ParameterCatalog.contentHash
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
