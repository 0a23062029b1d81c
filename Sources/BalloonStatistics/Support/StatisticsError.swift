/// Errors thrown by the statistics routines. They report caller mistakes
/// (invalid configuration or mismatched inputs) instead of trapping, so that a
/// long-running simulator can log them and carry on.
package enum StatisticsError: Error, Equatable, Sendable, CustomStringConvertible {
    /// An argument is outside its allowed range; the string says which and why.
    case invalidArgument(String)
    /// A generation of ABC-SMC accepted no particle at all within its attempt budget.
    case noParticlesAccepted(generation: Int, attempts: Int)

    package var description: String {
        switch self {
        case .invalidArgument(let message):
            return "invalid argument: \(message)"
        case .noParticlesAccepted(let generation, let attempts):
            return "ABC-SMC generation \(generation) accepted no particle in \(attempts) attempts"
        }
    }
}

extension StatisticsError {
    /// The checks every sensitivity analysis makes on its inputs: one finite output per design run and a valid
    /// bootstrap.
    static func checkAnalysisInputs(
        outputs: [Double], runCount: Int, bootstrapResamples: Int, confidenceLevel: Double
    ) throws {
        guard outputs.count == runCount else {
            throw StatisticsError.invalidArgument("expected \(runCount) outputs, got \(outputs.count)")
        }
        guard outputs.allSatisfy(\.isFinite) else {
            throw StatisticsError.invalidArgument("outputs must all be finite")
        }
        guard bootstrapResamples >= 0, confidenceLevel > 0, confidenceLevel < 1 else {
            throw StatisticsError.invalidArgument("bootstrapResamples must be >= 0 and confidenceLevel in (0, 1)")
        }
    }
}
