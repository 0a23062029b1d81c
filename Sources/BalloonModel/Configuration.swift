/// Everything one simulation needs: span, seed, parameters, geography, policies, events and starting values.
public struct SimulationConfiguration: Sendable, Equatable {
    public static let earliestYear = 1990
    public static let latestStartYear = 2030
    public static let latestEndYear = 2050

    public var startYear: Int
    /// Inclusive: the run ends in December of this year.
    public var endYear: Int
    public var seed: UInt64
    public var parameters: ModelParameters
    public var atlas: Atlas
    public var actions: [PolicyAction]
    public var events: [ModelEvent]
    public var initial: InitialConditions
    /// Widens every registered numerical bound (`ModelBound`) by this factor; 1 in every real run.
    /// Only the test that proves bounds do not shape the answers sets it.
    public var boundWidening: Double = 1

    public init(
        startYear: Int = 2000, endYear: Int = 2040, seed: UInt64 = 1, parameters: ModelParameters = .init(),
        atlas: Atlas = .standard, actions: [PolicyAction] = [], events: [ModelEvent] = [],
        initial: InitialConditions = .init()
    ) {
        self.startYear = startYear
        self.endYear = endYear
        self.seed = seed
        self.parameters = parameters
        self.atlas = atlas
        self.actions = actions
        self.events = events
        self.initial = initial
    }

    public var firstMonth: MonthIndex { .of(year: startYear) }
    public var monthCount: Int { (endYear - startYear + 1) * 12 }
}

/// Starting values; anything left nil comes from the bundled history for the start year.
public struct InitialConditions: Sendable, Equatable, Codable {
    /// Illicit plus legal coca hectares per country at the start.
    public var cocaHectares: [Country: Double] = [:]
    /// Hectares per region id; overrides the country split for the regions given.
    public var regionHectares: [String: Double] = [:]
    public var sourcePriceUSDPerKg: [Country: Double] = [:]
    public var retailPricePerPureGram: [Market: Double] = [:]
    public var lightUsersMillions: [Market: Double] = [:]
    public var heavyUsersMillions: [Market: Double] = [:]

    public init() {}
}

/// Coca area per country by year from the UNODC series (coca_cultivation_ha.csv) where it exists;
/// years before the series are priors documented in docs/model.md ("Initial conditions").
public enum HistoricalStart {
    /// UNODC where available; Peru 2000 is derived from the 2009 level and the +38% change (A15),
    /// Bolivia 2000–2002 from U.S. estimates; 1990s values are priors anchored on Peru's
    /// "more than 150,000 ha" in the early 1990s (A23).
    static let cocaHectares: [Country: [Int: Double]] = [
        .colombia: [
            1990: 40_000, 1995: 50_000, 2000: 160_000, 2001: 144_000, 2002: 102_000, 2003: 86_000,
            2004: 80_000, 2005: 86_000, 2006: 78_000, 2007: 99_000, 2008: 81_000, 2009: 68_000,
            2010: 57_000, 2011: 64_000, 2012: 48_000, 2013: 48_000, 2014: 69_000, 2015: 96_000,
            2016: 146_000, 2017: 171_000, 2018: 169_000, 2019: 154_000,
        ],
        .peru: [
            1990: 150_000, 1995: 115_000, 2000: 43_400, 2001: 46_200, 2002: 46_700, 2003: 44_200,
            2004: 50_300, 2005: 48_600, 2006: 52_000, 2007: 53_700, 2008: 56_100, 2009: 59_900,
            2010: 61_200, 2011: 62_500, 2012: 60_400, 2013: 49_800, 2014: 42_900, 2015: 40_300,
            2016: 43_900, 2017: 49_900, 2019: 54_655,
        ],
        .bolivia: [
            1990: 50_000, 1995: 48_000, 2000: 14_600, 2001: 19_900, 2002: 24_400, 2003: 23_600,
            2004: 27_700, 2005: 25_400, 2006: 27_500, 2007: 28_900, 2009: 30_900, 2010: 31_000,
            2011: 27_200, 2012: 25_300, 2013: 23_000, 2014: 20_400, 2015: 20_200, 2016: 23_100,
            2017: 24_500, 2018: 23_100, 2019: 25_500,
        ],
        .ecuador: [1990: 25, 2010: 25],
    ]

    /// Linear interpolation between known years; flat beyond the ends.
    public static func cocaHectares(_ country: Country, year: Int) -> Double {
        guard let table = cocaHectares[country], !table.isEmpty else { return 0 }
        let years = table.keys.sorted()
        if year <= years[0] { return table[years[0]]! }
        if year >= years[years.count - 1] { return table[years[years.count - 1]]! }
        let upper = years.first { $0 >= year }!
        if upper == year { return table[upper]! }
        let lower = years.last { $0 < year }!
        let weight = Double(year - lower) / Double(upper - lower)
        return table[lower]! * (1 - weight) + table[upper]! * weight
    }
}
