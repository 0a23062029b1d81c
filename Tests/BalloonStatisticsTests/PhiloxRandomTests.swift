import Testing

@testable import BalloonStatistics

@Suite("Counter-based random numbers")
struct PhiloxRandomTests {
    @Test("Philox4x64-10 matches the Random123 known-answer vector (zero counter, zero key)")
    func philoxKnownAnswer() {
        let out = Philox4x64.block(counter: (0, 0, 0, 0), key: (0, 0))
        #expect(out.0 == 0x1655_4D9E_CA36_314C)
        #expect(out.1 == 0xDB20_FE9D_672D_0FDC)
        #expect(out.2 == 0xD7E7_72CE_E186_176B)
        #expect(out.3 == 0x7E68_B68A_EC7B_A23B)
    }

    @Test("First values are stable and equal NumPy's Philox(key=[seed, stream]) stream")
    func regressionValues() {
        // numpy.random.Philox(key=[42, 7], counter=2**256-1).random_raw(8) (NumPy 2.4).
        let expected: [UInt64] = [
            0x2FD1_BC0D_2C86_97BB, 0x8EE1_7F67_A549_BBA6, 0x1BDC_E1F8_47E7_DF47, 0xE123_B6BB_E4E8_9F03,
            0xA640_64F3_4E84_B9A3, 0xE287_959A_866A_08FD, 0x8DC1_81F0_09B9_6C03, 0xF3F6_001D_4FA8_3454,
        ]
        let values = (0..<8).map { PhiloxRandom.bits(seed: 42, stream: 7, counter: UInt64($0)) }
        #expect(values == expected)
        // The substream is the second counter word: NumPy counter [0, 5, 0, 0].
        let sub: [UInt64] = [
            0x9FC5_91EF_F4E0_B9EE, 0x8B52_A3A1_A7F4_9201, 0xF6EC_B710_4EAD_7796, 0x16FF_5280_D6B8_3D4B,
        ]
        #expect((0..<4).map { PhiloxRandom.bits(seed: 42, stream: 7, counter: UInt64($0), substream: 5) } == sub)
    }

    @Test("The generator view reproduces the pure function from any starting counter")
    func generatorMatchesPureFunction() {
        var rng = CounterRNG(seed: 9, stream: 4, substream: 2, counter: 3)
        for counter in UInt64(3)..<40 {
            #expect(rng.next() == PhiloxRandom.bits(seed: 9, stream: 4, counter: counter, substream: 2))
        }
        #expect(rng.counter == 40)
        var a = CounterRNG(seed: 1, stream: 2)
        var b = CounterRNG(seed: 1, stream: 2)
        #expect((0..<10).map { _ in a.standardNormal() } == (0..<10).map { _ in b.standardNormal() })
    }

    @Test("Values do not depend on the order of calls")
    func orderIndependence() {
        let forward = (0..<100).map { PhiloxRandom.uniform01(seed: 5, stream: UInt64($0 % 3), counter: UInt64($0)) }
        let backward = (0..<100).reversed().map {
            PhiloxRandom.uniform01(seed: 5, stream: UInt64($0 % 3), counter: UInt64($0))
        }
        #expect(forward == Array(backward.reversed()))
    }

    @Test("Uniforms have mean ≈ 1/2 and variance ≈ 1/12 over 1e5 draws")
    func uniformMoments() {
        let n = 100_000
        var rng = CounterRNG(seed: 2024, stream: 1)
        var sum = 0.0, sumSquares = 0.0
        for _ in 0..<n {
            let u = rng.uniform01()
            #expect(u >= 0 && u < 1)
            sum += u
            sumSquares += u * u
        }
        let mean = sum / Double(n)
        let variance = sumSquares / Double(n) - mean * mean
        // Standard error of the mean is 0.29/sqrt(1e5) ≈ 0.0009: 0.005 is over 5 standard errors.
        #expect(abs(mean - 0.5) < 0.005)
        #expect(abs(variance - 1.0 / 12.0) < 0.002)
    }

    @Test("Normals have mean ≈ 0 and variance ≈ 1 over 1e5 draws")
    func normalMoments() {
        let n = 100_000
        let draws = (0..<n).map { PhiloxRandom.standardNormal(seed: 77, stream: 0, counter: UInt64($0)) }
        let mean = draws.reduce(0, +) / Double(n)
        let variance = draws.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(n - 1)
        #expect(abs(mean) < 0.015)
        #expect(abs(variance - 1) < 0.02)
        #expect(draws.allSatisfy { $0.isFinite })
    }

    @Test("Different seeds, streams and substreams give different values")
    func streamsDiffer() {
        let base = (0..<16).map { PhiloxRandom.bits(seed: 1, stream: 0, counter: UInt64($0)) }
        let otherStream = (0..<16).map { PhiloxRandom.bits(seed: 1, stream: 1, counter: UInt64($0)) }
        let otherSeed = (0..<16).map { PhiloxRandom.bits(seed: 2, stream: 0, counter: UInt64($0)) }
        let otherSub = (0..<16).map { PhiloxRandom.bits(seed: 1, stream: 0, counter: UInt64($0), substream: 1) }
        #expect(Set(base).isDisjoint(with: otherStream))
        #expect(Set(base).isDisjoint(with: otherSeed))
        #expect(Set(base).isDisjoint(with: otherSub))
        #expect(Set(base).count == 16)
    }

    @Test("Open-interval uniforms never hit 0 or 1")
    func openInterval() {
        #expect(PhiloxRandom.openUnitInterval(0) > 0)
        #expect(PhiloxRandom.openUnitInterval(.max) < 1)
        #expect(PhiloxRandom.unitInterval(0) == 0)
        #expect(PhiloxRandom.unitInterval(.max) < 1)
    }
}
