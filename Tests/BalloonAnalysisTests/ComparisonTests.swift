import BalloonModel
import BalloonStatistics
import Foundation
import Testing

@testable import BalloonAnalysis

/// `balloon compare`: pairing, zero self-differences, cost-effectiveness, the window rule, sharding.
struct ComparisonTests {
    /// plan-peru's policies start in 2026; a short span around it keeps the runs quick.
    static func comparison(
        _ names: [String], members: Int, posterior: ParameterEnsemble = AnalysisTestSupport.twoDraws,
        from: Int = 2025, to: Int = 2029
    ) throws -> PairedComparison {
        let baseline = try PreparedScenario.resolve("history", from: from, to: to)
        let scenarios = try names.map { try PreparedScenario.resolve($0, from: from, to: to) }
        return try PairedComparison(
            baseline: baseline, scenarios: scenarios,
            plan: try MemberPlan(posterior: posterior, baseSeed: 11, members: members))
    }

    @Test func aScenarioComparedWithItselfDiffersByExactlyZeroAndHasNoCostEffectiveness() throws {
        let job = AnalysisJob.comparison(try Self.comparison(["history"], members: 3), modelVersion: "test")
        guard case .comparison(let accumulation) = try job.work(0..<3, .threads(2)) else {
            Issue.record("expected a comparison payload")
            return
        }
        let contrast = try #require(accumulation.contrasts.first)
        #expect(contrast.yearly.allSatisfy { $0.isAllZero })
        #expect(contrast.windowDifference.allSatisfy { $0.isAllZero })
        #expect(!contrast.windowBaseline.allSatisfy { $0.isAllZero })
        for ratio in [contrast.costPerHectareRemoved, contrast.costPerKilogramKept, contrast.costPerPercentFewerUsers] {
            #expect(ratio.undefinedMembers == 3)
            #expect(ratio.quantile(0.05) == nil && ratio.quantile(0.5) == nil && ratio.quantile(0.95) == nil)
        }
        #expect(contrast.netCostUSD.isAllZero && contrast.membersWithoutWindow == 3 && contrast.windowStart == nil)
        #expect(contrast.membersReachingThreshold == 0)

        let output = try AnalysisOutput.render(spec: job.spec, payload: .comparison(accumulation))
        let csv = try #require(output.files.first { $0.name == "compare-history.csv" }).contents
        let ratioRows = csv.split(separator: "\n").filter { $0.contains(",cost_per_") }
        #expect(!ratioRows.isEmpty)
        #expect(ratioRows.allSatisfy { $0.contains(",n/a,") || $0.contains(",share_defined,0,") })
        let differences = csv.split(separator: "\n").filter { $0.contains(",difference_") }
        #expect(!differences.isEmpty && differences.allSatisfy { $0.split(separator: ",")[5] == "0" })
        #expect(!csv.contains("inf") && !csv.contains("nan"))
        let json = try #require(output.files.first { $0.name == "compare-history.json" }).contents
        #expect(!json.contains("inf") && !json.contains("nan"))
        #expect(output.console.contains("Probability that cocaine reaching consumers falls by at least 5%: 0.00"))
    }

