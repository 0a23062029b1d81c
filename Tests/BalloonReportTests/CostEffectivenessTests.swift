import BalloonModel
import Testing

@testable import BalloonReport

/// Cost per net hectare removed and per kilogram kept from consumers, on hand-made series.
struct CostEffectivenessTests {
    let years = [2024, 2025, 2026, 2027]

    func value(
        spending: ([Double], [Double]), area: ([Double], [Double]), consumption: ([Double], [Double]),
        window: ClosedRange<Int> = 2025...2026
    ) -> CostEffectiveness {
        CostEffectiveness(
            years: years, window: window, spendingUSD: spending, areaHectares: area, consumptionTonnes: consumption)
    }

    @Test func gapsAreCumulatedOverThePolicyYearsOnly() {
        let result = value(
            spending: ([1, 10, 10, 1], [1, 30, 40, 999]), area: ([100, 100, 100, 100], [100, 90, 80, 0]),
            consumption: ([5, 5, 5, 5], [5, 4, 4.5, 0]))
        #expect(result.extraSpendingUSD == 50)
        #expect(result.hectareYearsRemoved == 30)
        #expect(result.kilogramsKeptFromConsumers == 1_500)
        #expect(result.costPerHectare == .usd(50.0 / 30))
        #expect(result.costPerKilogram == .usd(50.0 / 1_500))
    }

    @Test func noReductionIsNotMeaningful() {
        let grew = value(
            spending: ([0, 0, 0, 0], [0, 10, 10, 0]), area: ([100, 100, 100, 100], [100, 110, 100, 100]),
            consumption: ([5, 5, 5, 5], [5, 5, 5, 5]))
        #expect(grew.hectareYearsRemoved == -10)
        #expect(grew.costPerHectare == .notMeaningful)
        #expect(grew.costPerKilogram == .notMeaningful)
        #expect(grew.costPerHectare.text == "not meaningful")
    }

    @Test func aCheaperScenarioThatStillRemovesCocaCostsNothingExtra() {
        let cheaper = value(
            spending: ([10, 10, 10, 10], [10, 5, 5, 10]), area: ([100, 100, 100, 100], [100, 90, 90, 100]),
            consumption: ([5, 5, 5, 5], [5, 5, 5, 5]))
        #expect(cheaper.costPerHectare == .noExtraCost)
        #expect(cheaper.costPerKilogram == .notMeaningful)
    }

    @Test func aWindowOutsideTheYearsCumulatesNothing() {
        let none = value(
            spending: ([1, 2, 3, 4], [2, 3, 4, 5]), area: ([1, 1, 1, 1], [0, 0, 0, 0]),
            consumption: ([1, 1, 1, 1], [0, 0, 0, 0]),
            window: 2030...2035)
        #expect(none.extraSpendingUSD == 0)
        #expect(none.costPerHectare == .notMeaningful)
    }

    @Test func theReportsRatiosFollowFromTheRunsAgainstTheBaseline() throws {
        let context = ReportContext(ReportFixtures.input([ReportFixtures.baseline(), ReportFixtures.eradication()]))
        #expect(context.accountingYears == ReportFixtures.policyYears)
        let value = try #require(context.costEffectiveness(ReportFixtures.eradication()))
        let base = ReportFixtures.baselineResults
        let surge = ReportFixtures.eradicationResults
        var extra = 0.0
        var hectares = 0.0
        for year in ReportFixtures.policyYears {
            extra +=
                surge.value("spending_usd", "TOTAL", year: year)! - base.value("spending_usd", "TOTAL", year: year)!
            for country in ["CO", "PE", "BO", "EC"] {
                hectares +=
                    base.value("coca_area_ha", country, year: year)! - surge.value("coca_area_ha", country, year: year)!
            }
        }
        #expect(value.extraSpendingUSD.isApproximatelyEqual(to: extra, relativeTolerance: 1e-9))
        #expect(value.hectareYearsRemoved.isApproximatelyEqual(to: hectares, relativeTolerance: 1e-9))
        #expect(extra > 0, "an eradication surge must cost something")
        let table = context.moneyTable(context.scenarios.map(context.costSplit))
        let cell = try #require(table.rows.first { $0.first?.text == "Cost per net hectare removed" }?.last)
        #expect(cell.text == value.costPerHectare.text)
    }
}

extension Double {
    func isApproximatelyEqual(to other: Double, relativeTolerance: Double) -> Bool {
        abs(self - other) <= relativeTolerance * max(abs(self), abs(other), 1)
    }
}
