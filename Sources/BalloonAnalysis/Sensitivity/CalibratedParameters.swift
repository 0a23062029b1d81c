import BalloonModel
import BalloonStatistics
import Foundation

/// Which parameters a sensitivity analysis varies, and over what.
///
/// The calibrated parameters are the names that appear in the posterior draws. Each is varied
/// uniformly over its `ParameterCatalog` range, unless the posterior file carries a prior for it
/// under `"priors"` (a list of `NamedPrior`, e.g. `{"name": "profit_elasticity", "prior":
/// {"uniform": {"lower": 0.1, "upper": 0.6}}}`). While the bundled posterior is a placeholder that
/// names no parameter, `defaultNames` is used.
package enum CalibratedParameters {
    /// The dozen most uncertain parameters (priors with wide ranges in docs/parameters.md), used
    /// until a calibrated posterior names its own. Replace this list, and only this one, to change them.
    package static let defaultNames = [
        "profit_elasticity", "spray_kill_share", "manual_kill_share", "forced_replant_probability",
        "displacement_share", "planting_adjustment_months", "eradication_risk_weight", "interdiction_efficiency",
        "route_choice_sensitivity", "demand_elasticity", "source_price_adjustment", "armed_presence_effect",
    ]

    /// The parameter names in `posterior`'s draws, in catalog order; `defaultNames` if it names none.
    package static func names(in posterior: ParameterEnsemble?) -> [String] {
        let named = Set(posterior?.draws.flatMap(\.values.keys) ?? [])
        guard !named.isEmpty else { return defaultNames }
        return ParameterCatalog.all.map(\.name).filter(named.contains)
    }

    /// One prior per name: the one in `filePriors` if given, else uniform over the catalog range.
    /// - Throws: `AnalysisError` naming `--parameters` for an unknown name or an empty range.
    package static func priors(for names: [String], filePriors: [NamedPrior] = []) throws(AnalysisError) -> [NamedPrior]
    {
        var priors: [NamedPrior] = []
        for name in names {
            if let given = filePriors.first(where: { $0.name == name }) {
                priors.append(given)
                continue
            }
            guard let descriptor = ParameterCatalog.descriptor(named: name) else {
                throw AnalysisError(
                    .invalidOption, field: "--parameters", message: "unknown parameter '\(name)'",
                    fix: AnalysisError.closestName(for: name, among: ParameterCatalog.all.map(\.name))
                        .map { "did you mean '\($0)'? (`balloon parameters` lists them all)" }
                        ?? "run `balloon parameters` for the names")
            }
            guard descriptor.range.lowerBound < descriptor.range.upperBound else {
                throw AnalysisError(
                    .invalidOption, field: "--parameters",
                    message: "parameter '\(name)' has a fixed value, so there is nothing to vary",
                    fix: "leave it out of --parameters")
            }
            priors.append(
                NamedPrior(name, .uniform(lower: descriptor.range.lowerBound, upper: descriptor.range.upperBound)))
        }
        return priors
    }

    /// The `"priors"` list of the bundled posterior file, or none.
    package static func bundledPriors() -> [NamedPrior] {
        struct PriorsOnly: Decodable { let priors: [NamedPrior]? }
        guard let url = Bundle.module.url(forResource: "posterior", withExtension: "json", subdirectory: "Resources"),
            let data = try? Data(contentsOf: url),
            let file = try? JSONDecoder().decode(PriorsOnly.self, from: data)
        else { return [] }
        return file.priors ?? []
    }
}
