@testable import BalloonModel

/// Configurations for mechanism tests: noise off, and optionally prices frozen, so one mechanism shows.
enum TestConfigurations {
    static func quiet(
        start: Int = 2000, end: Int = 2030, frozenPrices: Bool = false,
        actions: [PolicyAction] = [], events: [ModelEvent] = []
    ) -> SimulationConfiguration {
        var parameters = ModelParameters()
        parameters.weatherYieldSD = 0
        parameters.seizureNoiseSD = 0
        if frozenPrices { parameters.sourcePriceAdjustment = 0 }
        return SimulationConfiguration(
            startYear: start, endYear: end, seed: 7, parameters: parameters,
            actions: actions, events: events)
    }

    static func region(_ id: String) -> Int { Atlas.standard.regionIndex(id)! }
    static func edge(_ id: String) -> Int { Atlas.standard.network.edgeIndex(id)! }

    static func action(_ instrument: Instrument, _ target: PolicyTarget, years: ClosedRange<Int>, _ quantity: Double)
        -> PolicyAction
    {
        PolicyAction(
            instrument: instrument, target: target, firstMonth: .of(year: years.lowerBound),
            lastMonth: .of(year: years.upperBound, month: 12), amount: .quantityPerYear(quantity))
    }
}

extension SimulationResults {
    func at(_ indicator: String, _ place: String, _ year: Int) -> Double {
        value(indicator, place, year: year)!
    }
}
