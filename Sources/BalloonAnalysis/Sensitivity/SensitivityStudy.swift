import BalloonModel
import BalloonStatistics

/// A global sensitivity analysis as numbered model runs: the design lists them, any machine can run
/// any slice (`evaluate(runs:)`), and `analyze` turns the outputs, in run order, into indices.
/// This is the code path of `balloon sensitivity`; tests drive it with a closure in place of the model.
package struct SensitivityStudy: Sendable {
    package let settings: SensitivitySettings
    let design: Design

    enum Design: Sendable {
        case sobol(SobolDesign)
        case morris(MorrisDesign)
    }

    /// Builds the design. - Throws: `AnalysisError` for invalid settings.
    package init(settings: SensitivitySettings) throws(AnalysisError) {
        try settings.validate()
        self.settings = settings
        do {
            switch settings.method {
            case .sobol:
                design = .sobol(
                    try SobolAnalysis.design(parameters: settings.parameters, baseSampleCount: settings.baseSamples))
            case .morris:
                design = .morris(
                    try MorrisAnalysis.design(
                        parameters: settings.parameters, trajectories: settings.trajectories,
                        levels: settings.levels, seed: settings.seed))
            }
        } catch {
            throw AnalysisError(
                .invalidOption, field: "--parameters", message: "cannot build the design: \(error)",
                fix: "check the parameters' priors and the design size")
        }
    }

    /// The number of model runs: N·(k + 2) for Sobol', r·(k + 1) for Morris.
    package var runCount: Int {
        switch design {
        case .sobol(let design): design.runCount
        case .morris(let design): design.runCount
        }
    }

    /// The parameter values of run `index`, in the order of `settings.parameters`.
    package func point(run index: Int) -> [Double] {
        switch design {
        case .sobol(let design): design.point(run: index)
        case .morris(let design): design.point(run: index)
        }
    }

    /// The model's output for each run in `runs`, in run order, on the threads `parallelism` allows.
    /// - Throws: `AnalysisError` if the model returns a non-finite output (with the run and its values).
    package func evaluate(
        runs: Range<Int>? = nil, parallelism: Parallelism = .automatic,
        model: @escaping @Sendable ([Double]) -> Double
    ) throws -> [Double] {
        let range = runs ?? 0..<runCount
        precondition(range.lowerBound >= 0 && range.upperBound <= runCount, "runs \(range) outside 0..<\(runCount)")
        let study = self
        let names = settings.parameters.map(\.name)
        return try ChunkedReduction.run(
            range, parallelism: parallelism,
            chunk: { chunk in
                try chunk.map { run in
                    let point = study.point(run: run)
                    let output = model(point)
                    WorkProgress.advance()
                    guard output.isFinite else {
                        let values = zip(names, point).map { "\($0)=\($1)" }.joined(separator: ", ")
                        throw AnalysisError(
                            .nonFiniteOutput, field: "run \(run)", message: "the output was \(output) at \(values)",
                            fix: "narrow the parameter ranges or choose another output")
                    }
                    return output
                }
            }, merge: { $0 += $1 }) ?? []
    }

    /// Indices from every run's output, in run order.
    package func analyze(outputs: [Double], parallelism: Parallelism = .automatic) throws -> SensitivityResult {
        switch design {
        case .sobol(let design):
            return .sobol(
                try SobolAnalysis.analyze(
                    design: design, outputs: outputs, bootstrapResamples: settings.bootstrapResamples,
                    confidenceLevel: settings.confidenceLevel, seed: settings.seed, parallelism: parallelism))
        case .morris(let design):
            return .morris(
                try MorrisAnalysis.analyze(
                    design: design, outputs: outputs, bootstrapResamples: settings.bootstrapResamples,
                    confidenceLevel: settings.confidenceLevel, seed: settings.seed))
        }
    }

    /// The model as a function of the design's parameter values: `scenario` with each varied parameter
    /// set to the run's value (over the scenario's own setting), every run with the scenario's seed.
    package static func model(
        of scenario: PreparedScenario, target: SensitivityTarget, parameters: [NamedPrior],
        simulate: @escaping Simulator = { Simulation.run($0) }
    ) -> @Sendable ([Double]) -> Double {
        let descriptors = parameters.map { ParameterCatalog.descriptor(named: $0.name) }
        let base = scenario.configuration
        return { point in
            var configuration = base
            for (descriptor, value) in zip(descriptors, point) { descriptor?.set(value, in: &configuration.parameters) }
            return target.value(in: simulate(configuration))
        }
    }
}

/// Sobol' indices or Morris effects, per parameter.
package enum SensitivityResult: Sendable, Equatable {
    case sobol(SobolResult)
    case morris(MorrisResult)
}
