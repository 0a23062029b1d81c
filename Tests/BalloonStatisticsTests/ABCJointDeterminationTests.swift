import Foundation
import Testing

@testable import BalloonStatistics

/// The data of this toy fit pin down the product of `aid` and `effect` (at 1, the middle of both
/// priors, so the ridge runs across them) and, separately, `level`;
/// `unrelated` never enters the distance. Each factor of the product keeps a wide marginal posterior,
/// which is what the calibration's drop rule must not mistake for "the data taught nothing".
@Suite struct ABCJointDeterminationTests {
    static let distance: ABCDistance = { parameters, seed in
        var rng = CounterRNG(seed: seed)
        let product = log(parameters[0]) + log(parameters[1])
        return abs(product + rng.standardNormal() * 0.02) + abs(parameters[2] - 3)
    }

    static func fit() throws -> ABCSMCResult {
        try ABCSMC.run(
            parameters: [
                NamedPrior("aid", .logUniform(lower: 0.1, upper: 10)),
                NamedPrior("effect", .logUniform(lower: 0.1, upper: 10)),
                NamedPrior("level", .uniform(lower: 0, upper: 10)),
                NamedPrior("unrelated", .uniform(lower: 0, upper: 1)),
            ],
            configuration: ABCSMCConfiguration(particleCount: 400, generations: 10, seed: 11, parallelism: .serial),
            distance: distance)
    }

    @Test func aProductPinnedByTheDataIsFoundInBothFactors() throws {
        let result = try Self.fit()
        let summary = result.summary(intervalLevel: 0.9)
        let joint = result.jointDetermination()
        // Each factor alone still spans most of its prior...
        #expect(summary[0].widthRatio > 0.7)
        #expect(summary[1].widthRatio > 0.7)
        // ...but the other factor explains it almost entirely.
        #expect(joint[0] > 0.8)
        #expect(joint[1] > 0.8)
        // Given the other factor, half the marginal width or less is left (the tolerance keeps the ridge
        // from being a line).
        #expect(summary[0].widthRatio * (1 - joint[0]).squareRoot() < 0.5 * summary[0].widthRatio)
        // A parameter narrowed on its own, and one the data never see, are explained by nothing.
        #expect(summary[2].widthRatio < 0.3)
        #expect(joint[2] < 0.1)
        #expect(summary[3].widthRatio > 0.8)
        #expect(joint[3] < 0.1)
    }

    @Test func theInverseIsExactAndRefusesASingularMatrix() throws {
        let inverse = try #require(ABCSMCResult.inverse([[2, 1], [1, 2]]))
        #expect(abs(inverse[0][0] - 2.0 / 3) < 1e-12)
        #expect(abs(inverse[0][1] + 1.0 / 3) < 1e-12)
        #expect(ABCSMCResult.inverse([[1, 1], [1, 1]]) == nil)
    }
}
