/// The values one output cell (a series in one year, or a derived quantity) took across the members
/// of an ensemble, kept so that bands are exact for ordinary ensembles and memory stays bounded for
/// huge ones.
///
/// Zeros and undefined values (±∞ or NaN, e.g. a cost-effectiveness ratio with no effect) are only
/// counted. Non-zero finite values are kept exactly, sorted, while there are at most `exactLimit` of
/// them; past that they move to `ValueBins` (at most 256 bins; relative resolution 0.4% for cells
/// whose values span less than a factor of 4, halving for each further squaring of the span) and
/// the cell stops growing: 2 KiB at most, whatever the number of members.
/// Either way the state is a function of the multiset of values added, never of their order, so
/// merging partial distributions (threads, cluster shards) gives exactly what one pass gives.
package struct MemberDistribution: Sendable, Codable, Equatable {
    /// Non-zero values kept exactly per cell: 256 × 8 bytes = 2 KiB at most before binning.
    package static let exactLimit = 256

    /// Members added, of every kind.
    package private(set) var count = 0
    private(set) var zeroCount = 0
    /// Members with no defined value; they rank above every finite value.
    private(set) var undefinedCount = 0
    /// Non-zero finite values in increasing order while there are at most `exactLimit`.
    private(set) var exactValues: [Double] = []
    /// The binned non-zero finite values once there were more than `exactLimit`.
    private(set) var bins: ValueBins?

    package init() {}

    /// Whether a decoded distribution obeys its invariants (a shard file may have been edited by hand).
    package var isConsistent: Bool {
        let binned = bins?.isConsistent ?? true
        let binnedCount = bins?.total ?? 0
        return binned && count >= 0 && zeroCount >= 0 && undefinedCount >= 0
            && count == zeroCount + undefinedCount + exactValues.count + binnedCount
            && exactValues.count <= Self.exactLimit && (bins == nil || exactValues.isEmpty)
            && exactValues.allSatisfy { $0 != 0 && $0.isFinite }
            && zip(exactValues, exactValues.dropFirst()).allSatisfy { $0 <= $1 }
    }

    /// Whether quantiles are exact order statistics (true until more than `exactLimit` non-zero values).
    package var isExact: Bool { bins == nil }
    /// Whether every member added so far was exactly zero.
    package var isAllZero: Bool { zeroCount == count }
    /// Members whose value was undefined (+∞ or NaN).
    package var undefinedMembers: Int { undefinedCount }
    /// Largest relative error of a quantile from the binning: 0 while exact, else 2^(level − 8).
    package var relativeResolution: Double { bins?.relativeResolution ?? 0 }
    /// Bytes held for values (the part that could grow with the number of members).
    package var storedBytes: Int { exactValues.count * 8 + (bins?.binCount ?? 0) * 8 }

    /// Adds one member's value; ±∞ and NaN count as undefined.
    package mutating func add(_ value: Double) {
        count += 1
        if value == 0 {
            zeroCount += 1
        } else if !value.isFinite {
            undefinedCount += 1
        } else if bins != nil {
            bins!.add(value)
        } else {
            exactValues.insert(value, at: insertionIndex(of: value))
            if exactValues.count > Self.exactLimit { moveToBins() }
        }
    }

    /// Adds every member of `other`.
    package mutating func merge(_ other: MemberDistribution) {
        count += other.count
        zeroCount += other.zeroCount
        undefinedCount += other.undefinedCount
        if bins == nil, other.bins == nil, exactValues.count + other.exactValues.count <= Self.exactLimit {
            exactValues = Self.mergeSorted(exactValues, other.exactValues)
            return
        }
        moveToBins()
        if let otherBins = other.bins {
            bins!.merge(otherBins)
        } else {
            for value in other.exactValues { bins!.add(value) }
        }
    }

    /// The p-quantile (Hyndman & Fan type 5, as `WeightedStatistics.quantile`), or nil when it depends
    /// on an undefined member or there are no members. Binned cells give the bin's middle value.
    package func quantile(_ p: Double) -> Double? {
        precondition(p >= 0 && p <= 1, "probability \(p) outside [0, 1]")
        guard count > 0 else { return nil }
        let position = Double(count) * p + 0.5
        if position <= 1 { return value(atRank: 0) }
        if position >= Double(count) { return value(atRank: count - 1) }
        let lower = Int(position.rounded(.down))
        let fraction = position - Double(lower)
        guard let low = value(atRank: lower - 1) else { return nil }
        if fraction == 0 { return low }
        guard let high = value(atRank: lower) else { return nil }
        return low + fraction * (high - low)
    }

    /// The share of members whose value is at least `threshold` (undefined members never are).
    package func share(atLeast threshold: Double) -> Double {
        guard count > 0 else { return 0 }
        var reaching = threshold <= 0 ? zeroCount : 0
        if let bins {
            for (key, binCount) in zip(bins.keys, bins.counts) where bins.representative(of: key) >= threshold {
                reaching += Int(binCount)
            }
        } else {
            reaching += exactValues.count - insertionIndex(of: threshold)
        }
        return Double(reaching) / Double(count)
    }

    /// The value at 0-based `rank` in increasing order: negatives, zeros, positives, then undefined (nil).
    func value(atRank rank: Int) -> Double? {
        let finiteCount = count - undefinedCount
        guard rank < finiteCount else { return nil }
        let negatives = bins?.negativeCount ?? insertionIndex(of: 0)
        let nonZeroRank: Int
        if rank < negatives {
            nonZeroRank = rank
        } else if rank < negatives + zeroCount {
            return 0
        } else {
            nonZeroRank = rank - zeroCount
        }
        return bins?.value(atRank: nonZeroRank) ?? exactValues[nonZeroRank]
    }

    /// First index of `exactValues` holding a value ≥ `value`.
    private func insertionIndex(of value: Double) -> Int {
        var low = 0, high = exactValues.count
        while low < high {
            let middle = (low + high) / 2
            if exactValues[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }

    private mutating func moveToBins() {
        guard bins == nil else { return }
        var binned = ValueBins()
        for value in exactValues { binned.add(value) }
        bins = binned
        exactValues = []
    }

    private static func mergeSorted(_ a: [Double], _ b: [Double]) -> [Double] {
        if a.isEmpty { return b }
        if b.isEmpty { return a }
        var merged: [Double] = []
        merged.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if j == b.count || (i < a.count && a[i] <= b[j]) {
                merged.append(a[i]); i += 1
            } else {
                merged.append(b[j]); j += 1
            }
        }
        return merged
    }
}
