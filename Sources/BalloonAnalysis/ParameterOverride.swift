import BalloonModel
import BalloonScenario
import Foundation

/// One parameter held at one value in every member of an ensemble (`balloon validate --set NAME=VALUE`): what the
/// ledger, the response signs and the forecast say if the parameter took that value, the other parameters keeping
/// their draws. A fitted parameter's posterior values are replaced, so the result is a what-if of the shipped model,
/// not a refit (docs/ledger.md, "What if a parameter took another value").
package struct ParameterOverride: Sendable, Codable, Equatable {
    package var name: String
    package var value: Double

    package init(name: String, value: Double) {
        self.name = name
        self.value = value
    }

    /// `name = value`, as the ledger prints it.
    package var text: String { "\(name) = \(Self.plain(value))" }

    /// Reads `NAME=VALUE`: a name from docs/parameters.md and a value inside the parameter's accepted values
    /// (its physical domain, within a window around its prior range), as in a scenario's `[parameters]`.
    package static func parse(_ text: String) throws(ParameterOverrideError) -> ParameterOverride {
        let parts = text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2 else {
            throw ParameterOverrideError(
                message: "'\(text)' is not NAME=VALUE", fix: "write it as --set spray_kill_share=0.1")
        }
        let name = parts[0].trimmingCharacters(in: .whitespaces)
        let valueText = parts[1].trimmingCharacters(in: .whitespaces)
        guard let value = Double(valueText) else {
            let example = ParameterCatalog.descriptor(named: name).map { plain($0.value(in: ModelParameters())) }
            throw ParameterOverrideError(
                message: "\(name)'s value '\(valueText)' is not a number",
                fix: "give a number, e.g. --set \(name)=\(example ?? "0.1")")
        }
        // The same check as a scenario's `[parameters]`, so a value refused there is refused here.
        if let problem = ParameterValueProblem.check(name: name, value: value) {
            throw ParameterOverrideError(message: problem.message, fix: problem.fix)
        }
        return ParameterOverride(name: name, value: value)
    }

    /// A number as it can be typed back: `0.25`, `2400`.
    static func plain(_ value: Double) -> String {
        value.isFinite && value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// `a = 1, b = 2`: what a what-if ledger says it held, wherever it is shown.
    package static func text(of overrides: [ParameterOverride]) -> String {
        overrides.map(\.text).joined(separator: ", ")
    }

    /// `a=1`, as typed on a command line and recorded in the provenance.
    package var argument: String { "\(name)=\(Self.plain(value))" }

    /// Every `NAME=VALUE` of a command line, each name once.
    package static func parse(all texts: [String]) throws(ParameterOverrideError) -> [ParameterOverride] {
        var overrides: [ParameterOverride] = []
        for text in texts {
            let override = try parse(text)
            guard !overrides.contains(where: { $0.name == override.name }) else {
                throw ParameterOverrideError(
                    message: "\(override.name) is set twice", fix: "keep one --set \(override.name)=VALUE")
            }
            overrides.append(override)
        }
        return overrides
    }
}

/// Why a `--set NAME=VALUE` was refused, with what to do instead.
package struct ParameterOverrideError: Error, CustomStringConvertible, Equatable, Sendable {
    package var message: String
    package var fix: String

    package var description: String { "\(message). Fix: \(fix)" }
}

extension ParameterEnsemble {
    /// This ensemble with `overrides` in every draw and in the representative draw; its provenance says so, and its
    /// fingerprint differs from the original's, so a validation digest of the original never describes it.
    package func setting(_ overrides: [ParameterOverride]) -> ParameterEnsemble {
        guard !overrides.isEmpty else { return self }
        var ensemble = self
        func set(_ draw: inout ParameterDraw) {
            for override in overrides { draw.values[override.name] = override.value }
        }
        for index in ensemble.draws.indices { set(&ensemble.draws[index]) }
        if ensemble.representative != nil { set(&ensemble.representative!) }
        ensemble.provenance += "; every member with " + ParameterOverride.text(of: overrides)
        return ensemble
    }
}
