import BalloonModel
import BalloonStatistics
import Foundation
import Testing

@testable import BalloonAnalysis

/// `balloon sensitivity`: the driver on functions with known indices, calibrated parameters, outputs.
struct SensitivityTests {
    /// Ishigami & Homma (1990), inputs uniform on [−π, π]³, a = 7, b = 0.1.
    static let ishigamiPriors = ["x1", "x2", "x3"].map { NamedPrior($0, .uniform(lower: -.pi, upper: .pi)) }
    static let ishigami: @Sendable ([Double]) -> Double = { x in
        let s1 = sin(x[0]), s2 = sin(x[1]), x3Squared = x[2] * x[2]
        return s1 + 7 * s2 * s2 + 0.1 * x3Squared * x3Squared * s1
    }
    /// Analytic indices (Saltelli et al. 2008, §4.8).
    static let analyticFirstOrder = [0.3139, 0.4424, 0.0]
    static let analyticTotal = [0.5576, 0.4424, 0.2437]

    static let scenario = PreparedScenario(name: "ishigami", configuration: SimulationConfiguration())
    static let target = SensitivityTarget(indicator: "ishigami", place: "none", year: 2000)

    /// The stated tolerance (docs/analysis.md): 0.03 absolute at N = 4096 Sobol' points.
    @Test func sobolIndicesOnIshigamiThroughTheDriverMatchTheAnalyticValues() throws {
        let settings = SensitivitySettings(
            method: .sobol, target: Self.target, parameters: Self.ishigamiPriors,
            baseSamples: 4096, bootstrapResamples: 200)
        let study = try SensitivityStudy(settings: settings)
        let job = AnalysisJob.sensitivity(study, scenario: Self.scenario, modelVersion: "test", model: Self.ishigami)
        let (spec, payload) = try AnalysisTestSupport.shardedThroughFiles(job, shards: 3)
        guard case .sensitivity(let outputs) = payload else {
            Issue.record("expected sensitivity outputs, got a \(payload.kind) payload")
            return
        }
        guard case .sobol(let result) = try study.analyze(outputs: outputs) else {
            Issue.record("expected Sobol' indices")
            return
        }
        for (index, indices) in result.indices.enumerated() {
            #expect(
                abs(indices.firstOrder - Self.analyticFirstOrder[index]) < 0.03,
                "S1 of \(indices.name): \(indices.firstOrder)")
            #expect(
                abs(indices.totalOrder - Self.analyticTotal[index]) < 0.03,
                "ST of \(indices.name): \(indices.totalOrder)")
            #expect(
                indices.totalOrderInterval.lower <= indices.totalOrder
                    && indices.totalOrder <= indices.totalOrderInterval.upper)
        }
        // The merged shards render exactly what the unsharded run renders.
        let whole = try job.run(parallelism: .threads(2))
        #expect(try AnalysisOutput.render(spec: spec, payload: payload).files == whole.files)
        #expect(whole.console.contains("x2"))
    }

    /// A linear function has exact elementary effects: μ* = |coefficient| × range, σ = 0.
    @Test func morrisEffectsOfALinearFunctionAreItsCoefficientsTimesTheRanges() throws {
        let priors = [
            NamedPrior("a", .uniform(lower: 0, upper: 2)), NamedPrior("b", .uniform(lower: 10, upper: 11)),
            NamedPrior("c", .uniform(lower: -1, upper: 1)),
        ]
        let settings = SensitivitySettings(
            method: .morris, target: Self.target, parameters: priors, trajectories: 12, bootstrapResamples: 50)
        let study = try SensitivityStudy(settings: settings)
        #expect(study.runCount == 12 * 4)
        let outputs = try study.evaluate(parallelism: .threads(2)) { 3 * $0[0] + 0 * $0[1] - 5 * $0[2] }
        guard case .morris(let result) = try study.analyze(outputs: outputs) else {
            Issue.record("expected Morris effects")
            return
        }
        let expected = [6.0, 0.0, 10.0]
        for (effect, muStar) in zip(result.effects, expected) {
            #expect(abs(effect.muStar - muStar) < 1e-9 && abs(effect.sigma) < 1e-9, "\(effect.name)")
        }
        #expect(result.rankingByMuStar == ["c", "a", "b"])
    }

    @Test func aNonFiniteModelOutputIsReportedWithTheRunAndItsValues() throws {
        let study = try SensitivityStudy(
            settings: SensitivitySettings(
                method: .morris, target: Self.target, parameters: Self.ishigamiPriors,
                trajectories: 2))
        do {
            _ = try study.evaluate { $0[0] > 0 ? .nan : 1 }
            Issue.record("a NaN output was accepted")
        } catch let error as AnalysisError {
            #expect(error.code == .nonFiniteOutput && error.field.hasPrefix("run ") && error.message.contains("x1="))
        }
    }

    @Test(arguments: [
        (SensitivitySettings.Method.sobol, 100, "--samples"), (.sobol, 1 << 20, "--samples"),
        (.morris, 1, "--trajectories"),
    ])
    func badDesignSizesAreRefusedNamingTheOption(method: SensitivitySettings.Method, size: Int, field: String) {
        let settings = SensitivitySettings(
            method: method, target: Self.target, parameters: Self.ishigamiPriors,
            baseSamples: size, trajectories: size)
        do {
            _ = try SensitivityStudy(settings: settings)
            Issue.record("size \(size) accepted")
        } catch {
            #expect(error.field == field)
        }
    }

    @Test func calibratedParametersComeFromThePosteriorOrTheDefaultList() throws {
        #expect(CalibratedParameters.names(in: nil) == CalibratedParameters.defaultNames)
        #expect(CalibratedParameters.names(in: AnalysisTestSupport.defaults) == CalibratedParameters.defaultNames)
        #expect(
            CalibratedParameters.names(in: AnalysisTestSupport.twoDraws) == ["profit_elasticity", "demand_elasticity"])
        let priors = try CalibratedParameters.priors(for: CalibratedParameters.defaultNames)
        #expect(priors.count == CalibratedParameters.defaultNames.count)
        for prior in priors {
            let range = try #require(ParameterCatalog.descriptor(named: prior.name)).range
            #expect(prior.prior == .uniform(lower: range.lowerBound, upper: range.upperBound))
        }
        let given = NamedPrior("demand_elasticity", .uniform(lower: -0.8, upper: -0.5))
        #expect(try CalibratedParameters.priors(for: ["demand_elasticity"], filePriors: [given]) == [given])
        do {
            _ = try CalibratedParameters.priors(for: ["profit_elasticty"])
            Issue.record("unknown name accepted")
        } catch {
            #expect(error.field == "--parameters" && error.fix.contains("profit_elasticity"))
        }
    }

    @Test func theOutputIsCheckedAgainstWhatTheModelReports() throws {
        let results = Simulation.run(SimulationConfiguration(startYear: 2000, endYear: 2001))
        let area = try SensitivityTarget.resolve(indicator: "coca_area_ha", place: nil, year: nil, in: results)
        #expect(area == SensitivityTarget(indicator: "coca_area_ha", place: "ANDEAN", year: 2001))
        #expect(area.value(in: results) == results.value("coca_area_ha", "ANDEAN", year: 2001))
        for (indicator, place, year, field) in [
            ("coca_areaha", nil, nil, "--output"), ("coca_area_ha", "XX", nil, "--place"),
            ("coca_area_ha", "CO", 1999, "--year"), ("retail_purity", nil, nil, "--place"),
        ] as [(String, String?, Int?, String)] {
            do {
                _ = try SensitivityTarget.resolve(indicator: indicator, place: place, year: year, in: results)
                Issue.record("\(indicator) \(place ?? "-") accepted")
            } catch {
                #expect(error.field == field)
            }
        }
    }

    @Test func theSimulatorModelSetsTheVariedParametersOverTheScenario() throws {
        let priors = try CalibratedParameters.priors(for: ["demand_elasticity"])
        let scenario = PreparedScenario(
            name: "short", configuration: SimulationConfiguration(startYear: 2000, endYear: 2001))
        let target = SensitivityTarget(indicator: "consumption_t", place: "WORLD", year: 2001)
        let model = SensitivityStudy.model(of: scenario, target: target, parameters: priors)
        var configuration = scenario.configuration
        configuration.parameters.demandElasticity = -0.95
        #expect(model([-0.95]) == target.value(in: Simulation.run(configuration)))
    }
}
