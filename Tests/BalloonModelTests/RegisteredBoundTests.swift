import Testing
@testable import BalloonModel

/// The registry of numerical bounds (`ModelBound`): every clamp that is not a physical limit is
/// counted when it binds and can be widened, so a test can prove the guards are not doing the
/// model's work.
struct RegisteredBoundTests {
    private static let pacificExit = "CO>CO_PACIFIC"

    /// Absurd interdiction on one segment (a million US$ m a year) drives its realised seizure share
    /// into the registered 95% cap: a scenario built to make a bound bind.
    private static func saturatedInterdiction(widening: Double) -> SimulationConfiguration {
        var configuration = TestConfigurations.quiet(
            start: 2000, end: 2006,
            actions: [
                TestConfigurations.action(
                    .interdiction, .edges([TestConfigurations.edge(pacificExit)]),
                    years: 2002...2004, 1_000_000)
            ])
        configuration.boundWidening = widening
        return configuration
    }

    private static func seizedShare(_ results: SimulationResults, year: Int) -> Double {
        let seized = results.value(Indicators.routeSeizures.name, pacificExit, year: year) ?? 0
        let flow = results.value(Indicators.routeFlow.name, pacificExit, year: year) ?? 0
        return flow > 0 ? seized / flow : 0
    }

    @Test func aBoundThatHoldsAValueIsCountedInEveryMonthItBinds() {
        let results = Simulation.run(Self.saturatedInterdiction(widening: 1))
        let months = results.boundMonths[.realisedSeizure] ?? 0
        // With seizure noise off, the month's seizure probability is ≈ 1 in every month of the three years
        // (2002–2004) and in no other: the cap binds in exactly those 36 months.
        #expect(
            months == 3 * 12, "the realised-seizure cap should bind in the 36 months of interdiction, not \(months)")
        let yearsWithFlow = (2002...2004).filter {
            (results.value(Indicators.routeFlow.name, Self.pacificExit, year: $0) ?? 0) > 0
        }
        #expect(!yearsWithFlow.isEmpty, "some cocaine should still try the interdicted segment")
        for year in yearsWithFlow { #expect(Self.seizedShare(results, year: year) <= 0.95 + 1e-9) }
    }

    @Test func wideningABoundLetsTheValueItHeldGoPastIt() {
        let widened = Simulation.run(Self.saturatedInterdiction(widening: 100))
        let shares = (2002...2004).map { Self.seizedShare(widened, year: $0) }.filter { $0 > 0 }
        #expect(
            !shares.isEmpty && shares.allSatisfy { $0 > 0.95 },
            "with the cap widened the seized share should pass 95%: \(shares)")
    }

    /// Closing every export route out of Colombia leaves its cocaine with no buyer: the source price
    /// falls because the stock piles up, not because a floor or a rate limit moves it (M7).
    @Test func aSourceWithNoBuyersSeesItsPriceFallThroughItsStock() {
        let exports = ["CO>CO_PACIFIC", "CO>CO_CARIBBEAN", "CO>VENEZUELA", "CO>EC_PORTS", "CO>BRAZIL"]
            .map(TestConfigurations.edge)
        let closed = Simulation.run(
            TestConfigurations.quiet(
                start: 2000, end: 2012,
                events: [
                    ModelEvent(
                        kind: .routeClosure, target: .edges(exports), firstMonth: .of(year: 2003),
                        lastMonth: .of(year: 2010, month: 12))
                ]))
        let open = Simulation.run(TestConfigurations.quiet(start: 2000, end: 2012))
        let price = Indicators.sourcePrice.name
        let stock = Indicators.cocaineStock.name
        for year in 2005...2010 {
            let closedPrice = closed.value(price, "CO", year: year) ?? 0
            let openPrice = open.value(price, "CO", year: year) ?? 0
            #expect(closedPrice > 0 && closedPrice < 0.5 * openPrice, "\(year): \(closedPrice) vs \(openPrice) US$/kg")
            #expect((closed.value(stock, "CO", year: year) ?? 0) > (open.value(stock, "CO", year: year) ?? 0))
        }
        #expect(
            closed.boundMonths.values.allSatisfy { $0 == 0 },
            "\(closed.boundMonths.filter { $0.value > 0 }.map { "\($0.key.name): \($0.value)" })")
    }

    @Test func aBoundNoValueReachesCountsNoMonths() {
        let results = Simulation.run(TestConfigurations.quiet(start: 2000, end: 2003, frozenPrices: true))
        #expect(results.boundMonths.count == ModelBound.allCases.count)
        for bound in [ModelBound.treatmentRecoveryPerMonth, .uprootingPerMonth, .statePresence, .purityCeiling] {
            #expect(results.boundMonths[bound] == 0, "\(bound.name) bound in a run with nothing to hold")
        }
    }

    @Test func everyRegisteredBoundHasANameAndAReasonAndTheNamesAreDistinct() {
        let names = ModelBound.allCases.map(\.name)
        #expect(Set(names).count == names.count)
        #expect(ModelBound.allCases.allSatisfy { !$0.reason.isEmpty && !$0.name.isEmpty })
    }

    @Test func unitWideningGivesTheRegisteredLimitsExactly() {
        let limits = BoundLimits(widening: 1)
        #expect(limits.lower[ModelBound.purityResponse.rawValue] == 0.3)
        #expect(limits.upper[ModelBound.purityResponse.rawValue] == 1.5)
        #expect(limits.upper[ModelBound.perceivedRisk.rawValue] == 0.95)
        let wide = BoundLimits(widening: 100)
        #expect(wide.upper[ModelBound.perceivedRisk.rawValue] < 1, "a share stays a share however wide its bound")
        #expect(abs(wide.upper[ModelBound.perceivedRisk.rawValue] - 0.9995) < 1e-12)
        #expect(wide.lower[ModelBound.purityResponse.rawValue] == 0.003)
    }
}
