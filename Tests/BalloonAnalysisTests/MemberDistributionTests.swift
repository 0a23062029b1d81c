import BalloonStatistics
import Foundation
import Testing

@testable import BalloonAnalysis

/// The per-cell distribution behind every band: exact quantiles, exact merges, bounded memory.
struct MemberDistributionTests {
    /// Deterministic test values: normal deviates scaled, with some exact zeros.
    static func sample(_ count: Int, seed: UInt64, scale: Double = 100, zeroEvery: Int = 7) -> [Double] {
        (0..<count).map { index in
            index % zeroEvery == 3
                ? 0 : scale * PhiloxRandom.standardNormal(seed: seed, stream: 9, counter: UInt64(index))
        }
    }

    static func distribution(_ values: some Sequence<Double>) -> MemberDistribution {
        var distribution = MemberDistribution()
        for value in values { distribution.add(value) }
        return distribution
    }

    @Test(arguments: [1, 2, 3, 5, 20, 50, 199, 256])
    func exactQuantilesAreTheType5QuantilesOfTheMembers(count: Int) throws {
        let values = Self.sample(count, seed: UInt64(count))
        let distribution = Self.distribution(values)
        #expect(distribution.isExact)
        for p in [0.0, 0.05, 0.25, 0.5, 0.95, 1.0] {
            let expected = WeightedStatistics.quantile(values, probability: p)
            let actual = try #require(distribution.quantile(p))
            #expect(abs(actual - expected) <= 1e-12 * max(1, abs(expected)), "p = \(p): \(actual) vs \(expected)")
        }
    }

    @Test(arguments: [40, 256, 257, 3_000])
    func mergingAnySplitInAnyOrderGivesExactlyTheOnePassDistribution(count: Int) {
        let values = Self.sample(count, seed: 5)
        let whole = Self.distribution(values)
        for cut in [0, 1, count / 3, count / 2, count - 1] {
            var front = Self.distribution(values[..<cut])
            let back = Self.distribution(values[cut...])
            var reversed = back
            front.merge(back)
            reversed.merge(Self.distribution(values[..<cut]))
            #expect(front == whole, "split at \(cut)")
            #expect(reversed == whole, "split at \(cut), merged back to front")
        }
        #expect(whole.isExact == (values.filter { $0 != 0 }.count <= MemberDistribution.exactLimit))
    }

    /// Log-normal members with spread σ: narrow cells keep the finest grid (0.4%), wide ones a coarser grid.
    @Test(arguments: [(0.15, 0.004), (0.4, 0.008), (3.0, 0.25)])
    func binnedQuantilesStayWithinTheStatedResolutionOfTheExactOnes(spread: Double, resolution: Double) throws {
        let values = (0..<5_000).map {
            exp(spread * PhiloxRandom.standardNormal(seed: 11, stream: 1, counter: UInt64($0))) * 1e4
        }
        let distribution = Self.distribution(values)
        #expect(!distribution.isExact)
        #expect(distribution.relativeResolution <= resolution)
        for p in [0.05, 0.5, 0.95] {
            let exact = WeightedStatistics.quantile(values, probability: p)
            let binned = try #require(distribution.quantile(p))
            #expect(
                abs(binned - exact) / exact <= distribution.relativeResolution,
                "p = \(p): binned \(binned), exact \(exact)")
        }
    }

    @Test func wideCellsMergeExactlyAfterTheirGridCoarsens() {
        let values = (0..<20_000).map { index -> Double in
            let magnitude = exp(6 * PhiloxRandom.standardNormal(seed: 4, stream: 3, counter: UInt64(index)))
            return index % 3 == 0 ? -magnitude : magnitude
        }
        let whole = Self.distribution(values)
        #expect(whole.relativeResolution > 0.004, "the grid had to coarsen")
        for parts in [2, 3, 7] {
            var merged = MemberDistribution()
            for part in (0..<parts).reversed() {
                merged.merge(
                    Self.distribution(values[(part * values.count / parts)..<((part + 1) * values.count / parts)]))
            }
            #expect(merged == whole, "\(parts) parts")
        }
        #expect(whole.storedBytes <= 2_048)
    }

    @Test func negativeValuesAndZerosKeepTheirOrderWhenBinned() throws {
        let values = (0..<1_000).map { Double($0 - 500) }
        let distribution = Self.distribution(values)
        #expect(!distribution.isExact)
        let median = try #require(distribution.quantile(0.5))
        #expect(abs(median) <= 1)
        #expect(try #require(distribution.quantile(0.05)) < -440)
        #expect(try #require(distribution.quantile(0.95)) > 440)
    }

    @Test func undefinedMembersRankAboveEveryValueAndMakeTheirQuantilesUndefined() {
        var distribution = Self.distribution([1, 2, 3, 4, 5, 6, 7, 8])
        distribution.add(.infinity)
        distribution.add(.nan)
        #expect(distribution.undefinedMembers == 2)
        #expect(distribution.quantile(0.5) != nil)
        #expect(distribution.quantile(0.95) == nil)
        #expect(distribution.share(atLeast: 4) == 0.5)
        let nothing = Self.distribution([Double.infinity, .infinity])
        #expect(nothing.quantile(0.05) == nil && nothing.quantile(0.5) == nil)
        #expect(MemberDistribution().quantile(0.5) == nil)
    }

    @Test func allZeroCellsHoldNoValues() {
        let zeros = Self.distribution(Array(repeating: 0.0, count: 500))
        #expect(zeros.isAllZero && zeros.storedBytes == 0 && zeros.quantile(0.95) == 0)
    }

    /// The memory bound: at most `exactLimit` exact values, then at most 256 bins, 8 bytes each.
    @Test(arguments: [0.1, 1.0, 8.0])
    func memoryPerCellStopsGrowingWithTheNumberOfMembers(spread: Double) {
        func footprint(members: Int) -> Int {
            Self.distribution(
                (0..<members).map { exp(spread * PhiloxRandom.standardNormal(seed: 3, stream: 2, counter: UInt64($0))) }
            ).storedBytes
        }
        let atLimit = footprint(members: MemberDistribution.exactLimit)
        #expect(atLimit == MemberDistribution.exactLimit * 8, "exact up to the limit")
        for members in [1_000, 16_000, 128_000] {
            #expect(
                footprint(members: members) <= atLimit,
                "\(members) members hold no more than \(MemberDistribution.exactLimit)")
        }
    }

    @Test func decodedDistributionsAreCheckedForConsistency() throws {
        let distribution = Self.distribution(Self.sample(300, seed: 2))
        #expect(distribution.isConsistent)
        let data = try JSONEncoder().encode(distribution)
        #expect(try JSONDecoder().decode(MemberDistribution.self, from: data) == distribution)
        var text = String(decoding: data, as: UTF8.self)
        text = text.replacingOccurrences(of: "\"count\":300", with: "\"count\":301")
        let damaged = try JSONDecoder().decode(MemberDistribution.self, from: Data(text.utf8))
        #expect(!damaged.isConsistent)
    }
}
