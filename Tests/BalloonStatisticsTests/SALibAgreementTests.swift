import Testing

@testable import BalloonStatistics

/// Agreement with SALib 1.6 on the Ishigami function (reference file written by
/// scripts/salib_reference.py). The designs differ (SALib scrambles its Sobol'
/// points and draws its own trajectories), so agreement is statistical, not exact.
@Suite("Agreement with SALib")
struct SALibAgreementTests {
    let ishigami = Ishigami()

    @Test("Sobol' S1 and ST within 0.05 of SALib; bootstrap half-widths of the same size")
    func sobol() throws {
        let reference = try SALibReference.load()
        #expect(reference.names == Ishigami.parameters.map(\.name))
        let design = try SobolAnalysis.design(
            parameters: Ishigami.parameters, baseSampleCount: reference.sobol.baseSamples)
        let result = try SobolAnalysis.analyze(
            design: design, outputs: design.evaluate(ishigami.model), bootstrapResamples: 1000, seed: 7)
        for i in 0..<3 {
            let ours = result.indices[i]
            #expect(
                abs(ours.firstOrder - reference.sobol.s1[i]) < 0.05,
                "S1 \(ours.firstOrder) vs SALib \(reference.sobol.s1[i])")
            #expect(
                abs(ours.totalOrder - reference.sobol.st[i]) < 0.05,
                "ST \(ours.totalOrder) vs SALib \(reference.sobol.st[i])")
            // Same estimator, same N, same bootstrap: the half-widths should agree within a factor of 2.
            #expect(
                ours.firstOrderConfidence / reference.sobol.s1Conf[i] > 0.5
                    && ours.firstOrderConfidence / reference.sobol.s1Conf[i] < 2)
            #expect(
                ours.totalOrderConfidence / reference.sobol.stConf[i] > 0.5
                    && ours.totalOrderConfidence / reference.sobol.stConf[i] < 2)
        }
    }

    @Test("Morris μ* ranking identical to SALib's and values within 15 %")
    func morris() throws {
        let reference = try SALibReference.load()
        let design = try MorrisAnalysis.design(
            parameters: Ishigami.parameters, trajectories: reference.morris.trajectories,
            levels: reference.morris.levels, seed: 17)
        let result = try MorrisAnalysis.analyze(
            design: design, outputs: design.evaluate(ishigami.model), bootstrapResamples: 100)
        let ours = result.effects.map(\.muStar)
        let theirs = reference.morris.muStar
        func ranking(_ values: [Double]) -> [Int] { values.indices.sorted { values[$0] > values[$1] } }
        #expect(ranking(ours) == ranking(theirs))
        for i in 0..<3 {
            #expect(abs(ours[i] - theirs[i]) / theirs[i] < 0.15, "mu* \(ours[i]) vs SALib \(theirs[i])")
        }
    }
}
