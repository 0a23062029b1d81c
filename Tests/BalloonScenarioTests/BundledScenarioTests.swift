import BalloonModel
import Testing

@testable import BalloonScenario

struct BundledScenarioTests {
    static let required = [
        "history", "plan-peru", "plan-peru-spraying", "plan-ecuador", "no-spraying",
        "interdiction-first", "demand-side", "bolivia-community-control", "petro",
    ]

    @Test func everyScenarioOfTheSpecificationIsBundled() {
        #expect(Set(ScenarioLibrary().bundledNames).isSuperset(of: Self.required))
    }

    @Test(arguments: required)
    func everyBundledScenarioResolvesToARunnableConfiguration(name: String) throws {
        let scenario = try ScenarioLibrary().resolve(name)
        #expect(!scenario.description.isEmpty)
        let configuration = try scenario.configuration()
        #expect(configuration.startYear == 2000)
        #expect(!configuration.actions.isEmpty)
    }

    @Test func historyEncodesTheSprayingYearsAndTheDatedEvents() throws {
        let history = try ScenarioLibrary().resolve("history")
        let spraying = history.policies.filter { $0.instrument == .aerialSpraying && $0.target == .country(.colombia) }
        let years = Set(spraying.map { $0.firstMonth / 12 })
        #expect(years.isSuperset(of: Set(2000...2015)))
        #expect(!years.contains(2016))
        let kinds = Set(history.events.map(\.kind))
        #expect(kinds.isSuperset(of: [.borderNoSprayBand, .sprayingBan, .peaceAgreement, .substitutionAnnouncement]))
    }

    @Test func aScenarioAddsToItsBaselineAndStopEntriesEndBaselinePolicies() throws {
        let library = ScenarioLibrary()
        let history = try library.resolve("history")
        let plan = try library.resolve("plan-peru")
        #expect(plan.events.count == history.events.count)
        let peruForcedAfter2026 = plan.policies.filter {
            $0.instrument == .manualEradication && $0.target == .country(.peru)
                && $0.lastMonth >= MonthIndex.of(year: 2026)
        }
        // Only plan-peru's own surge remains after 2026; the status-quo CORAH level was stopped.
        #expect(peruForcedAfter2026.count == 1)
        #expect(peruForcedAfter2026.first?.amount == .quantityPerYear(35_000))
    }
}
