/// A `RandomNumberGenerator` view of one `(seed, stream, substream)` key of
/// `PhiloxRandom`: the n-th call to `next()` returns
/// `PhiloxRandom.bits(seed:stream:counter: startCounter + n, substream:)`.
///
/// Convenient for code that wants a generator (e.g. `Array.shuffled(using:)`),
/// while keeping the counter-based guarantee: two generators with the same key
/// produce the same values, whatever thread they run on.
package struct CounterRNG: RandomNumberGenerator, Sendable {
    /// The experiment-level seed (first Philox key word).
    package let seed: UInt64
    /// The stream (second Philox key word).
    package let stream: UInt64
    /// The substream (second Philox counter word).
    package let substream: UInt64
    /// The counter that the next call to `next()` will use.
    package private(set) var counter: UInt64

    // One Philox block yields four outputs; caching it makes sequential use
    // four times cheaper without changing the values.
    private var cachedBlockIndex: UInt64 = .max
    private var cachedBlock: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    /// Creates a generator positioned at `counter`.
    package init(seed: UInt64, stream: UInt64 = 0, substream: UInt64 = 0, counter: UInt64 = 0) {
        self.seed = seed
        self.stream = stream
        self.substream = substream
        self.counter = counter
    }

    /// The next 64 random bits.
    package mutating func next() -> UInt64 {
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
    package mutating func uniform01() -> Double {
        PhiloxRandom.unitInterval(next())
    }

    /// A uniform double in (0, 1).
    package mutating func uniformOpen01() -> Double {
        PhiloxRandom.openUnitInterval(next())
    }

    /// A standard normal deviate by inversion (one counter per deviate).
    package mutating func standardNormal() -> Double {
        StandardNormal.quantile(uniformOpen01())
    }
}
