/// A model parameter: a name (used only in reports) and its prior distribution.
package struct NamedPrior: Sendable, Equatable, Hashable, Codable {
    /// A label for summaries, e.g. "eradication_elasticity".
    package var name: String
    /// The prior distribution.
    package var prior: Prior

    /// Creates a named prior.
    package init(_ name: String, _ prior: Prior) {
        self.name = name
        self.prior = prior
    }
}

extension Array where Element == NamedPrior {
    /// Validates every prior and checks that the list is non-empty.
    func validateAll() throws {
        guard !isEmpty else { throw StatisticsError.invalidArgument("at least one parameter is required") }
        for parameter in self {
            do { try parameter.prior.validate() } catch let StatisticsError.invalidArgument(message) {
                throw StatisticsError.invalidArgument("\(parameter.name): \(message)")
            }
        }
    }
}
