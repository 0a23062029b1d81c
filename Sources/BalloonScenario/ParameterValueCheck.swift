import BalloonModel

/// What is wrong with setting a parameter by name to a value, in words a user can act on: the one check behind a
/// scenario's `[parameters]` and `balloon validate --set`.
package enum ParameterValueProblem: Equatable, Sendable {
    /// No parameter has this name; the fix offers the nearest names.
    case unknownName(message: String, fix: String)
    /// Not finite, outside the physical domain, or far outside the prior range (`ParameterDescriptor.problem`).
    case unacceptedValue(message: String, fix: String)

    package var message: String {
        switch self {
        case .unknownName(let message, _), .unacceptedValue(let message, _): message
        }
    }

    package var fix: String {
        switch self {
        case .unknownName(_, let fix), .unacceptedValue(_, let fix): fix
        }
    }

    /// Nil when `name` is in the catalog and `value` within its accepted values (the physical domain, within a
    /// plausibility window around the prior range).
    package static func check(name: String, value: Double) -> ParameterValueProblem? {
        guard let descriptor = ParameterCatalog.descriptor(named: name) else {
            return .unknownName(
                message: "unknown parameter '\(name)'", fix: didYouMean(name, ParameterCatalog.all.map(\.name)))
        }
        guard let problem = descriptor.problem(with: value) else { return nil }
        return .unacceptedValue(
            message: problem,
            fix: "give a value in \(descriptor.acceptedValues); docs/parameters.md gives its source and prior range")
    }
}
