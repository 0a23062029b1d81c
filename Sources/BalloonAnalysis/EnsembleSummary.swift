import BalloonModel

/// Median and 5–95% band of one series across an ensemble.
public struct SeriesBand: Sendable, Codable, Equatable {
    public var years: [Int]
    public var median: [Double]
    public var lower: [Double]
    public var upper: [Double]

    public init(years: [Int], median: [Double], lower: [Double], upper: [Double]) {
        self.years = years
        self.median = median
        self.lower = lower
        self.upper = upper
    }
}

/// What an ensemble run of one scenario reports: every series as a band (MODEL.md section 5).
public struct EnsembleSummary: Sendable, Codable, Equatable {
    public var scenario: String
    public var members: Int
    public var seed: UInt64
    /// Keyed `indicator|place`, as in the single-run JSON summary.
    public var series: [String: SeriesBand]
    public var units: [String: String]

    public init(scenario: String, members: Int, seed: UInt64, series: [String: SeriesBand], units: [String: String]) {
        self.scenario = scenario
        self.members = members
        self.seed = seed
        self.series = series
        self.units = units
    }

    public func band(_ indicator: String, _ place: String) -> SeriesBand? { series["\(indicator)|\(place)"] }
}
