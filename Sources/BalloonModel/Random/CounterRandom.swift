import RealModule

/// Counter-based randomness: every draw is a pure function of (seed, entity, month, purpose).
///
/// Because nothing is carried from one draw to the next, a simulation gives the same numbers
/// whatever the order of work or the number of threads, and a paired comparison of two scenarios
/// sees the same shocks wherever the scenarios share an entity and a month (common random numbers).
public enum CounterRandom {
    /// SplitMix64's finaliser (Steele, Lea & Flood 2014): a bijective 64-bit mix with full avalanche.
    @inlinable
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A 64-bit value keyed by the four counters; changing any one gives an unrelated value.
    @inlinable
    public static func bits(seed: UInt64, entity: UInt64, month: UInt64, purpose: UInt64) -> UInt64 {
        var h = mix(seed ^ 0x5851_F42D_4C95_7F2D)
        h = mix(h ^ entity)
        h = mix(h ^ (month &* 0x2545_F491_4F6C_DD1D))
        return mix(h ^ (purpose &* 0x9E37_79B9_7F4A_7C15))
    }

    /// A uniform draw in the open interval (0, 1) with 53 bits of precision.
    @inlinable
    public static func uniform(seed: UInt64, entity: UInt64, month: UInt64, purpose: UInt64) -> Double {
        let b = bits(seed: seed, entity: entity, month: month, purpose: purpose)
        return (Double(b >> 11) + 0.5) * 0x1.0p-53
    }

    /// A standard normal draw (Box–Muller on two keyed uniforms).
    @inlinable
    public static func normal(seed: UInt64, entity: UInt64, month: UInt64, purpose: UInt64) -> Double {
        let u1 = uniform(seed: seed, entity: entity, month: month, purpose: purpose &* 2)
        let u2 = uniform(seed: seed, entity: entity, month: month, purpose: purpose &* 2 &+ 1)
        let radius = (-2.0 * Double.log(u1)).squareRoot()
        return radius * Double.cos(2.0 * Double.pi * u2)
    }
}

/// Purposes keep independent streams apart when the same entity draws several shocks in a month.
public enum RandomPurpose: UInt64 {
    case yieldWeather = 1
    case seizureLuck = 2
    case initiationNoise = 3
    case parameterDraw = 4
}

/// The entity key spaces do not overlap, so a region and an edge never share a stream.
@usableFromInline
enum RandomEntity {
    @inlinable static func region(_ index: Int) -> UInt64 { 1_000 &+ UInt64(index) }
    @inlinable static func edge(_ index: Int) -> UInt64 { 2_000 &+ UInt64(index) }
    @inlinable static func market(_ index: Int) -> UInt64 { 3_000 &+ UInt64(index) }
}
