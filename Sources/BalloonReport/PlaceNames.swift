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

    /// "Colombia", "United States", "Central America & Mexico", "VRAEM"; the id itself when unknown.
    static func name(_ place: Place, atlas: Atlas = .standard) -> String {
        switch place {
        case .aggregate(.world): return "world"
        case .aggregate(.andean): return "Andean total"
        case .aggregate(.total): return "all places"
        case .aggregate(.transitZone): return place.code
        case .country(let country): return country.name
        case .market(let market): return market.name
        case .spending: return place.code
        case .region(let id), .transit(let id), .segment(let id):
            if let short = transitShortNames[id] { return short }
            if let region = atlas.regions.first(where: { $0.id == id }) { return shortRegionName(region.name) }
            if let node = atlas.network.nodes.first(where: { $0.id == id }) { return node.name }
            return id
        }
    }

    /// "Pacific (Nariño, Cauca, Chocó)" → "Pacific": tiles have room for a few words only.
    static func shortRegionName(_ name: String) -> String {
        guard let open = name.firstIndex(of: "(") else { return name }
        return name[..<open].trimmingCharacters(in: .whitespaces)
    }

    /// Words for an instrument, e.g. `.militaryAid` → "Military and police aid".
    static func instrument(_ instrument: Instrument) -> String {
        switch instrument {
        case .aerialSpraying: "Aerial spraying"
        case .manualEradication: "Manual eradication"
        case .concertedEradication: "Concerted eradication"
        case .voluntarySubstitution: "Voluntary substitution"
        case .communityControl: "Community control"
        case .alternativeDevelopment: "Alternative development"
        case .labDestruction: "Lab destruction"
        case .interdiction: "Interdiction"
        case .organizationTargeting: "Targeting organisations"
        case .militaryAid: "Military and police aid"
        case .treatment: "Treatment"
        case .prevention: "Prevention"
        case .decriminalization: "Decriminalisation"
        }
    }

    /// Words for a payer.
    static func payer(_ payer: Payer) -> String {
        switch payer {
        case .hostCountry: "Host country"
        case .unitedStates: "United States"
        case .otherDonors: "Other donors"
        }
    }

    /// Words for an output indicator, e.g. `coca_area_ha` → "Coca area"; unknown names lose their underscores.
    static func indicator(_ name: String) -> String {
        let known: [Indicator: String] = [
            Indicators.cocaArea: "Coca area", Indicators.cocaineProduction: "Cocaine production",
            Indicators.seizures: "Seizures",
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
