import RealModule
import Testing

@testable import BalloonModel

/// Spraying's yield loss (A6) is measured per sprayed field, so it falls on the fields the planes hit (M3):
/// a field hit twice is not damaged twice, and fields the planes cannot reach are not damaged at all.
struct SprayDamageTests {
    static let region = TestConfigurations.region("CO.PUTUMAYO")

    /// A simulation whose Putumayo holds only mature, undamaged fields.
    static func matureRegion() -> Simulation {
        let simulation = Simulation(configuration: TestConfigurations.quiet())
        simulation.matureHectares[region] = 10_000
        simulation.immatureHectares[region] = 0
        simulation.sprayDamagedShare[region] = 0
        return simulation
    }

    static func sprayableShare(_ simulation: Simulation) -> Double {
        simulation.traits[region].sprayableShare(
            borderBandProtected: simulation.borderBandProtected[region],
            indigenousConsulted: simulation.indigenousConsulted[region])
    }

    @Test func sprayingTheSprayableFieldsTwiceOverDamagesNoMoreThanThem() {
        var simulation = Self.matureRegion()
        let r = Self.region
        let share = Self.sprayableShare(simulation)
        #expect(share > 0)
        // Survivors as many as the sprayable hectares, in two passes.
        simulation.damageSprayedSurvivors(region: r, survivors: simulation.sprayableArea(region: r))
        let afterOnePass = simulation.sprayDamagedShare[r]
        simulation.damageSprayedSurvivors(region: r, survivors: simulation.sprayableArea(region: r))
        let afterTwoPasses = simulation.sprayDamagedShare[r]
        // Random overlap: one pass the size of the sprayable area reaches 1 − e⁻¹ of it, two reach 1 − e⁻².
        #expect(abs(afterOnePass - share * (1 - Double.exp(-1))) < 1e-12)
        #expect(abs(afterTwoPasses - share * (1 - Double.exp(-2))) < 1e-12)
    }

    @Test func fieldsThePlanesCannotReachStayUndamaged() {
        var simulation = Self.matureRegion()
        let r = Self.region
        simulation.borderBandProtected[r] = true
        let share = Self.sprayableShare(simulation)
        #expect(share < 1, "Putumayo's border band and protected land are out of the planes' reach")
        for _ in 0..<50 { simulation.damageSprayedSurvivors(region: r, survivors: 100_000) }
        #expect(simulation.sprayDamagedShare[r] <= share + 1e-12)
        #expect(simulation.sprayDamagedShare[r] > share - 1e-6)
    }

    @Test func youngFieldsJoiningTheMatureStockDiluteTheDamage() {
        var simulation = Self.matureRegion()
        let r = Self.region
        simulation.sprayDamagedShare[r] = 0.5
        simulation.addMatureFields(region: r, hectares: 10_000)
        #expect(abs(simulation.sprayDamagedShare[r] - 0.25) < 1e-12)
        #expect(simulation.matureHectares[r] == 20_000)
    }
}
