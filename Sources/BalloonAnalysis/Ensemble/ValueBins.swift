/// A sparse histogram of non-zero finite values on a grid read from their IEEE bit patterns: at
/// level 0 each binade (factor of two) is cut into 2⁷ bins of relative width at most 2⁻⁷, and each
/// level up pairs neighbouring bins. A histogram never holds more than `maximumBins` bins: when a
/// value would need more, the level rises until they fit.
///
/// Why it merges exactly: a bin is found with integer operations only (no math library, so every
/// machine agrees), counts add, and the level a set of values ends at is the lowest level at which
/// all of them fit in `maximumBins` bins — a function of the set, never of the order in which values
/// or partial histograms arrived (a subset never needs a higher level than the whole).
struct ValueBins: Sendable, Codable, Equatable {
    /// Mantissa bits of the level-0 grid: 2⁷ bins per binade.
    static let mantissaBits: UInt64 = 7
    static let shift: UInt64 = 52 - mantissaBits
    /// At most 256 bins of 8 bytes: 2 KiB per cell, whatever the number of members.
    static let maximumBins = 256

    /// Each level halves the resolution: a bin spans 2^level level-0 bins.
    private(set) var level: UInt64 = 0
    /// Signed bin keys in increasing value order: negative values have negative keys.
    private(set) var keys: [Int32] = []
    /// Members in each bin, aligned with `keys`.
    private(set) var counts: [UInt32] = []

    /// Keys strictly increasing, never zero, every bin holding at least one value, within the cap.
    var isConsistent: Bool {
        keys.count == counts.count && keys.count <= Self.maximumBins && level <= 64 && !keys.contains(0)
            && !counts.contains(0)
            && zip(keys, keys.dropFirst()).allSatisfy { $0 < $1 }
    }

    var total: Int { counts.reduce(0) { $0 + Int($1) } }
    var binCount: Int { keys.count }

    /// Largest relative distance from a bin's representative to any value in it: 2^(level − 8).
    var relativeResolution: Double {
        Double(sign: .plus, exponent: Int(level) - Int(Self.mantissaBits) - 1, significand: 1)
    }

    /// The bin key of a non-zero finite value at `level`.
    static func key(of value: Double, level: UInt64) -> Int32 {
        precondition(value != 0 && value.isFinite, "only non-zero finite values are binned")
        let magnitudeKey = Int32(truncatingIfNeeded: (value.magnitude.bitPattern >> shift) >> level) + 1
        return value < 0 ? -magnitudeKey : magnitudeKey
    }

    /// The middle of a bin's interval: within `relativeResolution` of every value in it.
    func representative(of key: Int32) -> Double {
        let magnitudeKey = UInt64(key.magnitude)
        let low = Double(bitPattern: ((magnitudeKey - 1) << level) << Self.shift)
        let highBits = (magnitudeKey << level) << Self.shift
        let high =
            highBits >= Double.infinity.bitPattern ? Double.greatestFiniteMagnitude : Double(bitPattern: highBits)
        let middle = low + (high - low) / 2
        return key < 0 ? -middle : middle
    }

    mutating func add(_ value: Double) {
        insert(key: Self.key(of: value, level: level), count: 1)
        while keys.count > Self.maximumBins { coarsen() }
    }

    /// Adds every value of `other` (same grid after both are brought to the higher level).
    mutating func merge(_ other: ValueBins) {
        var other = other
        while level < other.level { coarsen() }
        while other.level < level { other.coarsen() }
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
        while keys.count > Self.maximumBins { coarsen() }
    }

    /// The representative of the value at 0-based `rank` among the binned values in increasing order.
    func value(atRank rank: Int) -> Double {
        var seen = 0
        for (key, count) in zip(keys, counts) {
            seen += Int(count)
            if rank < seen { return representative(of: key) }
        }
        preconditionFailure("rank \(rank) beyond \(seen) binned values")
    }

    /// How many binned values are negative.
    var negativeCount: Int {
        zip(keys, counts).reduce(0) { $0 + ($1.0 < 0 ? Int($1.1) : 0) }
    }

    private mutating func insert(key: Int32, count: UInt32) {
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

    /// One level up: neighbouring bins pair (keys stay in order, so equal new keys are adjacent).
    private mutating func coarsen() {
        level += 1
        var newKeys: [Int32] = [], newCounts: [UInt32] = []
        newKeys.reserveCapacity(keys.count)
        newCounts.reserveCapacity(keys.count)
        for (key, count) in zip(keys, counts) {
            let magnitude = (key.magnitude - 1) >> 1 + 1
            let coarse = key < 0 ? -Int32(magnitude) : Int32(magnitude)
            if newKeys.last == coarse {
                newCounts[newCounts.count - 1] += count
            } else {
                newKeys.append(coarse)
                newCounts.append(count)
            }
        }
        keys = newKeys
        counts = newCounts
    }
}
