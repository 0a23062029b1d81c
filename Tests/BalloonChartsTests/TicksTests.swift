import Foundation
import Testing

@testable import BalloonCharts

struct TicksTests {
    @Test func niceTicksForZeroTo97AreStepsOfTwenty() {
        #expect(NiceTicks.ticks(lower: 0, upper: 97, count: 5) == [0, 20, 40, 60, 80, 100])
    }

    @Test(arguments: [
        (0.0, 97.0), (0, 1), (-3.7, 12.2), (0.001, 0.0093), (1_234, 98_765), (0, 1e12), (-5e9, 3e9), (2000, 2023),
    ])
    func stepsAreOneTwoOrFiveTimesAPowerOfTen(lower: Double, upper: Double) {
        let ticks = NiceTicks.ticks(lower: lower, upper: upper, count: 5)
        #expect(ticks.count >= 2 && ticks.count <= 12)
        #expect(ticks.first! <= lower && ticks.last! >= upper, "ticks must cover the data")
        let step = ticks[1] - ticks[0]
        let mantissa = step / pow(10, floor(log10(step)))
        #expect([1.0, 2, 5].contains { abs($0 - mantissa) < 1e-6 }, "step \(step)")
    }

    @Test func decimalTicksDoNotDrift() {
        #expect(NiceTicks.ticks(lower: 0.1, upper: 0.3, count: 4) == [0.1, 0.15, 0.2, 0.25, 0.3])
    }

    @Test func equalValuesArePaddedIntoARange() {
        let ticks = NiceTicks.ticks(lower: 5, upper: 5)
        #expect(ticks.count >= 2)
        #expect(ticks.first! < 5 && ticks.last! > 5)
        let zeros = NiceTicks.ticks(lower: 0, upper: 0)
        #expect(zeros.first! <= -1 && zeros.last! >= 1)
    }

    @Test func aRangeTooSmallForDoublesIsWidened() {
        let ticks = NiceTicks.ticks(lower: 1e12, upper: 1e12 + 1e-3)
        #expect(ticks.count >= 2 && ticks.count < 20)
        #expect(Set(ticks).count == ticks.count, "ticks must be distinct")
        #expect(ticks.allSatisfy { $0.isFinite })
    }

    @Test func smallButResolvableRangesKeepFineSteps() {
        let ticks = NiceTicks.ticks(lower: 1.000_001, upper: 1.000_009)
        #expect(ticks.count >= 3)
        #expect(Set(ticks).count == ticks.count)
        let labels = NumberFormat.tickLabels(ticks, step: ticks[1] - ticks[0])
        #expect(Set(labels).count == labels.count, "labels must tell ticks apart: \(labels)")
    }

    @Test func nonFiniteBoundsFallBackToAFiniteRange() {
        for (lower, upper) in [(Double.nan, 1.0), (-.infinity, .infinity), (.nan, .nan), (1e308, -1e308)] {
            let ticks = NiceTicks.ticks(lower: lower, upper: upper)
            #expect(ticks.count >= 2 && ticks.allSatisfy { $0.isFinite })
        }
    }

    @Test func aFixedDomainKeepsItsEnds() {
        let axis = AxisTicks(lower: 3, upper: 97, count: 5, format: .grouped, nice: false)
        #expect(axis.lower == 3 && axis.upper == 97)
        #expect(axis.values == [20, 40, 60, 80])
    }

    @Test func linearScaleFlipsForYAndCentresADegenerateDomain() {
        let scale = LinearScale(domainLower: 0, domainUpper: 100, rangeStart: 300, rangeEnd: 100)
        #expect(scale(0) == 300 && scale(100) == 100 && scale(50) == 200)
        let flat = LinearScale(domainLower: 5, domainUpper: 5, rangeStart: 0, rangeEnd: 10)
        #expect(flat(5) == 5)
    }
}
