import BalloonModel
import Foundation

/// One set of parameter values, by catalog name (docs/parameters.md); names not given keep their defaults.
package struct ParameterDraw: Sendable, Codable, Equatable {
    package var values: [String: Double]

    package init(values: [String: Double]) { self.values = values }

    /// These values laid over `base`; unknown names are a programmer error (the file was checked on load).
    /// Runs use `ParameterResolution`; this lays a draw over parameters that already carry other values.
    package func applied(to base: ModelParameters) -> ModelParameters {
        var parameters = base
        for (name, value) in values.sorted(by: { $0.key < $1.key }) {
            ParameterCatalog.descriptor(named: name)?.set(value, in: &parameters)
        }
        return parameters
    }
}

/// An ensemble of parameter sets: the calibrated posterior shipped with Balloon, or draws from the priors.
package struct ParameterEnsemble: Sendable, Codable, Equatable {
    /// `posterior` (from `balloon calibrate`) or `prior`.
    package var kind: String
    /// How it was made: command, seed, date, model version.
    package var provenance: String
    package var draws: [ParameterDraw]
    /// What the calibration did and what the data taught (posteriors only).
    package var calibration: CalibrationRecord?
    /// The draw closest to the data (smallest calibration distance): what a single run uses.
    package var representative: ParameterDraw?

    /// The parameters the calibration fitted. Draws also hold the priors carried into the ensemble
    /// (`CalibrationRecord.screen.carried`), which the data did not inform.
    package var fittedNames: Set<String> {
        calibration.map { Set($0.parameters.map(\.name)) } ?? Set(draws.first?.values.keys ?? [:].keys)
    }

    package init(
        kind: String, provenance: String, draws: [ParameterDraw], calibration: CalibrationRecord? = nil,
        representative: ParameterDraw? = nil
    ) {
        self.kind = kind
        self.provenance = provenance
        self.draws = draws
        self.calibration = calibration
        self.representative = representative
    }

    package enum LoadError: Error, CustomStringConvertible {
        case missing(String)
        case unknownParameter(String)
        case empty
        case corrupt(String)

        package var description: String {
            switch self {
            case .missing(let path): "parameter ensemble not found at \(path); run `balloon calibrate` to make one"
            case .unknownParameter(let name): "parameter ensemble names an unknown parameter '\(name)'"
            case .empty: "parameter ensemble has no draws"
            case .corrupt(let problem): problem
            }
        }
    }

    /// Decode and check that every parameter name exists in the catalog.
    package static func decode(_ data: Data) throws -> ParameterEnsemble {
        let ensemble: ParameterEnsemble
        do { ensemble = try JSONDecoder().decode(ParameterEnsemble.self, from: data) } catch {
            throw LoadError.corrupt(JSONFileProblem.describe(error, in: data))
        }
        guard !ensemble.draws.isEmpty else { throw LoadError.empty }
        for draw in ensemble.draws {
            for name in draw.values.keys where ParameterCatalog.descriptor(named: name) == nil {
                throw LoadError.unknownParameter(name)
            }
        }
        // One bad draw would silently turn part of an ensemble into n/a (issue 11).
        try ensemble.checkDrawValues()
        return ensemble
    }

    /// The calibrated posterior bundled with the package, or nil if none has been shipped yet.
    /// Decoded once per process: every single run and ensemble asks for it.
    package static func bundledPosterior() -> ParameterEnsemble? { cachedBundledPosterior }

    private static let cachedBundledPosterior: ParameterEnsemble? = {
        guard let url = Bundle.module.url(forResource: "posterior", withExtension: "json", subdirectory: "Resources"),
            let data = try? Data(contentsOf: url)
        else { return nil }
        return try? decode(data)
    }()

    /// Member `index` of an ensemble of `count`, cycling through the draws in order.
    package func draw(_ index: Int) -> ParameterDraw { draws[index % draws.count] }
}
