/// The four Andean countries with coca or a coca border, in the order used by every country-indexed array.
public enum Country: Int, CaseIterable, Sendable, Codable, Comparable {
    case colombia, peru, bolivia, ecuador

    /// ISO 3166 alpha-2 code used in scenario files and outputs.
    public var code: String {
        switch self {
        case .colombia: "CO"
        case .peru: "PE"
        case .bolivia: "BO"
        case .ecuador: "EC"
        }
    }

    public var name: String {
        switch self {
        case .colombia: "Colombia"
        case .peru: "Peru"
        case .bolivia: "Bolivia"
        case .ecuador: "Ecuador"
        }
    }

    /// Accepts a code ("PE") or a name ("Peru"), case-insensitively.
    public init?(identifier: String) {
        let key = identifier.lowercased()
        guard let match = Country.allCases.first(where: { $0.code.lowercased() == key || $0.name.lowercased() == key })
        else { return nil }
        self = match
    }

    public static func < (lhs: Country, rhs: Country) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Consumer markets, each with its own demand, prices, purity and enforcement.
public enum Market: Int, CaseIterable, Sendable, Codable, Comparable {
    case unitedStates, europe, southAmerica, restOfWorld

    public var code: String {
        switch self {
        case .unitedStates: "US"
        case .europe: "EU"
        case .southAmerica: "SA"
        case .restOfWorld: "ROW"
        }
    }

    public var name: String {
        switch self {
        case .unitedStates: "United States"
        case .europe: "Europe"
        case .southAmerica: "Brazil/South America"
        case .restOfWorld: "Rest of world"
        }
    }

    public init?(identifier: String) {
        let key = identifier.lowercased()
        guard let match = Market.allCases.first(where: { $0.code.lowercased() == key || $0.name.lowercased() == key })
        else { return nil }
        self = match
    }

    public static func < (lhs: Market, rhs: Market) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Who pays for an instrument.
public enum Payer: Int, CaseIterable, Sendable, Codable {
    case hostCountry, unitedStates, otherDonors

    public var code: String {
        switch self {
        case .hostCountry: "host"
        case .unitedStates: "US"
        case .otherDonors: "donors"
        }
    }

    public init?(identifier: String) {
        switch identifier.lowercased() {
        case "host", "country", "national": self = .hostCountry
        case "us", "united states", "usa": self = .unitedStates
        case "donors", "other", "other donors", "eu": self = .otherDonors
        default: return nil
        }
    }
}
