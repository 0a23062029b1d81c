import Foundation

/// A univariate prior distribution for one model parameter.
///
/// Every prior is sampled by inversion (`sample(u:)` is the quantile function),
/// which lets quasi-random designs (Sobol', Morris grids) and counter-based
/// uniforms map straight into parameter space.
package enum Prior: Sendable, Equatable, Hashable, Codable {
    /// Uniform on [lower, upper].
    case uniform(lower: Double, upper: Double)
    /// Log-uniform on [lower, upper] (0 < lower < upper): log(x) is uniform.
    case logUniform(lower: Double, upper: Double)
    /// Normal(mean, standardDeviation²) truncated to [lower, upper]; either bound may be infinite.
    case truncatedNormal(
        mean: Double, standardDeviation: Double,
        lower: Double = -.infinity, upper: Double = .infinity)

    /// Throws `StatisticsError.invalidArgument` unless the parameters define a proper distribution.
    package func validate() throws {
        switch self {
        case .uniform(let lower, let upper):
            guard lower.isFinite, upper.isFinite, lower < upper else {
                throw StatisticsError.invalidArgument(
                    "uniform prior needs finite lower < upper, got [\(lower), \(upper)]")
            }
        case .logUniform(let lower, let upper):
            guard lower.isFinite, upper.isFinite, lower > 0, lower < upper else {
                throw StatisticsError.invalidArgument(
                    "log-uniform prior needs finite 0 < lower < upper, got [\(lower), \(upper)]")
            }
        case .truncatedNormal(let mean, let sd, let lower, let upper):
            guard mean.isFinite, sd.isFinite, sd > 0, !lower.isNaN, !upper.isNaN, lower < upper else {
                throw StatisticsError.invalidArgument("truncated normal needs finite mean, sd > 0 and lower < upper")
            }
            guard TruncatedNormalMath(mean: mean, sd: sd, lower: lower, upper: upper).mass > 0 else {
                throw StatisticsError.invalidArgument(
                    "truncated normal bounds hold no probability mass in double precision")
            }
        }
    }

    /// The lower end of the support (may be −∞ for a truncated normal).
    package var lowerBound: Double {
        switch self {
        case .uniform(let lower, _), .logUniform(let lower, _): return lower
        case .truncatedNormal(_, _, let lower, _): return lower
        }
    }

    /// The upper end of the support (may be +∞ for a truncated normal).
    package var upperBound: Double {
        switch self {
        case .uniform(_, let upper), .logUniform(_, let upper): return upper
        case .truncatedNormal(_, _, _, let upper): return upper
        }
    }

    /// Whether the support is bounded on both sides.
    package var hasFiniteSupport: Bool { lowerBound.isFinite && upperBound.isFinite }

    /// Whether `x` lies in the support (closed interval).
    package func contains(_ x: Double) -> Bool { x >= lowerBound && x <= upperBound }

    /// The quantile function F⁻¹(p) for p in [0, 1]; NaN outside.
    package func quantile(_ p: Double) -> Double {
        guard p >= 0, p <= 1 else { return .nan }
        if p == 0 { return lowerBound }
        if p == 1 { return upperBound }
        let x: Double
        switch self {
        case .uniform(let lower, let upper):
            x = lower + p * (upper - lower)
        case .logUniform(let lower, let upper):
            x = exp(log(lower) + p * (log(upper) - log(lower)))
        case .truncatedNormal(let mean, let sd, let lower, let upper):
            x = TruncatedNormalMath(mean: mean, sd: sd, lower: lower, upper: upper).quantile(p)
        }
        // Rounding in exp/log can step just outside the support; clamp so that
        // a sampled value always has positive prior density.
        return min(max(x, lowerBound), upperBound)
    }

    /// Draws from the prior by inversion of a uniform `u` in [0, 1] (same as `quantile(u)`).
    package func sample(u: Double) -> Double { quantile(u) }

    /// The cumulative distribution function F(x).
    package func cdf(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        if x <= lowerBound { return 0 }
        if x >= upperBound { return 1 }
        switch self {
        case .uniform(let lower, let upper):
            return (x - lower) / (upper - lower)
        case .logUniform(let lower, let upper):
            return (log(x) - log(lower)) / (log(upper) - log(lower))
        case .truncatedNormal(let mean, let sd, let lower, let upper):
            return TruncatedNormalMath(mean: mean, sd: sd, lower: lower, upper: upper).cdf(x)
        }
    }

    /// log of the probability density at `x`; −∞ outside the support.
    package func logDensity(_ x: Double) -> Double {
        guard contains(x) else { return -.infinity }
        switch self {
        case .uniform(let lower, let upper):
            return -log(upper - lower)
        case .logUniform(let lower, let upper):
            return -log(x) - log(log(upper) - log(lower))
        case .truncatedNormal(let mean, let sd, let lower, let upper):
            let math = TruncatedNormalMath(mean: mean, sd: sd, lower: lower, upper: upper)
            return StandardNormal.logDensity((x - mean) / sd) - log(sd) - log(math.mass)
        }
    }

    /// The median, `quantile(0.5)`.
    package var median: Double { quantile(0.5) }

    /// The central interval holding probability `level`, e.g. level 0.9 → (5 %, 95 %) quantiles.
    package func centralInterval(level: Double) -> (lower: Double, upper: Double) {
        let tail = (1 - level) / 2
        return (quantile(tail), quantile(1 - tail))
    }
}

/// Numerics of a normal truncated to [lower, upper], in standardized units.
///
/// When the whole interval lies above the mean, it works with the survival
/// function instead of the CDF: Φ(α) would round to 1 there and lose every digit.
struct TruncatedNormalMath {
    let mean: Double
    let sd: Double
    let alpha: Double  // standardized lower bound
    let beta: Double  // standardized upper bound
    let useUpperTail: Bool
    let mass: Double  // Φ(β) − Φ(α)

    init(mean: Double, sd: Double, lower: Double, upper: Double) {
        self.mean = mean
        self.sd = sd
        alpha = (lower - mean) / sd
        beta = (upper - mean) / sd
        useUpperTail = alpha > 0
        mass =
            useUpperTail
            ? StandardNormal.survival(alpha) - StandardNormal.survival(beta)
            : StandardNormal.cdf(beta) - StandardNormal.cdf(alpha)
    }

    func cdf(_ x: Double) -> Double {
        let z = min(max((x - mean) / sd, alpha), beta)
        let value =
            useUpperTail
            ? (StandardNormal.survival(alpha) - StandardNormal.survival(z)) / mass
            : (StandardNormal.cdf(z) - StandardNormal.cdf(alpha)) / mass
        return min(max(value, 0), 1)
    }

    func quantile(_ p: Double) -> Double {
        let z =
            useUpperTail
            ? -StandardNormal.quantile(StandardNormal.survival(alpha) - p * mass)
            : StandardNormal.quantile(StandardNormal.cdf(alpha) + p * mass)
        return mean + sd * min(max(z, alpha), beta)
    }
}
