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
            rmse[code] = Self.rmseLog(model: model, observed: targets.unodcArea[code] ?? [:], bias: 0)
            let us = targets.usGovernmentArea[code] ?? [:]
            let logBias = Self.meanLogRatio(model: model, observed: us)
            bias[code] = Double.exp(logBias)
            rmseUS[code] = Self.rmseLog(model: model, observed: us, bias: logBias)
        }
        let seizures = Self.rmseLog(
            model: annual(results, Indicators.seizures, "CO"), observed: targets.colombianSeizures, bias: 0)
        var priceErrors: [Double] = []
        for (code, observed) in targets.sourcePrices {
            let model = annual(results, Indicators.sourcePrice, code)
            for (year, value) in observed {
                if let m = model[year], m > 0, value > 0 { priceErrors.append(Double.log(m / value)) }
            }
        }
        let prices =
            priceErrors.isEmpty ? 0 : (priceErrors.reduce(0) { $0 + $1 * $1 } / Double(priceErrors.count)).squareRoot()
        let areaTerm = rmse.values.reduce(0, +) / Double(max(1, rmse.count))
        let usTerm = rmseUS.values.reduce(0, +) / Double(max(1, rmseUS.count))
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

    /// RMSE of log(model) + bias against log(observed), over the years both have; a zero or missing
    /// model value counts as a large error rather than being skipped (a run cannot win by dying out).
    static func rmseLog(model: [Int: Double], observed: [Int: Double], bias: Double) -> Double {
        var sum = 0.0, count = 0
        for (year, value) in observed where value > 0 {
            let m = max(model[year] ?? 0, 1)
            let error = Double.log(m) + bias - Double.log(value)
            sum += error * error
            count += 1
        }
        return count > 0 ? (sum / Double(count)).squareRoot() : 0
    }

    static func meanLogRatio(model: [Int: Double], observed: [Int: Double]) -> Double {
        var sum = 0.0, count = 0
        for (year, value) in observed where value > 0 {
            guard let m = model[year], m > 0 else { continue }
            sum += Double.log(value / m)
            count += 1
        }
        return count > 0 ? sum / Double(count) : 0
    }
}
