import BalloonModel

/// What one fuzz input did on the whole path from bytes to a validated model configuration. Shared by
/// the libFuzzer target (`Fuzz/ScenarioFuzzer`, scripts/fuzz-scenarios.sh) and the seeded
/// mutation test that runs in CI (`ScenarioFuzzTests`).
package enum ScenarioFuzzing {
    package enum Outcome: Hashable, Sendable {
        /// Parsed, validated and turned into a configuration.
        case accepted
        /// Refused with a user-facing error of this code.
        case rejected(ScenarioError.Code)
    }

    /// Runs `bytes` through `ScenarioParser.parse(bytes:)` and `Scenario.configuration()`.
    /// Never aborts on bad input; returns a description of a broken promise (an error without a fix,
    /// a syntax error without a line, an accepted value outside its domain), or nil if all held.
    package static func exercise(_ bytes: [UInt8]) -> (outcome: Outcome, brokenPromise: String?) {
        do {
            let scenario = try ScenarioParser.parse(bytes: bytes, file: "fuzz.toml")
            let configuration = try scenario.configuration()
            for descriptor in ParameterCatalog.all {
                let value = descriptor.value(in: configuration.parameters)
                if scenario.parameters[descriptor.name] != nil, !descriptor.acceptedValues.contains(value) {
                    return (.accepted, "accepted \(descriptor.name) = \(value) outside \(descriptor.acceptedValues)")
                }
            }
            if let bad = configuration.events.first(where: {
                !InputBounds.magnitude(of: $0.kind).contains($0.magnitude)
            }) {
                return (.accepted, "accepted \(bad.kind.rawValue) magnitude \(bad.magnitude)")
            }
            return (.accepted, nil)
        } catch {
            if error.fix.isEmpty || error.message.isEmpty {
                return (.rejected(error.code), "error without a message or a fix: \(error.description)")
            }
            if error.code == .syntax, error.line == nil {
                return (.rejected(error.code), "syntax error without a line: \(error.description)")
            }
            return (.rejected(error.code), nil)
        }
    }
}
