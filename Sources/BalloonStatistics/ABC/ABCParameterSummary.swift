/// Prior versus posterior for one parameter: how much the data narrowed it.
package struct ABCParameterSummary: Sendable, Equatable, Hashable, Codable {
    /// The parameter's name.
    package let name: String
    /// The probability of the central intervals, e.g. 0.9.
    package let intervalLevel: Double
    /// The prior median (exact, from the quantile function).
    package let priorMedian: Double
    /// The prior interval's lower end, e.g. the 5 % quantile.
    package let priorLower: Double
    /// The prior interval's upper end, e.g. the 95 % quantile.
    package let priorUpper: Double
    /// The weighted posterior mean.
    package let posteriorMean: Double
    /// The weighted posterior median.
    package let posteriorMedian: Double
    /// The weighted posterior interval's lower end.
    package let posteriorLower: Double
    /// The weighted posterior interval's upper end.
    package let posteriorUpper: Double

    /// Posterior interval width / prior interval width: 1 means the data taught nothing,
    /// 0.1 means the plausible range shrank tenfold.
    package var widthRatio: Double { (posteriorUpper - posteriorLower) / (priorUpper - priorLower) }

    /// Whether `value` lies inside the posterior interval.
    package func posteriorIntervalContains(_ value: Double) -> Bool {
        value >= posteriorLower && value <= posteriorUpper
    }
}

extension ABCSMCResult {
    /// Prior and posterior medians and central intervals for every parameter.
    /// Posterior quantiles are weighted (`WeightedStatistics.quantile`).
    /// - Parameter intervalLevel: the central interval's probability; 0.9 gives 5 %–95 %.
    package func summary(intervalLevel: Double = 0.9) -> [ABCParameterSummary] {
        let tail = (1 - intervalLevel) / 2
        return parameters.enumerated().map { d, parameter in
            let values = marginal(d)
            return ABCParameterSummary(
                name: parameter.name,
                intervalLevel: intervalLevel,
                priorMedian: parameter.prior.median,
                priorLower: parameter.prior.quantile(tail),
                priorUpper: parameter.prior.quantile(1 - tail),
                posteriorMean: WeightedStatistics.mean(values, weights: weights),
                posteriorMedian: WeightedStatistics.quantile(values, weights: weights, probability: 0.5),
                posteriorLower: WeightedStatistics.quantile(values, weights: weights, probability: tail),
                posteriorUpper: WeightedStatistics.quantile(values, weights: weights, probability: 1 - tail))
        }
    }
}
