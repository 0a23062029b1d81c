import BalloonModel

/// Stated bounds for the numbers a scenario gives outside `[parameters]`: starting values
/// (`[initial]`) and event magnitudes. Each is wide enough for any counterfactual a user may want
/// and says where it comes from; outside it the number is a typo or a unit mistake (1e19 hectares,
/// a price of zero), and a run would give infinities or overflow a count.
package struct InputBound: Sendable, Equatable {
    package let values: ClosedRange<Double>
    package let unit: String
    /// Where the bound comes from, shown in the error.
    package let basis: String

    package func contains(_ value: Double) -> Bool { value.isFinite && values.contains(value) }
}

package enum InputBounds {
    /// Coca area of a country or region. The largest national area in ../shared/data is 212,000 ha
    /// (Colombia 2019, ONDCP, coca_cultivation_ha.csv; the model's own start series peaks at 171,000 ha);
    /// a million hectares is nearly five times that.
    package static let cocaHectares = InputBound(
        values: 0...1_000_000, unit: "ha",
        basis: "nearly five times the largest national coca area on record (212,000 ha, Colombia 2019)")

    /// Source (farm-gate HCl) price. Below US$100/kg is below the cost of the leaf in a kilogram
    /// (≈300 kg of leaf at ≥US$0.3/kg); above US$50,000/kg is above the U.S. wholesale price.
    /// Zero would divide the leaf price and the farmers' profit ratio.
    package static let sourcePriceUSDPerKg = InputBound(
        values: 100...50_000, unit: "US$/kg HCl",
        basis: "between the cost of the leaf in a kilogram and the U.S. wholesale price")

    /// Retail price per pure gram: observed prices run from about US$10 (South America) to a few
    /// hundred dollars (Australia); zero would divide the demand response.
    package static let retailPricePerPureGram = InputBound(
        values: 1...2_000, unit: "US$/pure g", basis: "about ten times the widest range of observed retail prices")

    /// Users of a market, millions: at most a billion, more than the adult population of any market
    /// but the rest of the world, whose observed users number in the low millions.
    package static let usersMillions = InputBound(
        values: 0...1_000, unit: "million persons", basis: "more than the adult population of any named market")

    /// The bound for an `[initial]` key.
    static func initial(_ key: String) -> InputBound {
        switch key {
        case "coca_hectares", "region_hectares": cocaHectares
        case "source_price_usd_per_kg": sourcePriceUSDPerKg
        case "retail_price_usd_per_pure_gram": retailPricePerPureGram
        default: usersMillions
        }
    }

    /// The bound for an event's `magnitude`.
    package static func magnitude(of kind: EventKind) -> InputBound {
        switch kind {
        case .legalAreaChange:
            InputBound(values: 0...cocaHectares.values.upperBound, unit: "ha of legal coca", basis: cocaHectares.basis)
        case .leaderCapture:
            InputBound(
                values: 0...100, unit: "captures",
                basis: "more leaders than any documented campaign removed at once")
        case .prisonCrisis:
            InputBound(
                values: 0...10, unit: "times the 2021 Ecuador crisis",
                basis: "ten crises the size of Ecuador's 2021 one at once")
        case .peaceAgreement:
            InputBound(values: 0...1, unit: "share of the demobilising presence", basis: "a share")
        case .borderNoSprayBand, .sprayingBan, .indigenousConsultation, .substitutionAnnouncement, .routeClosure:
            InputBound(
                values: 0...1, unit: "(unused by this event)", basis: "this event has no size; leave magnitude out")
        }
    }
}

extension Double {
    /// Whole numbers without a fraction or exponent (`1000000`), others as Swift prints them.
    var plainText: String { self == rounded() && abs(self) < 1e15 ? String(Int(self)) : String(self) }
}
