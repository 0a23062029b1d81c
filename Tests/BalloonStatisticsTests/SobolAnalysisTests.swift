import Testing

@testable import BalloonStatistics

@Suite("Sobol' indices")
struct SobolAnalysisTests {
    let ishigami = Ishigami()

    @Test("Analytic Ishigami indices are the published ones")
    func analyticValues() {
        // Published values (Saltelli et al. 2008): S = (0.3139, 0.4424, 0), S_T = (0.5576, 0.4424, 0.2437).
        let s = ishigami.firstOrder, st = ishigami.totalOrder
        #expect(abs(s[0] - 0.3139) < 5e-5 && abs(s[1] - 0.4424) < 5e-5 && s[2] == 0)
        #expect(abs(st[0] - 0.5576) < 5e-5 && abs(st[1] - 0.4424) < 5e-5 && abs(st[2] - 0.2437) < 5e-5)
    }

    @Test("Sobol' sampling, N = 4096: estimates within 0.03 of the analytic indices")
    func ishigamiSobol() throws {
        let design = try SobolAnalysis.design(parameters: Ishigami.parameters, baseSampleCount: 4096)
        #expect(design.runCount == 4096 * 5)
        let result = try SobolAnalysis.analyze(
            design: design, outputs: design.evaluate(ishigami.model), bootstrapResamples: 500, seed: 1)
        for i in 0..<3 {
            let estimate = result.indices[i]
            #expect(abs(estimate.firstOrder - ishigami.firstOrder[i]) < 0.03, "S\(i + 1) = \(estimate.firstOrder)")
            #expect(abs(estimate.totalOrder - ishigami.totalOrder[i]) < 0.03, "ST\(i + 1) = \(estimate.totalOrder)")
            #expect(estimate.firstOrderConfidence > 0 && estimate.totalOrderConfidence > 0)
            #expect(estimate.firstOrderInterval.width > 0 && estimate.totalOrderInterval.width > 0)
        }
        #expect(abs(result.outputVariance - ishigami.variance) / ishigami.variance < 0.02)
    }

    @Test(
        "Digital shift, Jansen's first-order estimator and plain Monte Carlo also recover the indices",
        arguments: [
            (SobolSampling.sobolDigitalShift(seed: 11), SobolFirstOrderEstimator.saltelli2010, 0.03),
            (SobolSampling.sobol, SobolFirstOrderEstimator.jansen1999, 0.03),
            // Monte Carlo at N = 8192 has a standard error near 0.015; allow about 4 of them.
            (SobolSampling.monteCarlo(seed: 5), SobolFirstOrderEstimator.saltelli2010, 0.06),
        ])
    func variants(sampling: SobolSampling, estimator: SobolFirstOrderEstimator, tolerance: Double) throws {
        let n = sampling == .monteCarlo(seed: 5) ? 8192 : 4096
        let design = try SobolAnalysis.design(parameters: Ishigami.parameters, baseSampleCount: n, sampling: sampling)
        let result = try SobolAnalysis.analyze(
            design: design, outputs: design.evaluate(ishigami.model), firstOrderEstimator: estimator,
            bootstrapResamples: 0)
        for i in 0..<3 {
            #expect(abs(result.indices[i].firstOrder - ishigami.firstOrder[i]) < tolerance)
            #expect(abs(result.indices[i].totalOrder - ishigami.totalOrder[i]) < tolerance)
        }
    }

    @Test("Design rows: A, B, then A with column i from B; shards reassemble the design")
    func designLayout() throws {
        let design = try SobolAnalysis.design(parameters: Ishigami.parameters, baseSampleCount: 8)
        #expect(design.point(run: 3) == design.a[3])
        #expect(design.point(run: 8 + 5) == design.b[5])
        let abRow = design.point(run: 8 * (2 + 1) + 6)  // A_B^(2), row 6
        #expect(abRow == [design.a[6][0], design.b[6][1], design.a[6][2]])
        let shards = design.points(runs: 0..<17) + design.points(runs: 17..<design.runCount)
        #expect(shards == design.allPoints)
        #expect(design.allPoints.allSatisfy { $0.allSatisfy { abs($0) < .pi } })
        let again = try SobolAnalysis.design(parameters: Ishigami.parameters, baseSampleCount: 8)
        #expect(again == design)
    }

    @Test("Analysis is identical on one thread and many")
    func deterministicBootstrap() throws {
        let design = try SobolAnalysis.design(parameters: Ishigami.parameters, baseSampleCount: 512)
        let outputs = design.evaluate(parallelism: .threads(3), ishigami.model)
        #expect(outputs == design.evaluate(parallelism: .serial, ishigami.model))
        let serial = try SobolAnalysis.analyze(
            design: design, outputs: outputs, bootstrapResamples: 200, seed: 3, parallelism: .serial)
        let parallel = try SobolAnalysis.analyze(
            design: design, outputs: outputs, bootstrapResamples: 200, seed: 3, parallelism: .threads(4))
        #expect(serial == parallel)
        let otherSeed = try SobolAnalysis.analyze(design: design, outputs: outputs, bootstrapResamples: 200, seed: 4)
        #expect(otherSeed.indices[0].firstOrder == serial.indices[0].firstOrder)
        #expect(otherSeed.indices[0].firstOrderConfidence != serial.indices[0].firstOrderConfidence)
    }

    @Test("Bad inputs throw instead of trapping")
    func errors() throws {
        let design = try SobolAnalysis.design(parameters: Ishigami.parameters, baseSampleCount: 8)
        #expect(throws: StatisticsError.self) { try SobolAnalysis.analyze(design: design, outputs: [1, 2, 3]) }
        var outputs = [Double](repeating: 1, count: design.runCount)
        outputs[4] = .nan
        #expect(throws: StatisticsError.self) { try SobolAnalysis.analyze(design: design, outputs: outputs) }
        #expect(throws: StatisticsError.self) {
            try SobolAnalysis.design(parameters: [NamedPrior("x", .uniform(lower: 1, upper: 0))], baseSampleCount: 8)
        }
        let many = (0..<65).map { NamedPrior("x\($0)", .uniform(lower: 0, upper: 1)) }
        #expect(throws: StatisticsError.self) { try SobolAnalysis.design(parameters: many, baseSampleCount: 8) }
        #expect(throws: Never.self) {
            try SobolAnalysis.design(parameters: many, baseSampleCount: 8, sampling: .monteCarlo(seed: 1))
        }
    }

    @Test("Unbounded priors get finite design points (no Sobol' coordinate is exactly 0)")
    func unboundedPrior() throws {
        let design = try SobolAnalysis.design(
            parameters: [
                NamedPrior("z", .truncatedNormal(mean: 0, standardDeviation: 1)),
                NamedPrior("u", .uniform(lower: 0, upper: 1)),
            ],
            baseSampleCount: 64)
        #expect(design.allPoints.allSatisfy { $0.allSatisfy { $0.isFinite } })
    }
}
