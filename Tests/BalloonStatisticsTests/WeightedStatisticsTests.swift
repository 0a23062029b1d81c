import Foundation
import Testing

@testable import BalloonStatistics

@Suite("Weighted statistics")
struct WeightedStatisticsTests {
    @Test("Equal-weight quantiles follow Hyndman–Fan type 5")
    func unweightedQuantiles() {
        let x = [4.0, 1, 3, 2]
        // Plotting positions 0.125, 0.375, 0.625, 0.875.
        #expect(WeightedStatistics.quantile(x, probability: 0.5) == 2.5)
        #expect(WeightedStatistics.quantile(x, probability: 0.125) == 1)
        #expect(WeightedStatistics.quantile(x, probability: 0.05) == 1)
        #expect(WeightedStatistics.quantile(x, probability: 0.99) == 4)
        #expect(close(WeightedStatistics.quantile(x, probability: 0.25), 1.5))
    }

    @Test("Weights move quantiles; zero weights are ignored")
    func weightedQuantiles() {
        let x = [0.0, 10, 100]
        #expect(WeightedStatistics.quantile(x, weights: [1, 1, 0], probability: 0.5) == 5)
        #expect(WeightedStatistics.quantile(x, weights: [0, 1, 0], probability: 0.1) == 10)
        #expect(WeightedStatistics.quantile(x, weights: [8, 1, 1], probability: 0.3) == 0)
    }

    @Test("Mean, variance and effective sample size")
    func moments() {
        #expect(WeightedStatistics.mean([1, 3], weights: [3, 1]) == 1.5)
        #expect(WeightedStatistics.variance([1, 3], weights: [1, 1]) == 1)
        #expect(WeightedStatistics.effectiveSampleSize([1, 1, 1, 1]) == 4)
        #expect(WeightedStatistics.effectiveSampleSize([1, 0, 0, 0]) == 1)
        #expect(close(WeightedStatistics.logSumExp([1000, 1000]), 1000 + log(2)))
    }
}
