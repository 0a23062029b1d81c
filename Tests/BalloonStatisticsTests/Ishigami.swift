import Foundation

@testable import BalloonStatistics

/// The Ishigami & Homma (1990) test function and its analytic Sobol' indices
/// (Saltelli et al. 2008, Global Sensitivity Analysis: The Primer, §4.8; Sobol' & Levitan 1999).
struct Ishigami {
    var a = 7.0
    var b = 0.1

    static let parameters = ["x1", "x2", "x3"].map { NamedPrior($0, .uniform(lower: -.pi, upper: .pi)) }

    /// f(x) = sin x₁ + a sin² x₂ + b x₃⁴ sin x₁, inputs uniform on [−π, π]³.
    func callAsFunction(_ x: [Double]) -> Double {
        let s1: Double = sin(x[0])
        let s2: Double = sin(x[1])
        let x3Squared: Double = x[2] * x[2]
        return s1 + a * s2 * s2 + b * x3Squared * x3Squared * s1
    }

    /// The closure form for `evaluate`.
    var model: @Sendable ([Double]) -> Double {
        let f = self
        return { f($0) }
    }

    // Partial variances from the ANOVA decomposition:
    //   V₁ = ½ (1 + bπ⁴/5)², V₂ = a²/8, V₃ = 0, V₁₃ = b²π⁸ (1/18 − 1/50) = 8b²π⁸/225,
    //   V = a²/8 + bπ⁴/5 + b²π⁸/18 + ½.
    var variance: Double {
        let pi4: Double = pow(Double.pi, 4)
        let pi8: Double = pi4 * pi4
        return a * a / 8 + b * pi4 / 5 + b * b * pi8 / 18 + 0.5
    }
    var v1: Double {
        let factor: Double = 1 + b * pow(Double.pi, 4) / 5
        return 0.5 * factor * factor
    }
    var v2: Double { a * a / 8 }
    var v13: Double {
        let pi8: Double = pow(Double.pi, 8)
        return 8 * b * b * pi8 / 225
    }

    /// Analytic first-order indices S₁, S₂, S₃.
    var firstOrder: [Double] { [v1 / variance, v2 / variance, 0] }
    /// Analytic total indices S_T1, S_T2, S_T3.
    var totalOrder: [Double] { [(v1 + v13) / variance, v2 / variance, v13 / variance] }

    /// Exact expected Morris μ and μ* for a p-level design mapped onto [−π, π]:
    /// enumerates every base level of the moved input and every grid level of the
    /// others, which is the distribution those take in a Morris trajectory.
    func exactMorris(levels p: Int = 4) -> (mu: [Double], muStar: [Double]) {
        let jump = p / 2
        let delta = Double(jump) / Double(p - 1)
        let grid = (0..<p).map { -Double.pi + 2 * Double.pi * Double($0) / Double(p - 1) }
        var mu = [Double](repeating: 0, count: 3), muStar = mu
        for i in 0..<3 {
            var count = 0
            for base in 0..<jump {
                for first in 0..<p {
                    for second in 0..<p {
                        var others = [first, second]
                        let low = (0..<3).map { $0 == i ? base : others.removeFirst() }
                        var high = low
                        high[i] += jump
                        let effect = (self(high.map { grid[$0] }) - self(low.map { grid[$0] })) / delta
                        mu[i] += effect
                        muStar[i] += abs(effect)
                        count += 1
                    }
                }
            }
            mu[i] /= Double(count)
            muStar[i] /= Double(count)
        }
        return (mu, muStar)
    }
}
