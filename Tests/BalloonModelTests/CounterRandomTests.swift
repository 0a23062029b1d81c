import Testing
@testable import BalloonModel

struct CounterRandomTests {
    @Test func sameKeysGiveTheSameDrawAndAnyChangedKeyGivesAnother() {
        let a = CounterRandom.uniform(seed: 1, entity: 5, month: 24_000, purpose: 2)
        #expect(a == CounterRandom.uniform(seed: 1, entity: 5, month: 24_000, purpose: 2))
        #expect(a != CounterRandom.uniform(seed: 2, entity: 5, month: 24_000, purpose: 2))
        #expect(a != CounterRandom.uniform(seed: 1, entity: 6, month: 24_000, purpose: 2))
        #expect(a != CounterRandom.uniform(seed: 1, entity: 5, month: 24_001, purpose: 2))
        #expect(a != CounterRandom.uniform(seed: 1, entity: 5, month: 24_000, purpose: 3))
    }

    @Test func uniformDrawsLieInTheOpenUnitIntervalWithMeanOneHalf() {
        var sum = 0.0
        for month in 0..<20_000 {
            let u = CounterRandom.uniform(seed: 9, entity: 1, month: UInt64(month), purpose: 1)
            #expect(u > 0 && u < 1)
            sum += u
        }
        #expect(abs(sum / 20_000 - 0.5) < 0.01)
    }

    @Test func normalDrawsHaveZeroMeanAndUnitVariance() {
        var sum = 0.0, squares = 0.0
        let n = 20_000
        for month in 0..<n {
            let z = CounterRandom.normal(seed: 3, entity: 2, month: UInt64(month), purpose: 1)
            sum += z
            squares += z * z
        }
        #expect(abs(sum / Double(n)) < 0.03)
        #expect(abs(squares / Double(n) - 1) < 0.05)
    }
}
