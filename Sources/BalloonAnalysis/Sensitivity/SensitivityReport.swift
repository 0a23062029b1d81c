import BalloonStatistics

/// The outputs of a sensitivity analysis: indices per parameter with confidence intervals, as CSV,
/// JSON and a console table ranked by importance.
package struct SensitivityReport: Sendable {
    package let spec: AnalysisSpec
    package let result: SensitivityResult

    package init(spec: AnalysisSpec, result: SensitivityResult) {
        self.spec = spec
        self.result = result
    }

    /// One parameter's statistics in output order: (statistic name, value).
    var rows: [(parameter: String, statistics: [(String, Double)])] {
        switch result {
        case .sobol(let sobol):
            return sobol.indices.map { index in
                (
                    index.name,
                    [
                        ("first_order", index.firstOrder), ("first_order_conf", index.firstOrderConfidence),
                        ("first_order_low", index.firstOrderInterval.lower),
                        ("first_order_high", index.firstOrderInterval.upper),
                        ("total_order", index.totalOrder), ("total_order_conf", index.totalOrderConfidence),
                        ("total_order_low", index.totalOrderInterval.lower),
                        ("total_order_high", index.totalOrderInterval.upper),
                    ]
                )
            }
        case .morris(let morris):
            return morris.effects.map { effect in
                (
                    effect.name,
                    [
                        ("mu", effect.mu), ("mu_star", effect.muStar), ("sigma", effect.sigma),
                        ("mu_star_conf", effect.muStarConfidence), ("mu_star_low", effect.muStarInterval.lower),
                        ("mu_star_high", effect.muStarInterval.upper),
                    ]
                )
            }
        }
    }

    private var settings: SensitivitySettings { spec.sensitivity! }

    /// Tidy CSV: `scenario,indicator,place,year,parameter,statistic,value`.
    package func csv() -> String {
        let target = settings.target
        let prefix =
            "\(AnalysisText.csvField(spec.scenarios[0])),\(target.indicator),\(AnalysisText.csvField(target.place)),\(target.year),"
        var lines = ["scenario,indicator,place,year,parameter,statistic,value"]
        for row in rows {
            for (statistic, value) in row.statistics {
                lines.append(prefix + "\(row.parameter),\(statistic),\(AnalysisText.number(value))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The JSON document (schema `balloon.sensitivity/1`, docs/analysis.md).
    package func json() -> String {
        struct Parameter: Encodable {
            let name: String, prior: Prior, statistics: [String: Double?]
        }
        struct Document: Encodable {
            let schema = "balloon.sensitivity/1"
            let modelVersion: String, scenario: String, method: String, output: SensitivityTarget, runs: Int,
                seed: UInt64
            let design: String, confidenceLevel: Double, bootstrapResamples: Int, outputMean: Double?,
                outputVariance: Double?
            let parameters: [Parameter]
            enum CodingKeys: String, CodingKey {
                case schema, scenario, method, output, runs, seed, design, parameters
                case modelVersion = "model_version", confidenceLevel = "confidence_level"
                case bootstrapResamples = "bootstrap_resamples", outputMean = "output_mean", outputVariance =
                    "output_variance"
            }
        }
        var mean: Double?, variance: Double?
        if case .sobol(let sobol) = result {
            mean = sobol.outputMean
            variance = sobol.outputVariance
        }
        let parameters = zip(settings.parameters, rows).map { prior, row in
            Parameter(
                name: row.parameter, prior: prior.prior,
                statistics: Dictionary(uniqueKeysWithValues: row.statistics.map { ($0.0, $0.1.isFinite ? $0.1 : nil) }))
        }
        return AnalysisText.json(
            Document(
                modelVersion: spec.modelVersion, scenario: spec.scenarios[0], method: settings.method.rawValue,
                output: settings.target,
                runs: spec.runs, seed: spec.seed, design: designNote, confidenceLevel: settings.confidenceLevel,
                bootstrapResamples: settings.bootstrapResamples, outputMean: mean, outputVariance: variance,
                parameters: parameters))
    }

    private var designNote: String {
        switch settings.method {
        case .sobol:
            "Saltelli design, N = \(settings.baseSamples) Sobol' points, N(k+2) runs; Saltelli (2010) first-order and Jansen total estimators; bootstrap intervals"
        case .morris:
            "Morris, r = \(settings.trajectories) trajectories on a \(settings.levels)-level grid, r(k+1) runs; bootstrap interval for mu*"
        }
    }

    /// A console table ranked by total index (Sobol') or μ* (Morris).
    package func table() -> String {
        let target = settings.target
        var lines = [
            "Sensitivity of \(target.indicator) at \(target.place) in \(target.year), scenario \(spec.scenarios[0]): "
                + "\(settings.method.rawValue), \(spec.runs) model runs, \(Int(settings.confidenceLevel * 100))% bootstrap intervals"
        ]
        let ranked: [[String]]
        let header: [String]
        switch result {
        case .sobol(let sobol):
            header = ["parameter", "S1", "S1 interval", "ST", "ST interval"]
            ranked = sobol.indices.sorted { ($0.totalOrder, $1.name) > ($1.totalOrder, $0.name) }.map {
                [
                    $0.name, AnalysisText.fixed($0.firstOrder, 3), Self.interval($0.firstOrderInterval),
                    AnalysisText.fixed($0.totalOrder, 3), Self.interval($0.totalOrderInterval),
                ]
            }
        case .morris(let morris):
            header = ["parameter", "mu*", "mu* interval", "mu", "sigma"]
            ranked = morris.rankingByMuStar.compactMap { morris[$0] }.map {
                [
                    $0.name, AnalysisText.human($0.muStar),
                    "\(AnalysisText.human($0.muStarInterval.lower))–\(AnalysisText.human($0.muStarInterval.upper))",
                    AnalysisText.signed($0.mu), AnalysisText.human($0.sigma),
                ]
            }
        }
        lines += ComparisonReport.layout(header: header + [""], rows: ranked.map { $0 + [""] })
        return lines.joined(separator: "\n")
    }

    private static func interval(_ interval: ConfidenceInterval) -> String {
        "\(AnalysisText.fixed(interval.lower, 3))–\(AnalysisText.fixed(interval.upper, 3))"
    }
}
