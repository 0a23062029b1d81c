import BalloonStatistics

/// What a calibration did and what the data taught, shipped alongside the posterior draws.
package struct CalibrationRecord: Sendable, Codable, Equatable {
    package struct ParameterRow: Sendable, Codable, Equatable {
        package var name: String
        package var priorMedian: Double
        package var priorLower: Double
        package var priorUpper: Double
        package var posteriorMedian: Double
        package var posteriorLower: Double
        package var posteriorUpper: Double
        /// Posterior 90% width ÷ prior 90% width: how much the data narrowed the parameter.
        package var widthRatio: Double
        /// Share of the parameter's posterior variance explained by the other fitted parameters
        /// (`ABCSMCResult.jointDetermination`); absent in files written before the twelfth step.
        package var jointDetermination: Double? = nil

        /// The width ratio given the other fitted parameters: what the data left of the parameter once
        /// the combination they pin down is known (docs/calibration.md, "Dropping what the data did not
        /// narrow").
        package var conditionalWidthRatio: Double {
            widthRatio * (1 - min(1, max(0, jointDetermination ?? 0))).squareRoot()
        }
    }

    package struct Generation: Sendable, Codable, Equatable {
        /// Tolerance of the generation; nil for the first (accept everything).
        package var epsilon: Double?
        package var acceptanceRate: Double
        package var simulations: Int
    }

    package var calibrationYears: String
    package var particles: Int
    package var generations: [Generation]
    package var simulations: Int
    package var stopReason: String
    package var screen: ParameterScreen
    package var parameters: [ParameterRow]
    /// The first fit, when it left parameters unnarrowed and the fit was rerun without them
    /// (`Calibrator.dropWidthRatio`); absent when the first fit stood.
    package var firstFit: FirstFit? = nil
    /// Profiled U.S.-government bias (estimate ÷ true area) per country, at the posterior median parameters.
    package var usBiasFactor: [String: Double]

    /// A fit that was rerun: its prior-versus-posterior rows and its final tolerance.
    package struct FirstFit: Sendable, Codable, Equatable {
        package var parameters: [ParameterRow]
        package var epsilon: Double?
        package var simulations: Int
    }
}
