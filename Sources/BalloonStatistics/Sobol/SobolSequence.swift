/// The Sobol' low-discrepancy sequence in base 2 with Joe & Kuo (2008)
/// direction numbers (new-joe-kuo-6.21201), up to 128 dimensions, 32 bits.
///
/// Points are produced in Gray-code order (Antonov & Saleev 1979), the same
/// order and values as SciPy's unscrambled `scipy.stats.qmc.Sobol`: point 0 is
/// the origin, and the first 2^m points of any dimension are stratified into
/// 2^m equal cells.
package struct SobolSequence: Sendable {
    /// The largest supported dimension.
    package static let maximumDimension = JoeKuoDirectionNumbers.maximumDimension
    /// Bits per coordinate; indices must be below 2^bits.
    package static let bits = 32

    /// The number of coordinates per point.
    package let dimension: Int
    /// directions[d][k] is the direction number v_{k+1} of dimension d, scaled to 32 bits.
    private let directions: [[UInt32]]

    /// Creates the first `dimension` coordinates of the sequence.
    package init(dimension: Int) throws {
        guard dimension >= 1, dimension <= Self.maximumDimension else {
            throw StatisticsError.invalidArgument(
                "Sobol' dimension must be in 1...\(Self.maximumDimension), got \(dimension)")
        }
        self.dimension = dimension
        var table: [[UInt32]] = []
        // Dimension 1 is the van der Corput sequence: all m_k = 1.
        table.append((0..<Self.bits).map { UInt32(1) << (31 - $0) })
        for d in 1..<dimension {
            let (a, m) = JoeKuoDirectionNumbers.entries[d - 1]
            table.append(Self.directionNumbers(a: a, m: m))
        }
        directions = table
    }

    /// v_k = m_k · 2^(32−k), extending the initial m's with the recurrence of
    /// Bratley & Fox (1988) as written in Joe & Kuo's reference implementation.
    static func directionNumbers(a: UInt32, m: [UInt32]) -> [UInt32] {
        let s = m.count
        var v = [UInt32](repeating: 0, count: bits + 1)  // 1-based like the paper
        for k in 1...bits {
            if k <= s {
                v[k] = m[k - 1] << UInt32(bits - k)
            } else {
                v[k] = v[k - s] ^ (v[k - s] >> UInt32(s))
                for j in 1..<s where (a >> UInt32(s - 1 - j)) & 1 == 1 {
                    v[k] ^= v[k - j]
                }
            }
        }
        return Array(v[1...])
    }

    /// The integer coordinates of point `index` (multiply by 2^-32 for [0, 1)).
    /// Computed directly from the Gray code of `index`, so any point can be
    /// generated independently of the others.
    package func integerPoint(at index: UInt32) -> [UInt32] {
        let gray = index ^ (index >> 1)
        return directions.map { v in
            var x: UInt32 = 0
            var g = gray
            var k = 0
            while g != 0 {
                if g & 1 == 1 { x ^= v[k] }
                g >>= 1
                k += 1
            }
            return x
        }
    }

    /// Point `index` in [0, 1)^dimension (exact multiples of 2^-32).
    package func point(at index: UInt32) -> [Double] {
        integerPoint(at: index).map { Double($0) * 0x1p-32 }
    }
}
