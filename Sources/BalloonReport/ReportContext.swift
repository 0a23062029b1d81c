import BalloonModel

/// What every section needs to know: the scenarios, the years spoken about, and the policy window.
struct ReportContext: Sendable {
    let input: ReportInput
    /// Years of the baseline run.
    let years: [Int]
    /// First to last year of the alternatives' own policies (or, where a scenario does not say, of the years its
    /// results differ from the baseline's); nil with one scenario or when nothing differs.
    let policyWindow: ClosedRange<Int>?
    /// The year captions and tables speak about.
    let focusYear: Int

    init(_ input: ReportInput) {
        self.input = input
        years = input.baseline.results.years
        policyWindow = Self.policyWindow(input)
        let last = years.last ?? 0
        if let requested = input.focusYear, let first = years.first {
            focusYear = min(max(requested, first), last)
        } else {
            focusYear = policyWindow?.upperBound ?? last
        }
    }

    var baseline: ScenarioResult { input.baseline }
    var alternatives: [ScenarioResult] { input.alternatives }
    var scenarios: [ScenarioResult] { input.scenarios }
    var hasBands: Bool { scenarios.contains { $0.hasBands } }

    /// The years money and hectares are cumulated over: the policy window, else the whole run.
    var accountingYears: ClosedRange<Int> {
        policyWindow ?? ((years.first ?? 0)...(years.last ?? 0))
    }

    /// "2026–2035" or "2030".
    static func span(_ range: ClosedRange<Int>) -> String {
        range.lowerBound == range.upperBound ? "\(range.lowerBound)" : "\(range.lowerBound)–\(range.upperBound)"
    }

    /// The union of the alternatives' policy years, clipped to the run; alternatives that do not give theirs
    /// count the years their results differ from the baseline's.
    static func policyWindow(_ input: ReportInput) -> ClosedRange<Int>? {
        guard let first = input.baseline.results.years.first, let last = input.baseline.results.years.last else {
            return nil
        }
        let ranges = input.alternatives.compactMap { alternative -> ClosedRange<Int>? in
            if let declared = alternative.policyYears {
                let lower = max(declared.lowerBound, first)
                let upper = min(declared.upperBound, last)
                return lower <= upper ? lower...upper : nil
            }
            return differingYears(input.baseline, alternative)
        }
        guard let lower = ranges.map(\.lowerBound).min(), let upper = ranges.map(\.upperBound).max() else { return nil }
        return lower...upper
    }

    /// Years where total spending differs from the baseline's; failing that, years where Andean coca area or
    /// world consumption differs by more than 0.1% (scenarios that change only parameters or events).
    static func differingYears(_ baseline: ScenarioResult, _ alternative: ScenarioResult) -> ClosedRange<Int>? {
        var differing: [Int] = []
        func collect(_ indicator: Indicator, _ place: Place, tolerance: (Double) -> Double) {
            guard let base = baseline.results.series(indicator, place),
                let other = alternative.results.series(indicator, place),
                alternative.results.years == baseline.results.years
            else { return }
            for (index, year) in baseline.results.years.enumerated()
            where abs(other[index] - base[index]) > tolerance(base[index]) {
                differing.append(year)
            }
        }
        collect(Indicators.spending, .total) { max(abs($0) * 1e-6, 1) }
        if differing.isEmpty {
            collect(Indicators.cocaArea, .andean) { max(abs($0) * 1e-3, 1) }
            collect(Indicators.consumption, .world) { max(abs($0) * 1e-3, 1e-3) }
        }
        guard let first = differing.min(), let last = differing.max() else { return nil }
        return first...last
    }

    // MARK: Comparisons

    /// A scenario's value relative to the baseline's in `year`, with a band when the scenario has one.
    ///
    /// The band divides the scenario's 5–95% edges by the baseline's median: it shows the scenario's spread,
    /// not the spread of a paired difference (which common random numbers make narrower).
    func relativeChange(_ scenario: ScenarioResult, _ line: (ScenarioResult) -> ScenarioLine?, in year: Int)
        -> (central: Double, band: (lower: Double, upper: Double)?)?
    {
        guard let base = line(baseline)?.value(in: year), let value = line(scenario)?.value(in: year),
            let central = Wording.relative(value, to: base)
        else { return nil }
        let band = line(scenario)?.band(in: year).flatMap { edges -> (lower: Double, upper: Double)? in
            guard let low = Wording.relative(edges.lower, to: base), let high = Wording.relative(edges.upper, to: base)
            else { return nil }
            return (low, high)
        }
        return (central, band)
    }

    /// Scenario minus baseline in `year`.
    func difference(_ scenario: ScenarioResult, _ line: (ScenarioResult) -> ScenarioLine?, in year: Int) -> Double? {
        guard let base = line(baseline)?.value(in: year), let value = line(scenario)?.value(in: year) else {
            return nil
        }
        return value - base
    }

    /// Sum over `range` of one scenario's series.
    func total(_ line: ScenarioLine?, over range: ClosedRange<Int>) -> Double? {
        guard let line else { return nil }
        var sum = 0.0
        for (index, year) in line.years.enumerated() where range.contains(year) { sum += line.values[index] }
        return sum
    }
}
