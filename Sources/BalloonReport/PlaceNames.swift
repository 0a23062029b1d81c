import BalloonModel
import Foundation

/// Reader-facing names for the model's place codes, instruments and payers.
enum PlaceNames {
    /// Coca countries in the order charts list them (Ecuador last: it has almost no coca).
    static let cocaCountries: [Country] = [.colombia, .peru, .bolivia, .ecuador]
    /// The countries whose security the issue asks about, in the order the report shows them.
    static let securityCountries: [Country] = [.colombia, .ecuador, .peru]

    /// Transit places named briefly enough for a chart label.
    static let transitShortNames: [String: String] = [
        "VENEZUELA": "Venezuela", "BRAZIL": "Brazil", "SOUTHERN_CONE": "Southern Cone",
        "CENTRAL_AMERICA": "Central America", "CARIBBEAN": "Caribbean", "WEST_AFRICA": "West Africa",
    ]

    /// "Colombia", "United States", "Central America & Mexico", "VRAEM"; the code itself when unknown.
    static func name(_ code: String, atlas: Atlas = .standard) -> String {
        switch code {
        case "WORLD": return "world"
        case "ANDEAN": return "Andean total"
        case "TOTAL": return "all places"
        default: break
        }
        if let country = Country(identifier: code), country.code == code.uppercased() { return country.name }
        if let market = Market(identifier: code), market.code == code.uppercased() { return market.name }
        if let short = transitShortNames[code] { return short }
        if let region = atlas.regions.first(where: { $0.id == code }) { return shortRegionName(region.name) }
        if let node = atlas.network.nodes.first(where: { $0.id == code }) { return node.name }
        return code
    }

    /// "Pacific (Nariño, Cauca, Chocó)" → "Pacific": tiles have room for a few words only.
    static func shortRegionName(_ name: String) -> String {
        guard let open = name.firstIndex(of: "(") else { return name }
        return name[..<open].trimmingCharacters(in: .whitespaces)
    }

    /// Words for an instrument's raw value, e.g. `military_aid` → "Military and police aid".
    static func instrument(_ raw: String) -> String {
        switch raw {
        case Instrument.aerialSpraying.rawValue: "Aerial spraying"
        case Instrument.manualEradication.rawValue: "Manual eradication"
        case Instrument.voluntarySubstitution.rawValue: "Voluntary substitution"
        case Instrument.communityControl.rawValue: "Community control"
        case Instrument.alternativeDevelopment.rawValue: "Alternative development"
        case Instrument.labDestruction.rawValue: "Lab destruction"
        case Instrument.interdiction.rawValue: "Interdiction"
        case Instrument.organizationTargeting.rawValue: "Targeting organisations"
        case Instrument.militaryAid.rawValue: "Military and police aid"
        case Instrument.treatment.rawValue: "Treatment"
        case Instrument.prevention.rawValue: "Prevention"
        case Instrument.decriminalization.rawValue: "Decriminalisation"
        default: raw.replacingOccurrences(of: "_", with: " ")
        }
    }

    /// Words for a payer code as written in output place names (`host`, `US`, `donors`).
    static func payer(_ code: String) -> String {
        switch code {
        case Payer.hostCountry.code: "Host country"
        case Payer.unitedStates.code: "United States"
        case Payer.otherDonors.code: "Other donors"
        default: code
        }
    }

    /// Words for an output indicator, e.g. `coca_area_ha` → "Coca area"; unknown names lose their underscores.
    static func indicator(_ name: String) -> String {
        let known: [Indicator: String] = [
            Indicators.cocaArea: "Coca area", Indicators.cocaineProduction: "Cocaine production", Indicators.seizures: "Seizures",
            Indicators.eradicatedManual: "Manual eradication", Indicators.eradicatedSpraying: "Eradication by spraying",
            Indicators.homicideRate: "Homicide rate", Indicators.retailPrice: "Retail price per pure gram",
            Indicators.wholesalePrice: "Wholesale price", Indicators.sourcePrice: "Source price",
            Indicators.leafPrice: "Leaf price", Indicators.users: "Users", Indicators.consumption: "Consumption",
            Indicators.arrivals: "Cocaine arriving", Indicators.purity: "Retail purity",
            Indicators.interceptionRate: "Interception rate",
        ]
        if let label = Indicators.named(name).flatMap({ known[$0] }) { return label }
        let words = name.replacingOccurrences(of: "_", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}
