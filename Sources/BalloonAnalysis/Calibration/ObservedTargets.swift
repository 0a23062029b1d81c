import BalloonData
import BalloonModel

/// The historical observations calibration compares with (MODEL.md section 6), from the bundled data.
///
/// Coca area: UNODC per country (the reference series, bias fixed at 1) and the U.S. government's
/// estimates (a separate, biased measurement). Seizures: Colombia's national totals. Prices: cocaine
/// HCl at source per country. Which rows stand for which model series is `ObservedSeries.all`. Production is derived by the model, never a target; eradication
/// is an input. Only years in the calibration window are kept; later years are out-of-sample.
package struct ObservedTargets: Sendable, Equatable {
    package static let calibrationYears = 2000...2019
    package static let countries = ["CO": "Colombia", "PE": "Peru", "BO": "Bolivia"]

    /// `[country code: [year: hectares]]`
    package var unodcArea: [String: [Int: Double]]
    package var usGovernmentArea: [String: [Int: Double]]
    /// Colombia's national cocaine seizures, tonnes.
    package var colombianSeizures: [Int: Double]
    /// Source HCl price, US$/kg, by country code.
    package var sourcePrices: [String: [Int: Double]]

    package init(
        unodcArea: [String: [Int: Double]], usGovernmentArea: [String: [Int: Double]],
        colombianSeizures: [Int: Double], sourcePrices: [String: [Int: Double]]
    ) {
        self.unodcArea = unodcArea
        self.usGovernmentArea = usGovernmentArea
        self.colombianSeizures = colombianSeizures
        self.sourcePrices = sourcePrices
    }

    /// The calibration targets: the rows of `ObservedSeries.all` used to fit (`.fit`, `.fitWithBias`), in `years`.
    package static func load(_ data: BundledData, years: ClosedRange<Int> = calibrationYears) -> ObservedTargets {
        var targets = ObservedTargets(unodcArea: [:], usGovernmentArea: [:], colombianSeizures: [:], sourcePrices: [:])
        for row in ObservedSeries.all where !row.uses.isDisjoint(with: [.fit, .fitWithBias]) {
            let values = row.values(in: data, years: years)
            let code = row.place.code
            switch row.indicator {
            case Indicators.cocaArea where row.uses.contains(.fitWithBias): targets.usGovernmentArea[code] = values
            case Indicators.cocaArea: targets.unodcArea[code] = values
            case Indicators.seizures where row.place == .country(.colombia): targets.colombianSeizures = values
            case Indicators.sourcePrice: if !values.isEmpty { targets.sourcePrices[code] = values }
            default: preconditionFailure("ObservedTargets has no field for the fitted series \(row.key.fileKey)")
            }
        }
        return targets
    }
}
