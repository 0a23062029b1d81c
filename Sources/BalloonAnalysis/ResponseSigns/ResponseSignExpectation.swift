/// What one posterior member's paired runs give for a cell: the outcome without the change
/// (`baseline`), with it (`changed`), and, where the expectation needs one, a reference quantity
/// (the extra hectares sprayed, the own-country cut, the consumption cut...).
package struct PairedMeasure: Sendable, Equatable {
    package var baseline: Double
    package var changed: Double
    package var reference: Double?

    package init(baseline: Double, changed: Double, reference: Double? = nil) {
        self.baseline = baseline
        self.changed = changed
        self.reference = reference
    }

    /// The change in the outcome's own unit.
    package var change: Double { changed - baseline }

    /// The change as a share of the baseline; nil when the baseline is zero (no relative change exists).
    package var relativeChange: Double? {
        guard baseline != 0, baseline.isFinite, changed.isFinite else { return nil }
        return (changed - baseline) / abs(baseline)
    }
}

/// How a cell's expectation is judged on one member. Thresholds are the table's: a strict sign needs
/// a change of at least 1% of the baseline; `≈0` means less than 5% (or the row's own limit).
package enum SignExpectation: Sendable, Equatable {
    /// `+`: up by at least 1%.
    case up
    /// `−`: down by at least 1%.
    case down
    /// `≈0`: |change| below `limit` of the baseline (0.05 unless the row says otherwise).
    case small(limit: Double)
    /// `+/≈0`: never clearly down (change > −1%).
    case upOrSmall
    /// `− or ≈0`: never clearly up (change < +1%).
    case downOrSmall
    /// The relative change lies in a range (row 36: between −10% and +15%).
    case relativeRange(lower: Double, upper: Double)
    /// The change per unit of `reference` (e.g. hectares of coca per extra hectare sprayed) lies in a
    /// range, and, when given, the sign rule holds too.
    indirect case perUnit(lower: Double, upper: Double, and: SignExpectation?)
    /// `− or ≈0`, and the change is no larger a cut than `reference` (same unit as `change`,
    /// or relative when `relative`): "less than the own-country cut", "less than the consumption cut in %".
    case downOrSmallButLessThanReference(relative: Bool)
    /// The changed value is below the baseline value (any amount): "lower than under forced eradication".
    case lowerThanBaseline
    /// Ambiguous: the net change is reported, not asserted.
    case reported
    /// The model has no outcome or channel for the cell: it fails, with the reason.
    case notModelled(reason: String)

    /// The share of the baseline a strict sign must move.
    package static let strictThreshold = 0.01
    /// `≈0` unless the row gives its own limit.
    package static let smallLimit = 0.05
    /// The share of members that must agree for an asserted cell to pass.
    package static let requiredAgreement = 0.9

    /// Whether one member's paired runs agree with the expectation; nil for cells that are not asserted.
    package func agrees(_ measure: PairedMeasure) -> Bool? {
        let threshold = Self.strictThreshold
        switch self {
        case .reported, .notModelled: return nil
        case .lowerThanBaseline: return measure.changed < measure.baseline
        case .perUnit(let lower, let upper, let rule):
            guard let reference = measure.reference, reference > 0 else { return false }
            let perUnit = measure.change / reference
            guard perUnit >= lower, perUnit <= upper else { return false }
            return rule.map { $0.agrees(measure) ?? false } ?? true
        case .downOrSmallButLessThanReference(let relative):
            guard let change = measure.relativeChange, change < threshold, let reference = measure.reference else {
                return false
            }
            return relative ? change >= reference : measure.change >= reference
        default: break
        }
        guard let change = measure.relativeChange else { return false }
        switch self {
        case .up: return change >= threshold
        case .down: return change <= -threshold
        case .small(let limit): return abs(change) < limit
        case .upOrSmall: return change > -threshold
        case .downOrSmall: return change < threshold
        case .relativeRange(let lower, let upper): return change >= lower && change <= upper
        default: return false
        }
    }

    /// The rule in words, for tables and the JSON ledger.
    package var rule: String {
        switch self {
        case .up: "up ≥ 1% in ≥ 90% of members"
        case .down: "down ≥ 1% in ≥ 90% of members"
        case .small(let limit): "|change| < \(Int((limit * 100).rounded()))% in ≥ 90% of members"
        case .upOrSmall: "change > −1% in ≥ 90% of members"
        case .downOrSmall: "change < +1% in ≥ 90% of members"
        case .relativeRange(let lower, let upper):
            "change in [\(Self.percent(lower)), \(Self.percent(upper))] in ≥ 90% of members"
        case .perUnit(let lower, let upper, let rule):
            (lower.isFinite ? "change per unit in [\(lower), \(upper)]" : "change per unit at most \(upper)")
                + (rule.map { ", and \($0.rule)" } ?? " in ≥ 90% of members")
        case .downOrSmallButLessThanReference(let relative):
            "change < +1% and a smaller cut than the reference" + (relative ? " (in %)" : "") + " in ≥ 90% of members"
        case .lowerThanBaseline: "changed value below the comparison in ≥ 90% of members"
        case .reported: "reported, not asserted"
        case .notModelled: "not modelled"
        }
    }

    static func percent(_ share: Double) -> String {
        let value = (share * 1000).rounded() / 10
        return (value > 0 ? "+" : "") + (value == value.rounded() ? "\(Int(value))" : "\(value)") + "%"
    }
}
