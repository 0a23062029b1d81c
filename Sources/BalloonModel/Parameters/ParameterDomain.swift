/// The values a parameter can physically take, separate from its prior range: outside its domain an
/// equation divides by zero, a share leaves [0, 1] or a rate turns a stock negative.
///
/// Every value that sets a parameter (scenario `[parameters]`, posterior files, calibration) is
/// checked against `ParameterDescriptor.acceptedValues`: the domain, intersected with a plausibility
/// window around the prior range that catches typos of several orders of magnitude.
public struct ParameterDomain: Sendable, Equatable, CustomStringConvertible {
    public let lower: Double
    public let lowerIncluded: Bool
    public let upper: Double
    public let upperIncluded: Bool

    public init(lower: Double, lowerIncluded: Bool, upper: Double, upperIncluded: Bool) {
        self.lower = lower
        self.lowerIncluded = lowerIncluded
        self.upper = upper
        self.upperIncluded = upperIncluded
    }

    /// Strictly positive: the parameter divides something, or is a scale a zero would erase.
    public static let positive = ParameterDomain(lower: 0, lowerIncluded: false, upper: .infinity, upperIncluded: false)
    /// Zero or more: an effect size, cost or count where zero means "no effect".
    public static let nonNegative = ParameterDomain(
        lower: 0, lowerIncluded: true, upper: .infinity, upperIncluded: false)
    /// Zero or less: an elasticity whose sign is fixed (demand falls when the price rises).
    public static let nonPositive = ParameterDomain(
        lower: -.infinity, lowerIncluded: false, upper: 0, upperIncluded: true)
    /// A share or probability.
    public static let unitInterval = ParameterDomain(lower: 0, lowerIncluded: true, upper: 1, upperIncluded: true)
    /// A share that must not be zero (it divides, e.g. purity).
    public static let positiveShare = ParameterDomain(lower: 0, lowerIncluded: false, upper: 1, upperIncluded: true)
    /// A share strictly between 0 and 1: it enters as odds, share / (1 − share) (the leaf's share of
    /// the laboratories' value).
    public static let openShare = ParameterDomain(lower: 0, lowerIncluded: false, upper: 1, upperIncluded: false)
    /// A time constant of a monthly step: at least one month, so that no step moves a stock past its target.
    public static let months = ParameterDomain(lower: 1, lowerIncluded: true, upper: .infinity, upperIncluded: false)
    /// Any finite number (a growth rate in an exponential, either sign).
    public static let anyFinite = ParameterDomain(
        lower: -.infinity, lowerIncluded: false, upper: .infinity, upperIncluded: false)

    /// Rounded to nine decimals so that the bound a message shows (1.8) is the bound applied, not
    /// 1.7999999999999998.
    static func clean(_ value: Double) -> Double { abs(value) < 1e6 ? (value * 1e9).rounded() / 1e9 : value.rounded() }

    public func contains(_ value: Double) -> Bool {
        guard value.isFinite else { return false }
        let aboveLower = lowerIncluded ? value >= lower : value > lower
        let belowUpper = upperIncluded ? value <= upper : value < upper
        return aboveLower && belowUpper
    }

    /// Interval notation, e.g. `(0, ∞)`, `[0, 1]`, `[1, ∞)`.
    public var description: String {
        func number(_ value: Double) -> String {
            value == .infinity
                ? "∞" : value == -.infinity ? "−∞" : value == value.rounded() ? String(Int(value)) : String(value)
        }
        return "\(lowerIncluded ? "[" : "(")\(number(lower)), \(number(upper))\(upperIncluded ? "]" : ")")"
    }
}

public extension ParameterDescriptor {
    /// The physical domain of this parameter (see `ParameterDomain.byName`).
    var domain: ParameterDomain {
        let base = name.split(separator: ".").first.map(String.init) ?? name
        guard let domain = ParameterDomain.byName[base] else {
            preconditionFailure("parameter '\(name)' has no domain in ParameterDomain.byName")
        }
        return domain
    }

    /// Around the prior range, two spans either side: farther out is a typo of orders of magnitude
    /// (and keeps exponentials such as the route logit finite).
    var plausibleWindow: ClosedRange<Double> {
        let span = max(range.upperBound - range.lowerBound, abs(range.upperBound), 1e-9)
        return ParameterDomain.clean(range.lowerBound - 2 * span)...ParameterDomain.clean(range.upperBound + 2 * span)
    }

    /// The values a scenario, posterior or shard may give: the domain within the plausibility window.
    var acceptedValues: ParameterDomain {
        var window = plausibleWindow
        // A strictly positive parameter divides: a value near zero would blow up towards infinity, so
        // its accepted values stop one order of magnitude below the prior range.
        if !domain.lowerIncluded, domain.lower == 0, range.lowerBound > 0 {
            window = ParameterDomain.clean(range.lowerBound / 10)...window.upperBound
        }
        let (lower, lowerIncluded) =
            domain.lower >= window.lowerBound
            ? (domain.lower, domain.lowerIncluded) : (window.lowerBound, true)
        let (upper, upperIncluded) =
            domain.upper <= window.upperBound
            ? (domain.upper, domain.upperIncluded) : (window.upperBound, true)
        return ParameterDomain(lower: lower, lowerIncluded: lowerIncluded, upper: upper, upperIncluded: upperIncluded)
    }

    /// Nil when `value` is accepted, else what is wrong with it, e.g.
    /// `maturation_months = 0 is outside its domain [1, ∞) (months)`.
    func problem(with value: Double) -> String? {
        guard value.isFinite else {
            return "\(name) = \(value) is not a finite number; allowed: \(acceptedValues) (\(unit))"
        }
        guard domain.contains(value) else {
            return "\(name) = \(value) is outside its physical domain \(domain) (\(unit)); allowed: \(acceptedValues)"
        }
        guard acceptedValues.contains(value) else {
            return
                "\(name) = \(value) is far outside its plausible range \(range.lowerBound)…\(range.upperBound) (\(unit)); allowed: \(acceptedValues)"
        }
        return nil
    }
}
