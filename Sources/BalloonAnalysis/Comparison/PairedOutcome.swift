import BalloonModel

/// The slots a paired comparison reads for its window and cost-effectiveness, found once.
struct ContrastInputs: Sendable {
    /// Every `spending_usd` series: the window is where any of them differs.
    let spendingSlots: [Int]
    let totalSpendingSlot: Int
    /// `illicit_area_ha` in every country (Ecuador too, so area pushed across a border still counts).
    let illicitAreaSlots: [Int]
    let worldConsumptionSlot: Int
    let userSlots: [Int]

    /// The layout of every model run holds these series; a layout without them is a programmer error.
    init(keys: [SeriesKey]) {
        var slotOf: [SeriesKey: Int] = [:]
        for (slot, key) in keys.enumerated() { slotOf[key] = slot }
        func slot(_ indicator: Indicator, _ place: Place) -> Int {
            guard let slot = slotOf[SeriesKey(indicator, place)] else {
                preconditionFailure("the model reports no \(indicator.name) at \(place.code)")
            }
            return slot
        }
        spendingSlots = keys.indices.filter { keys[$0].indicator == Indicators.spending.name }
        totalSpendingSlot = slot(Indicators.spending, .total)
        illicitAreaSlots = Country.allCases.compactMap { slotOf[SeriesKey(Indicators.illicitArea, .country($0))] }
        worldConsumptionSlot = slot(Indicators.consumption, .world)
        userSlots = Market.allCases.compactMap { slotOf[SeriesKey(Indicators.users, .market($0))] }
    }
}

/// What one member's scenario run did against the same member's baseline run (same draw, same seed).
///
/// Window rule: the years from the first to the last in which any spending series (place ×
/// instrument × payer) differs between the two runs by more than US$1 (so rounding noise in
/// spending that depends on the coca left to eradicate does not open a window); costs and effects
/// are both summed over it.
/// If spending never differs (a scenario of events or parameters only, or the baseline itself), the
/// window is the whole run and the net cost is zero.
struct PairedOutcome {
    /// Year indices of the window, nil if spending never differs.
    let window: ClosedRange<Int>?
    /// Extra spending over the window, US$ (negative when the scenario spends less).
    let netCostUSD: Double
    /// Σ over window years of (baseline − scenario) illicit hectares, all countries: hectare-years removed.
    let hectareYearsRemoved: Double
    /// Σ over window years of (baseline − scenario) world consumption, kg: kept from consumers
    /// through prices and demand (MODEL.md M8), not by mass balance.
    let kilogramsKept: Double
    /// Σ over window years of 100 × (baseline − scenario) / baseline users in all markets.
    let userPercentYears: Double
    /// 100 × (baseline − scenario) / baseline of world consumption summed over the window.
    let consumerReductionPercent: Double

    init(baseline: SimulationResults, scenario: SimulationResults, inputs: ContrastInputs) {
        let yearCount = baseline.years.count
        func value(_ results: SimulationResults, _ slot: Int, _ year: Int) -> Double {
            results.values[slot * yearCount + year]
        }
        let differing = (0..<yearCount).filter { year in
            inputs.spendingSlots.contains { Self.spendingDiffers(value(baseline, $0, year), value(scenario, $0, year)) }
        }
        window = differing.first.map { $0...differing.last! }
        let years = Self.years(of: window, yearCount: yearCount)
        var cost = 0.0, hectares = 0.0, kilograms = 0.0, userPercent = 0.0, baselineConsumption = 0.0
        for year in years {
            cost += value(scenario, inputs.totalSpendingSlot, year) - value(baseline, inputs.totalSpendingSlot, year)
            for slot in inputs.illicitAreaSlots {
                hectares += value(baseline, slot, year) - value(scenario, slot, year)
            }
            let consumed = value(baseline, inputs.worldConsumptionSlot, year)
            kilograms += 1_000 * (consumed - value(scenario, inputs.worldConsumptionSlot, year))
            baselineConsumption += 1_000 * consumed
            var baselineUsers = 0.0, scenarioUsers = 0.0
            for slot in inputs.userSlots {
                baselineUsers += value(baseline, slot, year)
                scenarioUsers += value(scenario, slot, year)
            }
            if baselineUsers > 0 { userPercent += 100 * (baselineUsers - scenarioUsers) / baselineUsers }
        }
        netCostUSD = cost
        hectareYearsRemoved = hectares
        kilogramsKept = kilograms
        userPercentYears = userPercent
        consumerReductionPercent = baselineConsumption > 0 ? 100 * kilograms / baselineConsumption : 0
    }

    /// Whether two yearly spending figures differ by more than the window rule's US$1.
    static func spendingDiffers(_ baseline: Double, _ scenario: Double) -> Bool {
        abs(scenario - baseline) > 1
    }

    /// The year indices costs and effects are summed over: the window, or the whole run.
    static func years(of window: ClosedRange<Int>?, yearCount: Int) -> Range<Int> {
        window.map { $0.lowerBound..<($0.upperBound + 1) } ?? 0..<yearCount
    }
}

/// Cost-effectiveness ratios: net cost over the window ÷ effect over the window.
enum CostEffectiveness {
    /// Cost per unit of effect, or +∞ ("undefined") when the effect is not a reduction (≤ 0): no
    /// amount of money bought any of it. Ranked above every defined ratio, so bands that reach such
    /// members print "n/a" (see docs/analysis.md). A negative ratio means the scenario saved money
    /// and still reduced the outcome.
    static func ratio(cost: Double, effect: Double) -> Double {
        effect > 0 ? cost / effect : .infinity
    }
}
