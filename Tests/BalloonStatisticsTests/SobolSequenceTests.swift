import Testing

@testable import BalloonStatistics

@Suite("Sobol' sequence")
struct SobolSequenceTests {
    @Test("Equals SciPy's unscrambled Sobol' points (Joe–Kuo 6.21201 direction numbers)")
    func matchesSciPy() throws {
        let reference = try SALibReference.load().scipySobol
        let shift = UInt32(SobolSequence.bits - reference.bits)  // SciPy uses 30 bits, we use 32
        for (points, dimension) in [(reference.first12Dims, 12), (reference.all128Dims, 128)] {
            let sequence = try SobolSequence(dimension: dimension)
            for (index, expected) in points.enumerated() {
                let got = sequence.integerPoint(at: UInt32(index)).map { UInt64($0 >> shift) }
                #expect(got == expected, "point \(index) of dimension \(dimension)")
            }
        }
    }

    @Test("The first 2^m points stratify every coordinate into 2^m cells")
    func stratification() throws {
        let sequence = try SobolSequence(dimension: SobolSequence.maximumDimension)
        let m = 7
        let points = (0..<(1 << m)).map { sequence.integerPoint(at: UInt32($0)) }
        for d in 0..<sequence.dimension {
            let cells = Set(points.map { $0[d] >> UInt32(32 - m) })
            #expect(cells.count == 1 << m, "dimension \(d + 1)")
        }
        #expect(sequence.point(at: 0).allSatisfy { $0 == 0 })
        #expect(sequence.point(at: 1).allSatisfy { $0 == 0.5 })
    }

    @Test("Unsupported dimensions throw")
    func invalidDimension() {
        #expect(throws: StatisticsError.self) { try SobolSequence(dimension: 0) }
        #expect(throws: StatisticsError.self) { try SobolSequence(dimension: SobolSequence.maximumDimension + 1) }
    }
}
