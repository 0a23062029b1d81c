import Testing
@testable import BalloonModel

/// The registry of numerical bounds (`ModelBound`): every clamp that is not a physical limit is
/// counted when it binds and can be widened, so a test can prove the guards are not doing the
/// model's work.
struct RegisteredBoundTests {
    /// Closing every export route out of Colombia leaves its cocaine with no buyer: the source price
    /// falls until the registered floor holds it, and the months are counted.
    private static func closedColombia(widening: Double) -> SimulationConfiguration {
        let exports = ["CO>CO_PACIFIC", "CO>CO_CARIBBEAN", "CO>VENEZUELA", "CO>EC_PORTS", "CO>BRAZIL"]
            .map(TestConfigurations.edge)
        var configuration = TestConfigurations.quiet(start: 2000, end: 2012, events: [
            ModelEvent(kind: .routeClosure, target: .edges(exports), firstMonth: .of(year: 2003),
                       lastMonth: .of(year: 2010, month: 12)),
        ])
        configuration.boundWidening = widening
        return configuration
    }

    @Test func aBoundThatHoldsAValueIsCountedInEveryMonthItBinds() {
        let results = Simulation.run(Self.closedColombia(widening: 1))
        let months = results.boundMonths[.sourcePrice] ?? 0
        #expect(months > 0, "Colombia's source price with every export closed should reach the registered floor")
        #expect(months <= 13 * 12)
        let floor = ModelParameters().sourcePriceUSDPerKg[Country.colombia.rawValue] * 0.25
        let lowest = (2003...2010).compactMap { results.value("source_price_usd_per_kg", "CO", year: $0) }.min() ?? 0
        #expect(lowest >= floor * (1 - 1e-12), "an annual mean can not fall below the floor that holds every month")
    }

    @Test func wideningABoundLetsTheValueItHeldGoPastIt() {
        let held = Simulation.run(Self.closedColombia(widening: 1))
        let widened = Simulation.run(Self.closedColombia(widening: 100))
        let heldLow = (2003...2010).compactMap { held.value("source_price_usd_per_kg", "CO", year: $0) }.min() ?? 0
        let widenedLow = (2003...2010).compactMap { widened.value("source_price_usd_per_kg", "CO", year: $0) }.min() ?? 0
        #expect(widenedLow < 0.5 * heldLow, "with the floor widened 100-fold the price should fall further: \(heldLow) vs \(widenedLow)")
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
        #expect(limits.lower[ModelBound.sourcePrice.rawValue] == 0.25)
        #expect(limits.upper[ModelBound.sourcePrice.rawValue] == 4)
        #expect(limits.upper[ModelBound.perceivedRisk.rawValue] == 0.95)
        let wide = BoundLimits(widening: 100)
        #expect(wide.upper[ModelBound.perceivedRisk.rawValue] < 1, "a share stays a share however wide its bound")
        #expect(abs(wide.upper[ModelBound.perceivedRisk.rawValue] - 0.9995) < 1e-12)
        #expect(wide.lower[ModelBound.sourcePrice.rawValue] == 0.0025)
    }
}
