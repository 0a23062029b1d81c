import Testing

@testable import BalloonStatistics

@Suite("Morris elementary effects")
struct MorrisAnalysisTests {
    let function = Ishigami()

    @Test("Each step moves exactly one parameter by ±Δ on the p-level grid")
    func designStructure() throws {
        let design = try MorrisAnalysis.design(parameters: Ishigami.parameters, trajectories: 50, levels: 6, seed: 9)
        let k = 3
        #expect(design.runCount == 50 * (k + 1))
        #expect(design.delta == 0.6)
        for t in 0..<50 {
            #expect(Set(design.changedParameters[t]) == Set(0..<k))
            for s in 0..<k {
                let before = design.unitPoints[t * (k + 1) + s], after = design.unitPoints[t * (k + 1) + s + 1]
                for i in 0..<k {
                    let change = after[i] - before[i]
                    if i == design.changedParameters[t][s] {
                        #expect(abs(change - Double(design.stepDirections[t][s]) * design.delta) < 1e-12)
                    } else {
                        #expect(change == 0)
                    }
                }
            }
        }
        let onGrid = design.unitPoints.allSatisfy {
            $0.allSatisfy { abs(($0 * 5).rounded() - $0 * 5) < 1e-12 && $0 >= 0 && $0 <= 1 }
        }
        #expect(onGrid)
        let again = try MorrisAnalysis.design(parameters: Ishigami.parameters, trajectories: 50, levels: 6, seed: 9)
        #expect(design == again)
    }

    @Test("Ishigami: μ* matches its exact grid expectation; x3 matters though S₃ = 0; ranking x2 > x1 > x3")
    func ishigamiScreening() throws {
        let exact = self.function.exactMorris(levels: 4)
        let design = try MorrisAnalysis.design(parameters: Ishigami.parameters, trajectories: 5000, seed: 21)
        let result = try MorrisAnalysis.analyze(
            design: design, outputs: design.evaluate(self.function.model), bootstrapResamples: 200, seed: 2)
        // Elementary effects of x1 and x3 take two values each with sd ≈ 6.25, so with r = 5000
        // μ* has a standard error near 0.09 (1.2 %); 5 % is about 4 standard errors.
        for i in 0..<3 {
            let effects = result.effects[i]
            #expect(
                abs(effects.muStar - exact.muStar[i]) / exact.muStar[i] < 0.05,
                "mu*\(i + 1) = \(effects.muStar) vs \(exact.muStar[i])")
            #expect(effects.muStarInterval.contains(effects.muStar))
            #expect(effects.muStarConfidence > 0 || i == 1)
        }
        // sin² x₂ takes only the values 0 and 3/4 on the 4-level grid: every |EE₂| is exactly 7.875.
        #expect(result.effects[1].elementaryEffects.allSatisfy { abs(abs($0) - 7.875) < 1e-9 })
        // x3 acts only through its interaction with x1: μ* is large although S₃ = 0.
        #expect(self.function.firstOrder[2] == 0)
        #expect(result.effects[2].muStar > 5)
        #expect(result.effects[2].sigma > 5)
        // μ of x3 cancels (effects of both signs) while μ* does not.
        #expect(abs(result.effects[2].mu) < 0.5)
        #expect(result.rankingByMuStar == ["x2", "x1", "x3"])
        #expect(exact.muStar[1] > exact.muStar[0] && exact.muStar[0] > exact.muStar[2])
    }

    @Test("Campolongo selection spreads the chosen trajectories more than the first r drawn")
    func campolongoSelection() throws {
        let parameters = (0..<5).map { NamedPrior("p\($0)", .uniform(lower: 0, upper: 1)) }
        let plain = try MorrisAnalysis.design(parameters: parameters, trajectories: 8, seed: 4)
        let optimised = try MorrisAnalysis.design(
            parameters: parameters, trajectories: 8, seed: 4, candidateTrajectories: 60)
        #expect(optimised.runCount == plain.runCount)
        #expect(spread(optimised) > spread(plain))
    }

    /// Campolongo's criterion: the root of the sum over pairs of squared trajectory distances.
    private func spread(_ design: MorrisDesign) -> Double {
        let size = design.parameterCount + 1
        let trajectories = (0..<design.trajectoryCount).map {
            Array(design.unitPoints[($0 * size)..<(($0 + 1) * size)])
        }
        var total = 0.0
        for i in 0..<trajectories.count {
            for j in (i + 1)..<trajectories.count {
                var d = 0.0
                for x in trajectories[i] {
                    for y in trajectories[j] {
                        d += zip(x, y).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }.squareRoot()
                    }
                }
                total += d * d
            }
        }
        return total.squareRoot()
    }

    @Test("Invalid designs throw")
    func errors() {
        #expect(throws: StatisticsError.self) {
            try MorrisAnalysis.design(parameters: Ishigami.parameters, trajectories: 10, levels: 5)
        }
        #expect(throws: StatisticsError.self) {
            try MorrisAnalysis.design(
                parameters: [NamedPrior("z", .truncatedNormal(mean: 0, standardDeviation: 1))], trajectories: 10)
        }
    }
}
