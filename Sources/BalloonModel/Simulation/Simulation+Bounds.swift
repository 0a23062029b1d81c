extension Simulation {
    /// `value` held within a registered bound; the month is noted as binding when it had to be.
    @inline(__always)
    mutating func bounded(_ value: Double, _ bound: ModelBound) -> Double {
        bounded(value, lower: boundLimits.lower[bound.rawValue], upper: boundLimits.upper[bound.rawValue], bound)
    }

    /// `value` held within a registered bound expressed relative to a reference (e.g. 0.25–4× a price).
    @inline(__always)
    mutating func bounded(_ value: Double, scaledBy reference: Double, _ bound: ModelBound) -> Double {
        bounded(
            value, lower: boundLimits.lower[bound.rawValue] * reference,
            upper: boundLimits.upper[bound.rawValue] * reference, bound)
    }

    /// `value` at most the bound's share of a stock (e.g. half a region's coca in a month).
    @inline(__always)
    mutating func capped(_ value: Double, at stock: Double, _ bound: ModelBound) -> Double {
        bounded(value, lower: -.infinity, upper: stock * boundLimits.upper[bound.rawValue], bound)
    }

    /// `value` at least the bound's share of a base (e.g. a fifth of the retail price).
    @inline(__always)
    mutating func capped(_ value: Double, atLeast base: Double, _ bound: ModelBound) -> Double {
        bounded(value, lower: base * boundLimits.lower[bound.rawValue], upper: .infinity, bound)
    }

    @inline(__always)
    private mutating func bounded(_ value: Double, lower: Double, upper: Double, _ bound: ModelBound) -> Double {
        if value < lower {
            bindingThisMonth[bound.rawValue] = true
            return lower
        }
        if value > upper {
            bindingThisMonth[bound.rawValue] = true
            return upper
        }
        return value
    }

    /// Adds this month to the count of every bound that bound in it.
    mutating func countBindingBounds() {
        for index in bindingThisMonth.indices where bindingThisMonth[index] {
            bindingMonths[index] += 1
            bindingThisMonth[index] = false
        }
    }
}
