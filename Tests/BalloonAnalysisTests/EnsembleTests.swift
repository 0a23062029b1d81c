import BalloonModel
import BalloonStatistics
import Foundation
import Testing

@testable import BalloonAnalysis

/// `balloon run NAME --ensemble N`: members, bands, determinism and sharding.
struct EnsembleTests {
    static func history(to endYear: Int = 2005) throws -> PreparedScenario {
        try PreparedScenario.resolve("history", from: 2000, to: endYear)
    }

    @Test func memberKUsesDrawKModuloTheDrawsAndSeedBasePlusK() throws {
        let scenario = PreparedScenario(
            name: "test", configuration: SimulationConfiguration(seed: 1),
            parameterOverrides: ["profit_elasticity": 0.33])
        let plan = try MemberPlan(posterior: AnalysisTestSupport.twoDraws, baseSeed: 40, members: 10)
        for member in [0, 1, 2, 3, 9] {
            let configuration = plan.configuration(of: scenario, member: member)
            #expect(configuration.seed == 40 + UInt64(member))
            let draw = AnalysisTestSupport.twoDraws.draws[member % 2]
            #expect(configuration.parameters.demandElasticity == draw.values["demand_elasticity"])
            // The scenario's own parameter setting wins over the draw.
            #expect(configuration.parameters.profitElasticity == 0.33)
        }
    }

    @Test(arguments: [0, -3, MemberPlan.maximumMembers + 1])
    func memberCountsOutsideTheRangeAreRefusedNamingTheOption(members: Int) {
        #expect(throws: AnalysisError.self) {
            try MemberPlan(posterior: AnalysisTestSupport.defaults, baseSeed: 1, members: members)
        }
        do {
            _ = try MemberPlan(posterior: AnalysisTestSupport.defaults, baseSeed: 1, members: members)
        } catch {
            #expect(error.field == "--ensemble" && error.description.contains("Fix:"))
        }
    }

    @Test func bandsAreTheQuantilesOfTheMembersOwnRuns() throws {
        let scenario = try Self.history(to: 2003)
        let plan = try MemberPlan(posterior: AnalysisTestSupport.twoDraws, baseSeed: 7, members: 5)
        let accumulation = EnsembleRun(scenario: scenario, plan: plan).accumulate(parallelism: .threads(2))
        let runs = (0..<5).map { Simulation.run(plan.configuration(of: scenario, member: $0)) }
        #expect(accumulation.members == 5)
        let summary = accumulation.summary(
            scenario: scenario.name, seed: plan.baseSeed, modelVersion: "test", posterior: "two draws")
        for (indicator, place) in [("coca_area_ha", "CO"), ("consumption_t", "US"), ("spending_usd", "TOTAL")] {
            let band = try #require(summary.band(SeriesKey(indicator, place)))
            for (index, year) in band.years.enumerated() {
                let values = runs.map { $0.value(indicator, place, year: year)! }
                #expect(band.median[index] == values.sorted()[2], "\(indicator) \(place) \(year)")
                #expect(
                    abs(band.lower[index] - WeightedStatistics.quantile(values, probability: 0.05)) <= 1e-9
                        * abs(band.lower[index]))
                #expect(band.lower[index] <= band.median[index] && band.median[index] <= band.upper[index])
            }
        }
        // Series zero in every member are left out, as in single runs.
        #expect(summary.series.values.allSatisfy { $0.p95.contains { $0 != 0 } || $0.p05.contains { $0 != 0 } })
    }

    @Test func theResultIsTheSameOnOneTwoOrThreeThreads() throws {
        let run = EnsembleRun(
            scenario: try Self.history(to: 2002),
            plan: try MemberPlan(posterior: AnalysisTestSupport.twoDraws, baseSeed: 3, members: 5))
        let serial = run.accumulate(parallelism: .serial)
        #expect(run.accumulate(parallelism: .threads(2)) == serial)
        #expect(run.accumulate(parallelism: .threads(3)) == serial)
    }

    @Test func mergedShardsWriteExactlyTheFilesOfTheUnshardedRun() throws {
        let plan = try MemberPlan(posterior: AnalysisTestSupport.twoDraws, baseSeed: 1, members: 6)
        let job = AnalysisJob.ensemble(
            EnsembleRun(scenario: try Self.history(to: 2003), plan: plan), modelVersion: "test")
        let whole = try job.run(parallelism: .threads(2))
        let (spec, payload) = try AnalysisTestSupport.shardedThroughFiles(job, shards: 3)
        #expect(spec == job.spec)
        let merged = try AnalysisOutput.render(spec: spec, payload: payload)
        #expect(merged.files.map(\.name) == ["history.ensemble.csv", "history.ensemble.json"])
        #expect(merged.files == whole.files)
        #expect(merged.console == whole.console)
    }

    @Test func outputsListEveryNonZeroSeriesWithItsThreeStatistics() throws {
        let plan = try MemberPlan(posterior: AnalysisTestSupport.defaults, baseSeed: 1, members: 3)
        let output = try AnalysisJob.ensemble(
            EnsembleRun(scenario: try Self.history(to: 2001), plan: plan), modelVersion: "test"
        ).run()
        let csv = try #require(output.files.first { $0.name.hasSuffix(".csv") }).contents
        let lines = csv.split(separator: "\n")
        #expect(lines.first == "scenario,indicator,place,year,statistic,value,unit")
        for statistic in ["median", "p05", "p95"] {
            #expect(lines.contains { $0.hasPrefix("history,coca_area_ha,CO,2001,\(statistic),") })
        }
        let json = try #require(output.files.first { $0.name.hasSuffix(".json") }).contents
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["schema"] as? String == "balloon.ensemble/1")
        #expect(object["members"] as? Int == 3)
        let series = try #require(object["series"] as? [String: Any])
        let area = try #require(series["coca_area_ha|CO"] as? [String: Any])
        #expect((area["median"] as? [Double])?.count == 2)
        #expect(output.console.contains("Coca area, Colombia"))
    }
}
