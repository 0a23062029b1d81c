import BalloonModel
import RealModule

/// How the model's true state is seen by each source (MODEL.md section 6), and how far a run is from the data.
///
/// Each source is a biased, noisy measurement of the true coca area: log(observed) = log(true) + bias + noise.
/// UNODC is the reference (bias 0), because fit statistics are stated against it and the level is otherwise
/// unidentified. The U.S. government's bias per country is profiled out: for a given run it is the mean
/// log ratio of its estimates to the model's area (the maximum-likelihood value under Gaussian noise).
package struct MeasurementModel: Sendable {
    package var targets: ObservedTargets
    /// Weights of the distance's components (documented in docs/calibration.md).
    /// Coca area against UNODC carries the distance (weight 1); the other series refine it. With equal
    /// weights an earlier calibration traded Colombia's area path for seizures and prices.
    package var usGovernmentWeight = 0.25
    package var seizureWeight = 0.25
    package var priceWeight = 0.25

    package init(targets: ObservedTargets) { self.targets = targets }

    /// Fit of one run: the components of the distance and the profiled U.S. biases.
    package struct Fit: Sendable, Equatable, Codable {
        /// RMSE of log area against UNODC, per country code.
        package var rmseLogArea: [String: Double]
        /// RMSE of log area against the U.S. government after removing its bias, per country code.
        package var rmseLogAreaUS: [String: Double]
        /// exp(bias): the U.S. estimate as a multiple of the true area, per country code.
        package var usBiasFactor: [String: Double]
        package var rmseLogSeizures: Double
        package var rmseLogPrices: Double
        package var distance: Double
    }

    package func fit(_ results: SimulationResults) -> Fit {
        var rmse: [String: Double] = [:]
        var rmseUS: [String: Double] = [:]
        var bias: [String: Double] = [:]
        for code in ObservedTargets.countries.keys.sorted() {
            let model = annual(results, Indicators.cocaArea, code)
            rmse[code] = FitArithmetic.rmseLog(model, observed: targets.unodcArea[code] ?? [:]) ?? 0
            let us = targets.usGovernmentArea[code] ?? [:]
            let logBias = FitArithmetic.meanLogRatio(model, observed: us)
            bias[code] = Double.exp(logBias)
            rmseUS[code] = FitArithmetic.rmseLog(model, observed: us, bias: logBias) ?? 0
        }
        let seizures =
            FitArithmetic.rmseLog(annual(results, Indicators.seizures, "CO"), observed: targets.colombianSeizures) ?? 0
        // Every sum runs in a fixed order (codes, then years): dictionary order changes from one process
        // to the next, and with it the distance's last bits.
        var priceErrors: [Double] = []
        for code in targets.sourcePrices.keys.sorted() {
            let observed = targets.sourcePrices[code]!
            let model = annual(results, Indicators.sourcePrice, code)
            for year in observed.keys.sorted() {
                if let m = model[year], m > 0, let value = observed[year], value > 0 {
                    priceErrors.append(Double.log(m / value))
                }
            }
        }
        let prices =
            priceErrors.isEmpty ? 0 : (priceErrors.reduce(0) { $0 + $1 * $1 } / Double(priceErrors.count)).squareRoot()
        let areaTerm = rmse.keys.sorted().reduce(0) { $0 + rmse[$1]! } / Double(max(1, rmse.count))
        let usTerm = rmseUS.keys.sorted().reduce(0) { $0 + rmseUS[$1]! } / Double(max(1, rmseUS.count))
        let distance = areaTerm + usGovernmentWeight * usTerm + seizureWeight * seizures + priceWeight * prices
        return Fit(
            rmseLogArea: rmse, rmseLogAreaUS: rmseUS, usBiasFactor: bias, rmseLogSeizures: seizures,
            rmseLogPrices: prices, distance: distance.isFinite ? distance : .greatestFiniteMagnitude)
    }

    /// Observed targets are keyed by country code (the data's edge); the model is read through typed keys.
    func annual(_ results: SimulationResults, _ indicator: Indicator, _ code: String) -> [Int: Double] {
        guard let country = Country(identifier: code), let series = results.series(indicator, .country(country)) else {
            return [:]
        }
        return Dictionary(uniqueKeysWithValues: zip(results.years, series))
    }
}
