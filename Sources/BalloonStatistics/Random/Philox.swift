/// The Philox4x64-10 block function of Salmon et al. (2011), "Parallel random
/// numbers: as easy as 1, 2, 3" (SC'11), as implemented in Random123 and in
/// NumPy's `numpy.random.Philox`.
///
/// It maps a 256-bit counter and a 128-bit key to 256 pseudo-random bits. It is
/// a bijection of the counter for each key, so distinct counters never collide,
/// and it passes TestU01 BigCrush. Being a pure function it needs no state, which
/// is what makes results independent of thread count and evaluation order.
package enum Philox4x64 {
    // Multipliers and Weyl key increments from Random123 (philox.h).
    static let multiplier0: UInt64 = 0xD2E7_470E_E14C_6C93
    static let multiplier1: UInt64 = 0xCA5A_8263_9512_1157
    static let weyl0: UInt64 = 0x9E37_79B9_7F4A_7C15
    static let weyl1: UInt64 = 0xBB67_AE85_84CA_A73B

    /// Runs the ten Philox rounds on `counter` under `key`.
    /// - Parameters:
    ///   - counter: four 64-bit counter words.
    ///   - key: two 64-bit key words.
    /// - Returns: four 64-bit output words.
    package static func block(
        counter: (UInt64, UInt64, UInt64, UInt64),
        key: (UInt64, UInt64)
    ) -> (UInt64, UInt64, UInt64, UInt64) {
        var x = counter
        var k = key
        for round in 0..<10 {
            if round > 0 {
                // Random123 bumps the key before every round except the first.
                k.0 &+= weyl0
                k.1 &+= weyl1
            }
            let p0 = multiplier0.multipliedFullWidth(by: x.0)
            let p1 = multiplier1.multipliedFullWidth(by: x.2)
            x = (p1.high ^ x.1 ^ k.0, p1.low, p0.high ^ x.3 ^ k.1, p0.low)
        }
        return x
    }
}
