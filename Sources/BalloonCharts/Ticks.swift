import Foundation

/// "Nice numbers" tick generation: steps of 1, 2 or 5 × 10^k that cover a data range.
public enum NiceTicks {
    /// The nice step for a span divided into roughly `count` intervals.
    public static func step(span: Double, count: Int) -> Double {
        guard span.isFinite, span > 0 else { return 1 }
        let rough = span / Double(max(count, 1))
        let power = pow(10, floor(log10(rough)))
        let error = rough / power
        // Thresholds at the geometric means between 1, 2, 5 and 10 pick the closest nice step.
        let factor: Double =
            error >= 50.squareRoot() ? 10 : error >= 10.squareRoot() ? 5 : error >= 2.squareRoot() ? 2 : 1
        return factor * power
    }

    /// Tick values from a nice value at or below `lower` to one at or above `upper`.
    ///
    /// `ticks(lower: 0, upper: 97, count: 5)` is `[0, 20, 40, 60, 80, 100]`.
    /// - Parameter minimumStep: smallest allowed step, e.g. 1 for whole years.
    public static func ticks(lower: Double, upper: Double, count: Int = 5, minimumStep: Double = 0) -> [Double] {
        let (low, high) = Domain.padded(lower: lower, upper: upper)
        let step = max(step(span: high - low, count: count), minimumStep.isFinite ? minimumStep : 0)
        let first = floor(low / step + 1e-9)
        let last = ceil(high / step - 1e-9)
        guard first.isFinite, last.isFinite, last >= first, last - first <= 1_000 else { return [low, high] }
        // Dividing by 1/step (an integer for steps below 1) avoids 0.30000000000000004-style drift.
        let inverse = step < 1 ? (1 / step).rounded() : 0
        return (0...Int(last - first)).map { offset in
            let index = first + Double(offset)
            let value = inverse > 0 ? index / inverse : index * step
            return value == 0 ? 0 : value
        }
    }
}

/// The numeric extent of some data, made safe to draw.
enum Domain {
    /// Beyond this magnitude spans overflow; values further out are clamped and drawn at the edge.
    static let limit = 1e200

    /// Min and max of the finite values, or nil when there are none.
    static func extent<S: Sequence>(_ values: S) -> (lower: Double, upper: Double)? where S.Element == Double {
        var lower = Double.infinity
        var upper = -Double.infinity
        for value in values where value.isFinite {
            lower = min(lower, value)
            upper = max(upper, value)
        }
        return lower <= upper ? (lower, upper) : nil
    }

    /// Clamps a range to drawable magnitudes and widens it when it is empty or narrower than Double can resolve.
    static func padded(lower: Double, upper: Double) -> (Double, Double) {
        var low = lower.isFinite ? min(max(lower, -limit), limit) : 0
        var high = upper.isFinite ? min(max(upper, -limit), limit) : 0
        if low > high { swap(&low, &high) }
        let magnitude = max(abs(low), abs(high))
        if high - low <= magnitude * 1e-9 || high - low < 1e-290 {
            let middle = (low + high) / 2
            let pad = middle == 0 ? 1 : abs(middle) * 0.1
            low = middle - pad
            high = middle + pad
        }
        return (low, high)
    }
}

/// A resolved numeric axis: nice domain, its ticks and their labels.
struct AxisTicks: Sendable, Equatable {
    var lower: Double
    var upper: Double
    var values: [Double]
    var labels: [String]

    /// Ticks covering the data, with `count` as the target number of intervals.
    init(lower: Double, upper: Double, count: Int, format: TickFormat, nice: Bool = true, minimumStep: Double = 0) {
        let (low, high) = Domain.padded(lower: lower, upper: upper)
        if nice {
            values = NiceTicks.ticks(lower: low, upper: high, count: count, minimumStep: minimumStep)
            self.lower = values.first ?? low
            self.upper = values.last ?? high
        } else {
            // A caller-fixed domain keeps its ends; only ticks inside it are shown.
            self.lower = low
            self.upper = high
            let all = NiceTicks.ticks(lower: low, upper: high, count: count, minimumStep: minimumStep)
            let slack = (high - low) * 1e-9
            values = all.filter { $0 >= low - slack && $0 <= high + slack }
        }
        let step =
            values.count > 1
            ? values[1] - values[0] : max(NiceTicks.step(span: high - low, count: count), minimumStep)
        labels = NumberFormat.tickLabels(values, step: step, format: format)
    }

    /// Ticks at given values, spanning exactly from the first to the last.
    init(values: [Double], step: Double, format: TickFormat) {
        self.values = values
        lower = values.first ?? 0
        upper = values.last ?? 1
        labels = NumberFormat.tickLabels(values, step: step, format: format)
    }
}
