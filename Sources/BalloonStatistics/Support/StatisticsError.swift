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
