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
        #expect(removed > 0)
        #expect(removed <= familiesPerYear * ModelParameters().hectaresPerFamily * (1 + 1e-9))
        // Within a month: never more than every grower's hectares (households_per_coca_ha × the coca
        // standing × hectares_per_family), never more than the month's offer, and a huge offer enrols
        // nearly every grower rather than running into the registered cap.
        var simulation = Simulation(
            configuration: TestConfigurations.quiet(
                end: 2001,
                actions: [
                    TestConfigurations.action(
                        .voluntarySubstitution, .region(meta), years: 2000...2000, familiesPerYear)
                ]))
        simulation.levels.fill(
            month: simulation.month, actions: simulation.compiledActions, edgeList: simulation.compiledEdges,
            edgePlaces: simulation.edgeSpendingPlace)
        let area = simulation.matureHectares[meta] + simulation.immatureHectares[meta]
        let p = simulation.p
        var flows = LandFlows()
        simulation.substitute(region: meta, flows: &flows)
        let everyGrower = area * p.householdsPerCocaHectare * p.hectaresPerFamily
        #expect(flows.uprooted <= everyGrower)
        #expect(flows.uprooted <= familiesPerYear / 12 * p.hectaresPerFamily * (1 + 1e-12))
        if familiesPerYear / 12 > 20 * area * p.householdsPerCocaHectare {
            #expect(flows.uprooted > 0.99 * everyGrower)
        }
        #expect(
            (results.boundMonths[ModelBound.uprootingPerMonth] ?? 0) == 0, "the cap on monthly uprooting never binds")
    }
}
