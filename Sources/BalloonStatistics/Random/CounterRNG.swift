/// A `RandomNumberGenerator` view of one `(seed, stream, substream)` key of
/// `PhiloxRandom`: the n-th call to `next()` returns
/// `PhiloxRandom.bits(seed:stream:counter: startCounter + n, substream:)`.
///
/// Convenient for code that wants a generator (e.g. `Array.shuffled(using:)`),
/// while keeping the counter-based guarantee: two generators with the same key
/// produce the same values, whatever thread they run on.
public struct CounterRNG: RandomNumberGenerator, Sendable {
    /// The experiment-level seed (first Philox key word).
    public let seed: UInt64
    /// The stream (second Philox key word).
    public let stream: UInt64
    /// The substream (second Philox counter word).
    public let substream: UInt64
    /// The counter that the next call to `next()` will use.
    public private(set) var counter: UInt64

    // One Philox block yields four outputs; caching it makes sequential use
    // four times cheaper without changing the values.
    private var cachedBlockIndex: UInt64 = .max
    private var cachedBlock: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    /// Creates a generator positioned at `counter`.
    public init(seed: UInt64, stream: UInt64 = 0, substream: UInt64 = 0, counter: UInt64 = 0) {
        self.seed = seed
        self.stream = stream
        self.substream = substream
        self.counter = counter
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        let blockIndex = counter >> 2
        if blockIndex != cachedBlockIndex {
            cachedBlock = Philox4x64.block(counter: (blockIndex, substream, 0, 0), key: (seed, stream))
            cachedBlockIndex = blockIndex
        }
        let value = PhiloxRandom.lane(cachedBlock, Int(truncatingIfNeeded: counter & 3))
        counter &+= 1
        return value
    }

    /// A uniform double in [0, 1) with 53 random bits.
    public mutating func uniform01() -> Double {
        PhiloxRandom.unitInterval(next())
    }

    /// A uniform double in (0, 1).
    public mutating func uniformOpen01() -> Double {
        PhiloxRandom.openUnitInterval(next())
    }

    /// A standard normal deviate by inversion (one counter per deviate).
    public mutating func standardNormal() -> Double {
        StandardNormal.quantile(uniformOpen01())
    }
}
