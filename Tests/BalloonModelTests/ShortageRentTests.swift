import Testing

@testable import BalloonModel

/// M7: the level of the shortage rent dealers' stock calls for (`Simulation.shortageRent`).
struct ShortageRentTests {
    static let flexibilities = [0.3, 1.0, 2.0]

    @Test(arguments: flexibilities)
    func theRentIsOneAtTheWantedStockAndRisesToOnePlusTheFlexibilityWithEmptyShelves(flexibility: Double) {
        var p = ModelParameters()
        p.wholesalePriceFlexibility = flexibility
        #expect(Simulation.shortageRent(availability: 1, p) == 1)
        #expect(abs(Simulation.shortageRent(availability: 0, p) - (1 + flexibility)) < 1e-12)
        #expect(Simulation.shortageRent(availability: 3, p) < 1, "a glut lowers the price")
        // The two sides meet with the same slope, so a small shortage or glut moves the price alike.
        let h = 1e-6
        let below = (Simulation.shortageRent(availability: 1, p) - Simulation.shortageRent(availability: 1 - h, p)) / h
        let above = (Simulation.shortageRent(availability: 1 + h, p) - Simulation.shortageRent(availability: 1, p)) / h
        #expect(abs(below + flexibility) < 1e-4 && abs(above + flexibility) < 1e-4, "\(below) \(above)")
    }

    /// Less stock never lowers the rent, and a trickle does not send it past the empty-shelves level
    /// (the power law it replaced asked a market left with a trickle for a rent of millions).
    @Test(arguments: flexibilities)
    func lessStockNeverLowersTheRentAndATrickleStaysFinite(flexibility: Double) {
        var p = ModelParameters()
        p.wholesalePriceFlexibility = flexibility
        let availabilities = [0, 1e-300, 1e-9, 0.01, 0.2, 0.5, 0.9, 1, 1.1, 2, 10, 1e6]
        let rents = availabilities.map { Simulation.shortageRent(availability: $0, p) }
        for (more, less) in zip(rents.dropFirst(), rents) { #expect(more <= less) }
        #expect(rents.allSatisfy { $0.isFinite && $0 > 0 && $0 <= 1 + flexibility })
    }
}
