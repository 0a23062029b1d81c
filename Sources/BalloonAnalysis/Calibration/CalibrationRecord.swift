import BalloonStatistics

/// What a calibration did and what the data taught, shipped alongside the posterior draws.
public struct CalibrationRecord: Sendable, Codable, Equatable {
    public struct ParameterRow: Sendable, Codable, Equatable {
        public var name: String
        public var priorMedian: Double
        public var priorLower: Double
        public var priorUpper: Double
        public var posteriorMedian: Double
        public var posteriorLower: Double
        public var posteriorUpper: Double
        /// Posterior 90% width ÷ prior 90% width: how much the data narrowed the parameter.
        public var widthRatio: Double
    }

    public struct Generation: Sendable, Codable, Equatable {
        /// Tolerance of the generation; nil for the first (accept everything).
        public var epsilon: Double?
        public var acceptanceRate: Double
        public var simulations: Int
    }

    public var calibrationYears: String
    public var particles: Int
    public var generations: [Generation]
    public var simulations: Int
    public var stopReason: String
    public var screen: ParameterScreen
    public var parameters: [ParameterRow]
    /// Profiled U.S.-government bias (estimate ÷ true area) per country, at the posterior median parameters.
    public var usBiasFactor: [String: Double]
}
