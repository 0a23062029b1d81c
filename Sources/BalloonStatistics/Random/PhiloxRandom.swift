/// Counter-based random numbers: every value is a pure function of
/// `(seed, stream, counter)` (and an optional `substream`).
///
/// Why counter-based: a parallel computation can give each unit of work its own
/// key (for example `stream = generation`, `substream = candidate index`) and get
/// the same numbers no matter which thread runs it, in which order, or how many
/// threads exist. Nothing is shared, so nothing needs locking.
///
/// The mixer is Philox4x64-10 (Salmon et al. 2011). The key is `(seed, stream)`;
/// the 256-bit Philox counter is `(counter / 4, substream, 0, 0)` and lane
/// `counter % 4` of the output block is returned, so consecutive counters use all
/// 256 bits of each block. With `substream == 0` the values equal NumPy's
/// `Philox(key=[seed, stream])` raw output stream (NumPy pre-increments its
/// counter, so NumPy's first four outputs are counters 4...7 here).
package enum PhiloxRandom {
    /// 64 uniformly distributed random bits.
    /// - Parameters:
    ///   - seed: the experiment-level seed.
    ///   - stream: an independent stream within the seed (e.g. a generation).
    ///   - counter: the position within the stream.
    ///   - substream: an extra key word (e.g. a candidate index); defaults to 0.
    package static func bits(
        seed: UInt64, stream: UInt64, counter: UInt64, substream: UInt64 = 0
    ) -> UInt64 {
        let block = Philox4x64.block(counter: (counter >> 2, substream, 0, 0), key: (seed, stream))
        return lane(block, Int(truncatingIfNeeded: counter & 3))
    }

    /// A uniform double in [0, 1) with 53 random bits (a multiple of 2^-53).
    package static func uniform01(
        seed: UInt64, stream: UInt64, counter: UInt64, substream: UInt64 = 0
    ) -> Double {
        unitInterval(bits(seed: seed, stream: stream, counter: counter, substream: substream))
    }

    /// A uniform double in the open interval (0, 1): `(k + 0.5) * 2^-52` with 52 random bits.
    ///
    /// Use this wherever the value is fed to a logarithm or an inverse CDF, where
    /// an exact 0 would produce an infinity.
    package static func uniformOpen01(
        seed: UInt64, stream: UInt64, counter: UInt64, substream: UInt64 = 0
    ) -> Double {
        openUnitInterval(bits(seed: seed, stream: stream, counter: counter, substream: substream))
    }

    /// A standard normal deviate from one counter, by inversion
    /// (`StandardNormal.quantile` of `uniformOpen01`).
    ///
    /// Inversion rather than Box–Muller: it consumes exactly one counter per
    /// deviate, so the mapping counter → value stays simple and monotone.
    package static func standardNormal(
        seed: UInt64, stream: UInt64, counter: UInt64, substream: UInt64 = 0
    ) -> Double {
        StandardNormal.quantile(
            uniformOpen01(seed: seed, stream: stream, counter: counter, substream: substream))
    }

    /// Maps 64 random bits to [0, 1) using the top 53 bits.
    package static func unitInterval(_ bits: UInt64) -> Double {
        Double(bits >> 11) * 0x1p-53
    }

    /// Maps 64 random bits to (0, 1) using the top 52 bits and a half-step offset.
    /// (With 53 bits the largest value, 1 − 2^-54, would round up to exactly 1.)
    package static func openUnitInterval(_ bits: UInt64) -> Double {
        (Double(bits >> 12) + 0.5) * 0x1p-52
    }

    static func lane(_ block: (UInt64, UInt64, UInt64, UInt64), _ index: Int) -> UInt64 {
        switch index {
        case 0: return block.0
        case 1: return block.1
        case 2: return block.2
        default: return block.3
        }
    }
}