    @Test func costEffectivenessAndTheProbabilityAreComputedFromEachMembersPairedRuns() throws {
        let comparison = try Self.comparison(["plan-peru"], members: 1)
        let contrast = try #require(comparison.accumulate(parallelism: .serial).contrasts.first)
        // The same member run directly: same draw, same seed, for both scenarios.
        let baseline = Simulation.run(comparison.plan.configuration(of: comparison.baseline, member: 0))
        let scenario = Simulation.run(comparison.plan.configuration(of: comparison.scenarios[0], member: 0))
        let years = baseline.years
        let differing = years.filter { year in
            baseline.keys.contains { key in
                key.indicator == "spending_usd"
                    && abs(
                        baseline.value(key.indicator, key.place, year: year)! - scenario.value(
                            key.indicator, key.place, year: year)!) > 1
            }
        }
        let window = try #require(differing.first)...(try #require(differing.last))
        #expect(
            contrast.windowStart == window.lowerBound...window.lowerBound
                && contrast.windowEnd == window.upperBound...window.upperBound)
        var cost = 0.0, hectares = 0.0, kilograms = 0.0, consumed = 0.0
        for year in window {
            cost +=
                scenario.value("spending_usd", "TOTAL", year: year)! - baseline.value(
                    "spending_usd", "TOTAL", year: year)!
            for country in Country.allCases {
                hectares +=
                    baseline.value("illicit_area_ha", country.code, year: year)! - scenario.value(
                        "illicit_area_ha", country.code, year: year)!
            }
            kilograms +=
                1_000
                * (baseline.value("consumption_t", "WORLD", year: year)! - scenario.value(
                    "consumption_t", "WORLD", year: year)!)
            consumed += 1_000 * baseline.value("consumption_t", "WORLD", year: year)!
        }
        #expect(cost > 0, "plan-peru adds spending")
        #expect(contrast.netCostUSD.quantile(0.5) == cost)
        #expect(contrast.hectareYearsRemoved.quantile(0.5) == hectares)
        #expect(contrast.kilogramsKept.quantile(0.5) == kilograms)
        #expect(contrast.costPerHectareRemoved.quantile(0.5) == (hectares > 0 ? cost / hectares : nil))
        #expect(contrast.costPerKilogramKept.quantile(0.5) == (kilograms > 0 ? cost / kilograms : nil))
        #expect(contrast.membersReachingThreshold == (100 * kilograms / consumed >= 5 ? 1 : 0))
        // Yearly differences are the paired runs' differences.
        let index = try #require(
            comparison.accumulate(parallelism: .serial).series.firstIndex {
                $0.indicator == "coca_area_ha" && $0.place == "PE"
            })
        for (yearIndex, year) in years.enumerated() {
            let difference =
                scenario.value("coca_area_ha", "PE", year: year)! - baseline.value("coca_area_ha", "PE", year: year)!
            #expect(contrast.yearly[index * years.count + yearIndex].quantile(0.5) == difference)
        }
    }

    @Test func ratiosAreUndefinedUnlessTheEffectIsAReduction() {
        #expect(CostEffectiveness.ratio(cost: 100, effect: 4) == 25)
        #expect(CostEffectiveness.ratio(cost: -100, effect: 4) == -25)
        #expect(CostEffectiveness.ratio(cost: 100, effect: 0) == .infinity)
        #expect(CostEffectiveness.ratio(cost: 0, effect: 0) == .infinity)
        #expect(CostEffectiveness.ratio(cost: 100, effect: -3) == .infinity)
    }

    @Test func mergedShardsWriteExactlyTheFilesOfTheUnshardedComparison() throws {
        let job = AnalysisJob.comparison(
            try Self.comparison(["plan-peru", "history"], members: 4, to: 2027), modelVersion: "test")
        let whole = try job.run(parallelism: .serial)
        let (spec, payload) = try AnalysisTestSupport.shardedThroughFiles(job, shards: 2)
        let merged = try AnalysisOutput.render(spec: spec, payload: payload)
        #expect(merged.files == whole.files)
        #expect(merged.console == whole.console)
        #expect(try job.work(0..<4, .threads(3)) == payload, "and the same on three threads")
    }

    @Test(arguments: [0.0, -5, 101])
    func thresholdsOutsideZeroToOneHundredPercentAreRefused(threshold: Double) throws {
        let baseline = PreparedScenario(name: "base", configuration: SimulationConfiguration())
        let plan = try MemberPlan(posterior: AnalysisTestSupport.defaults, baseSeed: 1, members: 2)
        do {
            _ = try PairedComparison(baseline: baseline, scenarios: [baseline], plan: plan, thresholdPercent: threshold)
            Issue.record("threshold \(threshold) accepted")
        } catch {
            #expect(error.field == "--threshold")
        }
    }

    @Test func theComparedSeriesCoverWhatTheIssueAsksFor() throws {
        let results = Simulation.run(SimulationConfiguration(startYear: 2000, endYear: 2000))
        let series = ComparedSeriesCatalog.build(keys: results.keys, units: results.units)
        let names = Set(series.map { "\($0.indicator)|\($0.place)" })
        for country in Country.allCases {
            #expect(
                names.contains("coca_area_ha|\(country.code)")
                    && names.contains("homicide_rate_per_100k|\(country.code)"))
            #expect(
                names.contains("forest_cleared_ha|\(country.code)")
                    && names.contains("households_in_sprayed_areas|\(country.code)"))
        }
        for market in Market.allCases {
            for indicator in ["consumption_t", "retail_price_usd_per_pure_gram", "users"] {
                #expect(names.contains("\(indicator)|\(market.code)"))
            }
        }
        for instrument in Instrument.allCases {
            #expect(names.contains("spending_usd|BY_INSTRUMENT/\(instrument.rawValue)"))
        }
        for payer in Payer.allCases { #expect(names.contains("spending_usd|BY_PAYER/\(payer.code)")) }
        // The by-instrument sums add up to the total in a run.
        let total = results.value("spending_usd", "TOTAL", year: 2000)!
        let byInstrument = series.filter { $0.place.hasPrefix("BY_INSTRUMENT/") }.reduce(0.0) {
            $0 + $1.value(in: results, yearIndex: 0)
        }
        #expect(abs(byInstrument - total) <= 1e-9 * max(1, total))
    }
}
