import Foundation
import Testing

@testable import BalloonStatistics

/// Relative-or-absolute closeness.
func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-12) -> Bool {
    abs(a - b) <= tolerance * max(1, abs(b))
}

@Suite("Standard normal and priors")
struct DistributionTests {
    @Test("Standard normal quantile and CDF match SciPy")
    func standardNormal() {
        // scipy.stats.norm (SciPy 1.17).
        #expect(close(StandardNormal.quantile(0.975), 1.959963984540054, 1e-14))
        #expect(close(StandardNormal.quantile(1e-10), -6.361340902404056, 1e-14))
        #expect(close(StandardNormal.quantile(0.3), -0.5244005127080409, 1e-14))
        #expect(StandardNormal.quantile(0.5) == 0)
        #expect(close(StandardNormal.cdf(1.96), 0.9750021048517795, 1e-14))
        #expect(close(StandardNormal.survival(8), 6.22096057427174e-16, 1e-12))
        #expect(close(StandardNormal.cdf(-8), 6.22096057427174e-16, 1e-12))
        #expect(StandardNormal.quantile(0) == -.infinity)
        #expect(StandardNormal.quantile(1.5).isNaN)
        for p in stride(from: 0.001, to: 1, by: 0.037) {
            #expect(close(StandardNormal.cdf(StandardNormal.quantile(p)), p, 1e-13))
        }
    }

    @Test("Uniform prior quantiles and density")
    func uniform() {
        let prior = Prior.uniform(lower: 2, upper: 6)
        #expect(prior.quantile(0.25) == 3)
        #expect(prior.median == 4)
        let interval = prior.centralInterval(level: 0.9)
        #expect(close(interval.lower, 2.2) && close(interval.upper, 5.8))
        #expect(close(prior.logDensity(3.3), -log(4)))
        #expect(prior.logDensity(6.5) == -.infinity)
        #expect(close(prior.cdf(5), 0.75))
        #expect(prior.sample(u: 0.5) == prior.median)
    }

    @Test("Log-uniform prior: median is the geometric mean; values match SciPy")
    func logUniform() {
        let prior = Prior.logUniform(lower: 0.01, upper: 100)
        #expect(close(prior.median, 1))
        #expect(close(prior.quantile(0.05), 0.01584893192461114))
        #expect(close(prior.logDensity(2), -2.9134739869277917))
        #expect(close(prior.cdf(prior.quantile(0.37)), 0.37))
        #expect(prior.quantile(0) == 0.01 && prior.quantile(1) == 100)
    }

    @Test("Truncated normal quantiles, CDF and density match SciPy's truncnorm")
    func truncatedNormal() {
        let prior = Prior.truncatedNormal(mean: 1, standardDeviation: 2, lower: 0, upper: 5)
        #expect(close(prior.quantile(0.05), 0.18583204361251526, 1e-10))
        #expect(close(prior.median, 1.7324087087440172, 1e-10))
        #expect(close(prior.quantile(0.95), 4.1752470366796555, 1e-10))
        #expect(close(prior.logDensity(2), -1.3346844014260428, 1e-12))
        #expect(close(prior.cdf(3), 0.7967659395179817, 1e-12))
        #expect(prior.logDensity(-0.1) == -.infinity)

        // Entirely in the upper tail: naive Φ(5) − Φ(6) would lose all precision.
        let tail = Prior.truncatedNormal(mean: 0, standardDeviation: 1, lower: 5, upper: 6)
        #expect(close(tail.median, 5.131371763283919, 1e-9))
        #expect(close(tail.logDensity(5.1), 1.1445075633247832, 1e-9))
        #expect(close(tail.cdf(5.2), 0.6546385417562114, 1e-9))
        let lowerTail = Prior.truncatedNormal(mean: 0, standardDeviation: 1, upper: -4)
        #expect(close(lowerTail.median, -4.161104278597881, 1e-9))
        #expect(close(lowerTail.logDensity(-4.5), -0.6838370466773807, 1e-9))
    }

    @Test(
        "Densities integrate to one and quantile inverts the CDF",
        arguments: [
            Prior.uniform(lower: -1, upper: 3),
            Prior.logUniform(lower: 0.5, upper: 8),
            Prior.truncatedNormal(mean: 2, standardDeviation: 1.5, lower: -1, upper: 4),
            Prior.truncatedNormal(mean: 0, standardDeviation: 1, lower: 2, upper: 4),
        ])
    func densityIntegratesToOne(prior: Prior) throws {
        try prior.validate()
        let steps = 20_000
        let (a, b) = (prior.lowerBound, prior.upperBound)
        let h = (b - a) / Double(steps)
        var integral = 0.0
        for i in 0...steps {
            let weight = (i == 0 || i == steps) ? 0.5 : 1.0
            integral += weight * exp(prior.logDensity(a + Double(i) * h))
        }
        #expect(abs(integral * h - 1) < 1e-6)
        for p in [0.01, 0.2, 0.5, 0.77, 0.99] {
            #expect(close(prior.cdf(prior.quantile(p)), p, 1e-9))
        }
    }

    @Test(
        "Invalid priors are rejected",
        arguments: [
            Prior.uniform(lower: 1, upper: 1),
            Prior.logUniform(lower: 0, upper: 1),
            Prior.truncatedNormal(mean: 0, standardDeviation: -1),
            Prior.truncatedNormal(mean: 0, standardDeviation: 1, lower: 40, upper: 41),
        ])
    func invalid(prior: Prior) {
        #expect(throws: StatisticsError.self) { try prior.validate() }
    }
}
