import BalloonModel

/// The distribution over paired members of what one scenario did against the baseline.
package struct ScenarioContrast: Sendable, Codable, Equatable {
    package let scenario: String
    /// Scenario − baseline per compared series and year: `yearly[series * years + yearIndex]`.
    package internal(set) var yearly: [MemberDistribution]
    /// Scenario − baseline per compared series, averaged over the member's window years.
    package internal(set) var windowDifference: [MemberDistribution]
    /// The baseline's level per compared series, averaged over the member's window years.
    package internal(set) var windowBaseline: [MemberDistribution]
    package internal(set) var netCostUSD = MemberDistribution()
    package internal(set) var hectareYearsRemoved = MemberDistribution()
    package internal(set) var kilogramsKept = MemberDistribution()
    package internal(set) var userPercentYears = MemberDistribution()
    package internal(set) var consumerReductionPercent = MemberDistribution()
    /// US$ per hectare-year of illicit coca fewer (annual cost ÷ average hectares fewer).
    package internal(set) var costPerHectareRemoved = MemberDistribution()
    /// US$ per kilogram kept from consumers.
    package internal(set) var costPerKilogramKept = MemberDistribution()
    /// US$ per percent-year of users fewer (annual cost ÷ average percent fewer users).
    package internal(set) var costPerPercentFewerUsers = MemberDistribution()
    /// Members whose consumer reduction reached the threshold.
    package internal(set) var membersReachingThreshold = 0
    /// Members whose spending never differed from the baseline's (window = whole run).
    package internal(set) var membersWithoutWindow = 0
    /// Earliest and latest first and last window years over members (nil if no member had a window).
    package internal(set) var windowStart: ClosedRange<Int>?
    package internal(set) var windowEnd: ClosedRange<Int>?

    init(scenario: String, seriesCount: Int, yearCount: Int) {
        self.scenario = scenario
        yearly = Array(repeating: MemberDistribution(), count: seriesCount * yearCount)
        windowDifference = Array(repeating: MemberDistribution(), count: seriesCount)
        windowBaseline = windowDifference
    }

    /// Adds one member's paired runs.
    mutating func add(
        baseline: SimulationResults, scenario: SimulationResults, series: [ComparedSeries],
        inputs: ContrastInputs, thresholdPercent: Double
    ) {
        let yearCount = baseline.years.count
        let outcome = PairedOutcome(baseline: baseline, scenario: scenario, inputs: inputs)
        let windowYears = PairedOutcome.years(of: outcome.window, yearCount: yearCount)
        for (index, compared) in series.enumerated() {
            var differenceSum = 0.0, baselineSum = 0.0
            for year in 0..<yearCount {
                let base = compared.value(in: baseline, yearIndex: year)
                let difference = compared.value(in: scenario, yearIndex: year) - base
                yearly[index * yearCount + year].add(difference)
                if windowYears.contains(year) {
                    differenceSum += difference
                    baselineSum += base
                }
            }
            windowDifference[index].add(differenceSum / Double(windowYears.count))
            windowBaseline[index].add(baselineSum / Double(windowYears.count))
        }
        netCostUSD.add(outcome.netCostUSD)
        hectareYearsRemoved.add(outcome.hectareYearsRemoved)
        kilogramsKept.add(outcome.kilogramsKept)
        userPercentYears.add(outcome.userPercentYears)
        consumerReductionPercent.add(outcome.consumerReductionPercent)
        costPerHectareRemoved.add(
            CostEffectiveness.ratio(cost: outcome.netCostUSD, effect: outcome.hectareYearsRemoved))
        costPerKilogramKept.add(CostEffectiveness.ratio(cost: outcome.netCostUSD, effect: outcome.kilogramsKept))
        costPerPercentFewerUsers.add(
            CostEffectiveness.ratio(cost: outcome.netCostUSD, effect: outcome.userPercentYears))
        if outcome.consumerReductionPercent >= thresholdPercent { membersReachingThreshold += 1 }
        if let window = outcome.window {
            let first = baseline.years[window.lowerBound], last = baseline.years[window.upperBound]
            windowStart = Self.widen(windowStart, first...first)
            windowEnd = Self.widen(windowEnd, last...last)
        } else {
            membersWithoutWindow += 1
        }
    }

    /// Adds every member of `other` (disjoint members of the same comparison).
    mutating func merge(_ other: ScenarioContrast) {
        for index in yearly.indices { yearly[index].merge(other.yearly[index]) }
        for index in windowDifference.indices {
            windowDifference[index].merge(other.windowDifference[index])
            windowBaseline[index].merge(other.windowBaseline[index])
        }
        netCostUSD.merge(other.netCostUSD)
        hectareYearsRemoved.merge(other.hectareYearsRemoved)
        kilogramsKept.merge(other.kilogramsKept)
        userPercentYears.merge(other.userPercentYears)
        consumerReductionPercent.merge(other.consumerReductionPercent)
        costPerHectareRemoved.merge(other.costPerHectareRemoved)
        costPerKilogramKept.merge(other.costPerKilogramKept)
        costPerPercentFewerUsers.merge(other.costPerPercentFewerUsers)
        membersReachingThreshold += other.membersReachingThreshold
        membersWithoutWindow += other.membersWithoutWindow
        if let start = other.windowStart { windowStart = Self.widen(windowStart, start) }
        if let end = other.windowEnd { windowEnd = Self.widen(windowEnd, end) }
    }

    /// Every per-member distribution, for consistency checks and memory accounting.
    var allDistributions: [MemberDistribution] {
        yearly + windowDifference + windowBaseline + [
            netCostUSD, hectareYearsRemoved, kilogramsKept, userPercentYears, consumerReductionPercent,
            costPerHectareRemoved, costPerKilogramKept, costPerPercentFewerUsers,
        ]
    }

    private static func widen(_ range: ClosedRange<Int>?, _ other: ClosedRange<Int>) -> ClosedRange<Int> {
        guard let range else { return other }
        return min(range.lowerBound, other.lowerBound)...max(range.upperBound, other.upperBound)
    }
}
