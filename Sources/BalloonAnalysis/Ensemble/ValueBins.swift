/// A sparse histogram of non-zero finite values on a fixed grid of relative width 2⁻⁷ (0.78%), the
/// grid being the top 7 bits of each binade of IEEE doubles.
///
/// The bin of a value is read from its bit pattern with integer operations only, so every machine
/// puts a value in the same bin whatever its math library: shards computed on different nodes of a
/// cluster merge exactly. Counts add, so the histogram of a union does not depend on the order in
/// which values or partial histograms arrive.
struct ValueBins: Sendable, Codable, Equatable {
    /// Mantissa bits kept: 2⁷ bins per factor of two.
    static let mantissaBits: UInt64 = 7
    static let shift: UInt64 = 52 - mantissaBits

    /// Signed bin keys in increasing value order: negative values have negative keys.
    private(set) var keys: [Int32] = []
    /// Members in each bin, aligned with `keys`.
    private(set) var counts: [UInt32] = []

    /// Keys strictly increasing, never zero, every bin holding at least one value.
    var isConsistent: Bool {
        keys.count == counts.count && !keys.contains(0) && !counts.contains(0)
            && zip(keys, keys.dropFirst()).allSatisfy { $0 < $1 }
    }

    var total: Int { counts.reduce(0) { $0 + Int($1) } }
    var binCount: Int { keys.count }

    /// The bin key of a non-zero finite value.
    static func key(of value: Double) -> Int32 {
        precondition(value != 0 && value.isFinite, "only non-zero finite values are binned")
        let magnitudeKey = Int32(truncatingIfNeeded: value.magnitude.bitPattern >> shift) + 1
        return value < 0 ? -magnitudeKey : magnitudeKey
    }

    /// The value standing for every member of a bin: the middle of its interval, within 0.4% of each.
    static func representative(of key: Int32) -> Double {
        let magnitudeKey = UInt64(key.magnitude)
        let low = Double(bitPattern: (magnitudeKey - 1) << shift)
        let high = Double(bitPattern: magnitudeKey << shift)
        let middle = high.isFinite ? low + (high - low) / 2 : low
        return key < 0 ? -middle : middle
    }

    mutating func add(_ value: Double, count: UInt32 = 1) {
        add(key: Self.key(of: value), count: count)
    }

    mutating func add(key: Int32, count: UInt32) {
        var low = 0, high = keys.count
        while low < high {
            let middle = (low + high) / 2
            if keys[middle] < key { low = middle + 1 } else { high = middle }
        }
        if low < keys.count, keys[low] == key {
            counts[low] += count
        } else {
            keys.insert(key, at: low)
            counts.insert(count, at: low)
        }
    }

    /// Adds every bin of `other` (a merge of two sorted lists).
    mutating func merge(_ other: ValueBins) {
        var mergedKeys: [Int32] = [], mergedCounts: [UInt32] = []
        mergedKeys.reserveCapacity(keys.count + other.keys.count)
        mergedCounts.reserveCapacity(keys.count + other.keys.count)
        var i = 0, j = 0
        while i < keys.count || j < other.keys.count {
            if j == other.keys.count || (i < keys.count && keys[i] < other.keys[j]) {
                mergedKeys.append(keys[i]); mergedCounts.append(counts[i]); i += 1
            } else if i == keys.count || other.keys[j] < keys[i] {
                mergedKeys.append(other.keys[j]); mergedCounts.append(other.counts[j]); j += 1
            } else {
                mergedKeys.append(keys[i]); mergedCounts.append(counts[i] + other.counts[j]); i += 1; j += 1
            }
        }
        keys = mergedKeys
        counts = mergedCounts
    }

    /// The representative of the value at 0-based `rank` among the binned values in increasing order.
    func value(atRank rank: Int) -> Double {
        var seen = 0
        for (key, count) in zip(keys, counts) {
            seen += Int(count)
            if rank < seen { return Self.representative(of: key) }
        }
        preconditionFailure("rank \(rank) beyond \(seen) binned values")
    }

    /// How many binned values are negative.
    var negativeCount: Int {
        zip(keys, counts).reduce(0) { $0 + ($1.0 < 0 ? Int($1.1) : 0) }
    }
}
