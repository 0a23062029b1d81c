import BalloonData

/// The historical observations calibration compares with (MODEL.md section 6), from the bundled data.
///
/// Coca area: UNODC per country (the reference series, bias fixed at 1) and the U.S. government's
/// estimates (a separate, biased measurement). Seizures: Colombia's national totals. Prices: cocaine
/// HCl at source in Colombia and Peru. Production is derived by the model, never a target; eradication
/// is an input. Only years in the calibration window are kept; later years are out-of-sample.
public struct ObservedTargets: Sendable, Equatable {
    public static let calibrationYears = 2000...2019
    public static let countries = ["CO": "Colombia", "PE": "Peru", "BO": "Bolivia"]

    /// `[country code: [year: hectares]]`
    public var unodcArea: [String: [Int: Double]]
    public var usGovernmentArea: [String: [Int: Double]]
    /// Colombia's national cocaine seizures, tonnes.
    public var colombianSeizures: [Int: Double]
    /// Source HCl price, US$/kg, by country code.
    public var sourcePrices: [String: [Int: Double]]

    public init(unodcArea: [String: [Int: Double]], usGovernmentArea: [String: [Int: Double]],
                colombianSeizures: [Int: Double], sourcePrices: [String: [Int: Double]]) {
        self.unodcArea = unodcArea
        self.usGovernmentArea = usGovernmentArea
        self.colombianSeizures = colombianSeizures
        self.sourcePrices = sourcePrices
    }

    public static func load(_ data: BundledData, years: ClosedRange<Int> = calibrationYears) -> ObservedTargets {
        var unodc: [String: [Int: Double]] = [:]
        var us: [String: [Int: Double]] = [:]
        for (code, name) in countries {
            unodc[code] = data.cocaArea(country: name, source: .unodc).filter { years.contains($0.key) }
            us[code] = data.cocaArea(country: name, source: .usGovernment).filter { years.contains($0.key) }
        }
        var seizures: [Int: Double] = [:]
        for observation in data.seizures where observation.entity == "Colombia" {
            guard let year = observation.year, observation.yearEnd == nil, years.contains(year),
                  let tons = observation.value, observation.item?.lowercased() == "cocaine",
                  !observation.flags.contains(.lowerBound), !observation.flags.contains(.partialYear)
            else { continue }
            seizures[year] = seizures[year] ?? tons
        }
        // Observed prices are nominal; the model counts in 2015 US$.
        let dollars = try? ConstantDollars(data: data)
        var prices: [String: [Int: Double]] = [:]
        for observation in data.prices {
            guard let year = observation.year, years.contains(year), let value = observation.value,
                  let item = observation.item?.lowercased(), (item.hasPrefix("cocaine hcl (in ") || item.hasPrefix("cocaine hcl in production")),
                  let code = countries.first(where: { $0.value == observation.entity })?.key
            else { continue }
            guard let real = try? dollars?.constant(value, from: year) else { continue }
            prices[code, default: [:]][year] = real
        }
        return ObservedTargets(unodcArea: unodc, usGovernmentArea: us, colombianSeizures: seizures, sourcePrices: prices)
    }
}
