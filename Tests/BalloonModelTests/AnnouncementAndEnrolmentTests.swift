import RealModule
import Testing
@testable import BalloonModel

/// A12 through money (docs/model.md, M1), and enrolment limited to growers (M4).
struct AnnouncementAndEnrolmentTests {
    let meta = TestConfigurations.region("CO.META")

    @Test func theExpectedPaymentIsZeroUntilAnnouncedAndScalesWithBeliefAndDemobilisation() {
        var simulation = Simulation(configuration: TestConfigurations.quiet())
        #expect(simulation.expectedAnnouncedPayment(region: meta) == 0)
        simulation.announcementActive[meta] = true
        let p = simulation.p
        let perHectareYear =
            p.substitutionCostPerFamily * (1 - p.substitutionOverheadShare) / p.hectaresPerFamily * 12
            / p.substitutionPaymentMonths
        let expected = p.announcementEnrolmentBelief * simulation.traits[meta].demobilisingShare * perHectareYear
        #expect(abs(simulation.expectedAnnouncedPayment(region: meta) - expected) < 1e-9 * expected)
        let before = simulation.profitRatio(region: meta)
        simulation.announcementActive[meta] = false
        #expect(before > simulation.profitRatio(region: meta), "the payment makes holding coca pay")
    }

    @Test func anAnnouncementRaisesNewPlantingWhereTheFarcHeldSway() {
        let announcement = ModelEvent(
            kind: .substitutionAnnouncement, target: .country(.colombia), firstMonth: .of(year: 2010),
            lastMonth: .of(year: 2011, month: 12))
        let baseline = Simulation.run(TestConfigurations.quiet(end: 2011))
        let announced = Simulation.run(TestConfigurations.quiet(end: 2011, events: [announcement]))
        let planted = { (results: SimulationResults) in results.at("new_plantings_ha", "CO.META", 2010) }
        #expect(planted(announced) > planted(baseline) + 1)
    }

    @Test(arguments: [1_000.0, 100_000.0, 10_000_000.0])
    func aProgrammeCannotEnrolMoreFamiliesThanGrowCoca(familiesPerYear: Double) {
        let programme = TestConfigurations.action(
            .voluntarySubstitution, .region(meta), years: 2001...2001, familiesPerYear)
        let results = Simulation.run(TestConfigurations.quiet(end: 2002, actions: [programme]))
        let removed = results.at("voluntarily_removed_ha", "CO.META", 2001)
        let standing = results.at("coca_area_ha", "CO.META", 2000)
        #expect(removed > 0)
        #expect(removed <= familiesPerYear * ModelParameters().hectaresPerFamily * (1 + 1e-9))
        // Each month at most every grower enrols (households_per_coca_ha × the coca standing then), and
        // growers replant and plant during the year, so the year's removal is bounded by twelve months
        // of the largest standing area, not by the offer.
        let largestArea = max(standing, results.at("coca_area_ha", "CO.META", 2001))
        let monthlyCeiling =
            largestArea * 1.5 * ModelParameters().householdsPerCocaHectare * ModelParameters().hectaresPerFamily
        #expect(removed <= 12 * monthlyCeiling)
        #expect(
            (results.boundMonths[ModelBound.uprootingPerMonth] ?? 0) == 0, "the cap on monthly uprooting never binds")
    }
}
