import BalloonOutput
import Testing

/// A run's console table prints large amounts the way the ensemble tables do, so one row does not mix
/// "1.26 bn" with "796,946,666".
struct HumanNumberTests {
    @Test(arguments: [
        (1_260_000_000.0, "1.26 bn"), (796_946_666.0, "796.95 m"), (1_000_000.0, "1.00 m"), (999_999.0, "999,999"),
        (12_345.0, "12,345"), (12.345, "12.3"), (-2_500_000.0, "-2.50 m"), (.nan, "n/a"),
    ])
    func largeAmountsAreScaledLikeTheEnsembleTables(value: Double, text: String) {
        #expect(humanNumber(value) == text)
    }
}
