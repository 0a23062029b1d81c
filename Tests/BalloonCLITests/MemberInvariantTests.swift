import BalloonAnalysis
import BalloonStatistics
import Foundation
import Testing

@testable import BalloonModel
@testable import balloon

/// Ensembles and paired comparisons check every member's outputs before writing anything (`MemberInvariants`):
/// one broken member stops the whole analysis with the invariant, indicator, place, year, scenario and member.
struct MemberInvariantTests {
    /// Simulates, then puts NaN into Peru's coca area in the third year of the run whose seed is `brokenSeed`
    /// and whose configuration satisfies `isTarget`.
    static func breaking(
        seed brokenSeed: UInt64, where isTarget: @escaping @Sendable (SimulationConfiguration) -> Bool = { _ in true }
    )
        -> Simulator
    {
        { configuration in
            var results = Simulation.run(configuration)
            if configuration.seed == brokenSeed, isTarget(configuration) {
                let slot = results.layout.slotByKey[SeriesKey(Indicators.cocaArea.name, "PE")]!
                results.set(slot: slot, yearIndex: 2, .nan)
            }
            return results
        }
    }

    static func plan(members: Int) throws -> MemberPlan {
        try MemberPlan(posterior: try #require(ParameterEnsemble.bundledPosterior()), baseSeed: 10, members: members)
    }

    @Test(arguments: [nil, "1/2"] as [String?])
    func aBrokenEnsembleMemberStopsTheRunNamingItAndWritesNothing(_ shard: String?) throws {
        let out = CLITests.temporaryDirectory()
        let scenario = try PreparedScenario.resolve("history", seed: 10, from: 2000, to: 2006)
        let plan = try Self.plan(members: 6)
        let invariants = MemberInvariants(plan: plan, scenarios: [scenario])
        let job = AnalysisJob.ensemble(
            EnsembleRun(scenario: scenario, plan: plan), modelVersion: "test",
            simulate: invariants.checking(Self.breaking(seed: 10 + 4)))
        let error = try #require(throws: BrokenInvariant.self) {
            try AnalysisCLI.execute(job, invariants: invariants, shard: shard, out: out, threads: 2, command: ["test"])
        }
        #expect(error.member == 4 && error.scenario == "history")
        #expect(
            error.violation.kind == .notFinite && error.violation.series == SeriesKey(Indicators.cocaArea.name, "PE")
                && error.violation.year == 2002)
        let shown = UserError(error)
        #expect(shown.code == "brokenInvariant")
        for word in ["not finite", "coca_area_ha", "PE", "2002", "member 4", "history"] {
            #expect(shown.description.contains(word), "\(shown)")
        }
        #expect(OutputSetTests.entries(out).isEmpty, "\(OutputSetTests.entries(out))")
    }

    @Test(arguments: [nil, "1/2"] as [String?])
    func aShardWithoutTheBrokenMemberIsWritten(_ shard: String?) throws {
        // Member 1 breaks: shard 1/2 (members 3–5) is clean and writes its file; the whole run does not.
        let out = CLITests.temporaryDirectory()
        let scenario = try PreparedScenario.resolve("history", seed: 10, from: 2000, to: 2004)
        let plan = try Self.plan(members: 6)
        let invariants = MemberInvariants(plan: plan, scenarios: [scenario])
        let job = AnalysisJob.ensemble(
            EnsembleRun(scenario: scenario, plan: plan), modelVersion: "test",
            simulate: invariants.checking(Self.breaking(seed: 10 + 1)))
        if shard == nil {
            #expect(throws: BrokenInvariant.self) {
                try AnalysisCLI.execute(
                    job, invariants: invariants, shard: shard, out: out, threads: 2, command: ["test"])
            }
            #expect(OutputSetTests.entries(out).isEmpty)
        } else {
            try AnalysisCLI.execute(job, invariants: invariants, shard: shard, out: out, threads: 2, command: ["test"])
            #expect(OutputSetTests.entries(out) == ["history.ensemble.shard-1-of-2.json"])
            #expect(invariants.runs == 3)
        }
    }

    @Test func aBrokenScenarioRunInAComparisonIsNamedAndNothingIsWritten() throws {
        let out = CLITests.temporaryDirectory()
        let baseline = try PreparedScenario.resolve("history", seed: 10, from: 2000, to: 2006)
        let policy = try PreparedScenario.resolve("plan-peru", seed: 10, from: 2000, to: 2006)
        let plan = try Self.plan(members: 4)
        let comparison = try PairedComparison(baseline: baseline, scenarios: [policy], plan: plan)
        let invariants = MemberInvariants(plan: plan, scenarios: [comparison.baseline] + comparison.scenarios)
        // Member 2's plan-peru run breaks, its history run does not.
        let planPeru = plan.configuration(of: comparison.scenarios[0], member: 2)
        let job = AnalysisJob.comparison(
            comparison, modelVersion: "test",
            simulate: invariants.checking(Self.breaking(seed: 12) { $0 == planPeru }))
        let error = try #require(throws: BrokenInvariant.self) {
            try AnalysisCLI.execute(job, invariants: invariants, shard: nil, out: out, threads: 2, command: ["test"])
        }
        #expect(error.member == 2 && error.scenario == "plan-peru", "\(error)")
        #expect(invariants.runs == 8)
        #expect(OutputSetTests.entries(out).isEmpty)
    }

    @Test func cleanMembersPassTheGuardAndEveryRunIsChecked() throws {
        let out = CLITests.temporaryDirectory()
        let scenario = try PreparedScenario.resolve("plan-peru", seed: 3, from: 2000, to: 2010)
        let plan = try Self.plan(members: 5)
        let invariants = MemberInvariants(plan: plan, scenarios: [scenario])
        let job = AnalysisJob.ensemble(
            EnsembleRun(scenario: scenario, plan: plan), modelVersion: "test",
            simulate: invariants.checking())
        try AnalysisCLI.execute(job, invariants: invariants, shard: nil, out: out, threads: 2, command: ["test"])
        #expect(invariants.runs == 5)
        #expect(OutputSet.isComplete("plan-peru.ensemble", in: out))
    }

    /// A sensitivity study checks every design point's run too: a point whose outputs break an invariant stops
    /// the study before anything is written, named by the varied parameters' values.
    @Test func aBrokenSensitivityDesignPointStopsTheStudyNamingItsValues() throws {
        let out = CLITests.temporaryDirectory()
        let scenario = try PreparedScenario.resolve("history", seed: 10, from: 2000, to: 2004)
        let priors = [
            NamedPrior("profit_elasticity", .uniform(lower: 0.1, upper: 0.6)),
            NamedPrior("spray_kill_share", .uniform(lower: 0.1, upper: 0.7)),
        ]
        let target = try SensitivityTarget.resolve(
            indicator: Indicators.cocaArea.name, place: "CO", year: nil, in: Simulation.run(scenario.configuration))
        let settings = SensitivitySettings(
            method: .morris, target: target, parameters: priors, trajectories: 3, bootstrapResamples: 10, seed: 10)
        let study = try SensitivityStudy(settings: settings)
        let invariants = DesignPointInvariants(scenario: scenario.name, parameterNames: priors.map(\.name))
        // Every point with a strong profit response has its outputs broken.
        let breaking = Self.breaking(seed: 10) { $0.parameters.profitElasticity > 0.3 }
        let model = SensitivityStudy.model(
            of: scenario, target: target, parameters: priors, simulate: invariants.checking(breaking))
        let job = AnalysisJob.sensitivity(study, scenario: scenario, modelVersion: "test", model: model)
        let error = try #require(throws: BrokenInvariant.self) {
            try AnalysisCLI.execute(job, invariants: invariants, shard: nil, out: out, threads: 2, command: ["test"])
        }
        #expect(error.member == nil)
        let point = try #require(error.designPoint)
        #expect(point.contains("profit_elasticity = ") && point.contains("spray_kill_share = "), "\(point)")
        #expect(UserError(error).description.contains("design point"), "\(UserError(error))")
        #expect(OutputSetTests.entries(out).isEmpty, "\(OutputSetTests.entries(out))")
    }
}
