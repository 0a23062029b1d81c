extension ABCSMCResult {
    /// The stream reserved for ensemble resampling, so that it never reuses the
    /// numbers of an ABC generation even when given the same seed.
    static let resamplingStream: UInt64 = 0x7E5A_4D91_0000_0000

    /// Indices of `count` particles drawn with probability proportional to their
    /// weights by systematic resampling (one uniform, evenly spaced positions),
    /// which has lower variance than independent draws. Deterministic in `seed`.
    /// Indices come out in ascending order.
    package func resampleIndices(count: Int, seed: UInt64) -> [Int] {
        guard count > 0, !weights.isEmpty else { return [] }
        let total = weights.reduce(0, +)
        let offset = PhiloxRandom.uniform01(seed: seed, stream: Self.resamplingStream, counter: 0)
        var indices: [Int] = []
        indices.reserveCapacity(count)
        var cumulative = weights[0] / total
        var particle = 0
        for k in 0..<count {
            let position = (Double(k) + offset) / Double(count)
            while position >= cumulative && particle < weights.count - 1 {
                particle += 1
                cumulative += weights[particle] / total
            }
            indices.append(particle)
        }
        return indices
    }

    /// An equally weighted ensemble of `count` parameter sets, resampled
    /// systematically from the weighted posterior (see `resampleIndices`).
    package func resampleEnsemble(count: Int, seed: UInt64) -> [[Double]] {
        resampleIndices(count: count, seed: seed).map { particles[$0] }
    }
}
