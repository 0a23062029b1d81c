import BalloonModel
import BalloonScenario
import BalloonStatistics
import Testing

@testable import BalloonAnalysis

struct CalibrationTests {
    /// Observations made by the model itself at known parameters, in the shape of the real targets.
    static func syntheticTargets(_ results: SimulationResults) -> ObservedTargets {
        func series(_ indicator: String, _ place: String) -> [Int: Double] {
            Dictionary(uniqueKeysWithValues: zip(results.years, results.series(indicator, place) ?? []))
        }
        var area: [String: [Int: Double]] = [:]
        var us: [String: [Int: Double]] = [:]
        for code in ObservedTargets.countries.keys {
            area[code] = series("coca_area_ha", code)
            us[code] = series("coca_area_ha", code).mapValues { $0 * 1.5 }
        }
        return ObservedTargets(
            unodcArea: area, usGovernmentArea: us, colombianSeizures: series("seizures_t", "CO"),
            sourcePrices: ["CO": series("source_price_usd_per_kg", "CO")])
    }

    @Test func calibrationRecoversParametersFromDataTheModelMadeItself() throws {
        let history = try ScenarioLibrary().resolve("history")
        let names = ["spray_kill_share", "profit_elasticity"]
        let truth = [0.3, 0.3]
        let window = 2000...2008
        let probe = try CalibrationProblem(
            history: history,
            targets: ObservedTargets(unodcArea: [:], usGovernmentArea: [:], colombianSeizures: [:], sourcePrices: [:]),
            parameterNames: names, years: window)
        let observed = Simulation.run(probe.configuration(truth, seed: 1))
        let problem = try CalibrationProblem(
            history: history, targets: Self.syntheticTargets(observed), parameterNames: names, years: window)
        let result = try ABCSMC.run(
            parameters: problem.priors,
            configuration: ABCSMCConfiguration(particleCount: 40, generations: 4, seed: 3),
            distance: problem.distance)
        let summary = result.summary(intervalLevel: 0.9)
        for (index, row) in summary.enumerated() {
            let lower = problem.value(index, sampler: row.posteriorLower)
            let upper = problem.value(index, sampler: row.posteriorUpper)
            let range = ParameterCatalog.descriptor(named: names[index])!.range
            // Tolerance: the truth lies in the 90% posterior interval, which is at most 60% of the prior range.
            #expect(
                lower <= truth[index] && truth[index] <= upper,
                "\(names[index]): [\(lower), \(upper)] misses \(truth[index])")
            #expect((upper - lower) < 0.6 * (range.upperBound - range.lowerBound), "\(names[index]) barely narrowed")
        }
        // The profiled U.S. bias is found exactly when the measurement is a pure multiple of the truth.
        let fit = problem.fit(truth, seed: 1)
        #expect(abs(fit.usBiasFactor["CO"]! - 1.5) < 1e-9)
        #expect(fit.rmseLogArea["CO"]! < 1e-9)
    }

    @Test func theDistanceGrowsWhenTheModelMissesTheData() throws {
        let history = try ScenarioLibrary().resolve("history")
        let empty = ObservedTargets(unodcArea: [:], usGovernmentArea: [:], colombianSeizures: [:], sourcePrices: [:])
        let probe = try CalibrationProblem(
            history: history, targets: empty, parameterNames: ["spray_kill_share"], years: 2000...2008)
        let observed = Simulation.run(probe.configuration([0.3], seed: 1))
        let problem = try CalibrationProblem(
            history: history, targets: Self.syntheticTargets(observed),
            parameterNames: ["spray_kill_share"], years: 2000...2008)
        #expect(problem.fit([0.3], seed: 1).distance < problem.fit([0.6], seed: 1).distance)
    }

    @Test func anUnknownParameterIsRefused() throws {
        let history = try ScenarioLibrary().resolve("history")
        let empty = ObservedTargets(unodcArea: [:], usGovernmentArea: [:], colombianSeizures: [:], sourcePrices: [:])
        #expect(throws: CalibrationError.self) {
            try CalibrationProblem(history: history, targets: empty, parameterNames: ["no_such"])
        }
    }

    @Test func theScreenFitsTheBestRankedAndEveryCountrysLeader() {
        let ranked = ["a", "b", "c", "d", "e"]
        #expect(ParameterScreen.selection(ranked: ranked, leaders: [], keep: 3) == ["a", "b", "c"])
        // A leader ranked low on the whole distance is fitted as well, displacing nothing.
        #expect(ParameterScreen.selection(ranked: ranked, leaders: ["e"], keep: 3) == ["a", "b", "c", "e"])
        #expect(ParameterScreen.selection(ranked: ranked, leaders: ["b", "e"], keep: 3) == ["a", "b", "c", "e"])
        #expect(ParameterScreen.selection(ranked: ranked, leaders: ["d", "e"], keep: 1) == ["a", "d", "e"])
    }

    @Test func aScreenMarksEachCountrysLeaderAndFitsIt() throws {
        let history = try ScenarioLibrary().resolve("history")
        let names = ["profit_elasticity", "carrying_area_ratio.BO", "carrying_area_ratio.PE"]
        let empty = ObservedTargets(unodcArea: [:], usGovernmentArea: [:], colombianSeizures: [:], sourcePrices: [:])
        let probe = try CalibrationProblem(history: history, targets: empty, parameterNames: names, years: 2000...2006)
        let observed = Simulation.run(probe.configuration([0.3, 2.0, 1.5], seed: 1))
        let problem = try CalibrationProblem(
            history: history, targets: Self.syntheticTargets(observed), parameterNames: names, years: 2000...2006)
        let screen = try ParameterScreen.run(problem, trajectories: 3, keep: 1, seed: 1)
        #expect(Set(screen.rows.map(\.name)) == Set(names))
        let led = screen.rows.flatMap { $0.leaderOf ?? [] }
        #expect(led.sorted() == ObservedTargets.countries.keys.sorted(), "every country's area has one leader")
        for row in screen.rows where row.leaderOf != nil {
            #expect(row.selected, "\(row.name) leads but is not fitted")
        }
        for row in screen.rows {
            #expect(row.headlineMuStar?.count == HeadlineOutputs.all.count)
            #expect(!(row.selected && row.carried == true), "\(row.name) is both fitted and carried")
        }
        // Bolivia's carrying area moves nothing but Bolivia: it leads Bolivia's area.
        #expect(screen.rows.first { $0.name == "carrying_area_ratio.BO" }?.leaderOf?.contains("BO") == true)
    }

    @Test func aPriorIsCarriedWhenItMovesAHeadlineOutputButNotTheFit() {
        let consumption = ["fitted": 1.0, "strong": 0.5, "weak": 0.05, "none": 0, "seen": 0.5]
        let price = ["fitted": 0.2, "strong": 0, "weak": 0.01, "priceOnly": 0.04, "seen": 0]
        let distance = ["fitted": 2.0, "strong": 0.1, "weak": 0, "none": 0, "priceOnly": 0.19, "seen": 0.2]
        let carried = ParameterScreen.carriedPriors(
            headlineMuStar: [consumption, price], distanceMuStar: distance, fitted: ["fitted"])
        // 10% of the largest μ* on an output is the line: 0.05 of 1 is below it, 0.04 of 0.2 above.
        // "seen" moves consumption but also the distance (0.2 of 2): the data see it, so it is not carried.
        #expect(carried == ["strong", "priceOnly"])
        #expect(
            ParameterScreen.carriedPriors(headlineMuStar: [["a": 0, "b": 0]], distanceMuStar: [:], fitted: []).isEmpty)
    }

    @Test func committedParametersReplaceTheScreensChoiceAndKeepItsMeasurements() throws {
        func row(_ name: String, _ muStar: Double, selected: Bool, carried: Bool) -> ParameterScreen.Row {
            ParameterScreen.Row(
                name: name, muStar: muStar, sigma: 0, selected: selected, leaderOf: nil, headlineMuStar: nil,
                carried: carried)
        }
        let screen = ParameterScreen(
            trajectories: 3, runs: 12,
            rows: [
                row("a", 3, selected: true, carried: false), row("b", 2, selected: true, carried: false),
                row("c", 1, selected: false, carried: true), row("d", 0.5, selected: false, carried: false),
            ])
        let committed = try screen.committing(fitted: ["d", "a"], carried: ["b"])
        #expect(committed.selected == ["a", "d"])
        #expect(committed.carried == ["b"])
        #expect(committed.rows.map(\.muStar) == screen.rows.map(\.muStar))
        #expect(throws: CalibrationError.self) { try screen.committing(fitted: ["a", "unknown"], carried: []) }
    }

    @Test func carriedPriorsAreDrawnOverTheirRangesAndLeaveTheFittedValuesAlone() throws {
        let fitted = (0..<50).map { ParameterDraw(values: ["profit_elasticity": 0.2 + Double($0) / 1000]) }
        let carried = ["demand_elasticity", "route_choice_sensitivity"]
        let draws = try Calibrator.carryingPriors(carried, into: fitted, seed: 7)
        #expect(try Calibrator.carryingPriors(carried, into: fitted, seed: 7) == draws, "same seed, same ensemble")
        #expect(try Calibrator.carryingPriors(carried, into: fitted, seed: 8) != draws)
        for (draw, original) in zip(draws, fitted) {
            #expect(draw.values["profit_elasticity"] == original.values["profit_elasticity"])
        }
        for name in carried {
            let range = try #require(ParameterCatalog.descriptor(named: name)).range
            let values = draws.map { $0.values[name]! }
            #expect(values.allSatisfy(range.contains))
            // Spread over the range, not a point: 50 uniform draws span most of it.
            #expect(values.max()! - values.min()! > 0.8 * (range.upperBound - range.lowerBound))
        }
    }

    @Test func droppedParametersLeaveTheFitAndAreCarriedOnlyWhereTheyMoveAHeadline() {
        func row(_ name: String, selected: Bool, headline: [Double]) -> ParameterScreen.Row {
            ParameterScreen.Row(
                name: name, muStar: 1, sigma: 0, selected: selected, leaderOf: nil, headlineMuStar: headline,
                carried: false)
        }
        let screen = ParameterScreen(
            trajectories: 3, runs: 12,
            rows: [
                row("kept", selected: true, headline: [1, 1, 1]),
                row("movesPrice", selected: true, headline: [0, 0, 0.5]),
                row("movesNothing", selected: true, headline: [0.01, 0.01, 0.01]),
                row("neverFitted", selected: false, headline: [0, 0, 0]),
            ])
        let dropped = screen.dropping(["movesPrice": 0.93, "movesNothing": 0.97])
        #expect(dropped.selected == ["kept"])
        // Half the largest μ* on the price is above the 10% line; 1% of it on every output is below.
        #expect(dropped.carried == ["movesPrice"])
        #expect(dropped.rows.map(\.droppedWidthRatio) == [nil, 0.93, 0.97, nil])
        #expect(dropped.rows.map(\.muStar) == screen.rows.map(\.muStar))
        #expect(
            CalibrationTable.status(dropped.rows[2]).contains(
                "dropped after the first fit (width ratio given the others 0.97)"))
    }

    @Test func theFirstFitStandsUnlessItLeftSomeButNotAllParametersUnnarrowed() throws {
        func row(_ name: String, ratio: Double) -> CalibrationRecord.ParameterRow {
            CalibrationRecord.ParameterRow(
                name: name, priorMedian: 0.5, priorLower: 0.05, priorUpper: 0.95, posteriorMedian: 0.5,
                posteriorLower: 0.5 - 0.45 * ratio, posteriorUpper: 0.5 + 0.45 * ratio, widthRatio: ratio)
        }
        let screen = ParameterScreen(
            trajectories: 3, runs: 12,
            rows: ["a", "b", "c"].map {
                ParameterScreen.Row(
                    name: $0, muStar: 1, sigma: 0, selected: true, leaderOf: nil, headlineMuStar: [0, 0, 0],
                    carried: false)
            })
        let refit = try #require(
            Calibrator.droppingUnnarrowed(
                [row("a", ratio: 0.4), row("b", ratio: 0.86), row("c", ratio: 0.85)], from: screen))
        // 0.85 itself is narrowed enough: the line is "wider than 0.85 of the prior".
        #expect(refit.selected == ["a", "c"])
        #expect(refit.rows.first { $0.name == "b" }?.droppedWidthRatio == 0.86)
        #expect(Calibrator.droppingUnnarrowed([row("a", ratio: 0.4), row("b", ratio: 0.85)], from: screen) == nil)
        #expect(Calibrator.droppingUnnarrowed([row("a", ratio: 0.9), row("b", ratio: 0.99)], from: screen) == nil)
    }

    @Test func aParameterPinnedTogetherWithAnotherIsNotDropped() throws {
        func row(_ name: String, ratio: Double, joint: Double?) -> CalibrationRecord.ParameterRow {
            CalibrationRecord.ParameterRow(
                name: name, priorMedian: 0.5, priorLower: 0.05, priorUpper: 0.95, posteriorMedian: 0.5,
                posteriorLower: 0.5 - 0.45 * ratio, posteriorUpper: 0.5 + 0.45 * ratio, widthRatio: ratio,
                jointDetermination: joint)
        }
        let screen = ParameterScreen(
            trajectories: 3, runs: 12,
            rows: ["a", "b", "c"].map {
                ParameterScreen.Row(
                    name: $0, muStar: 1, sigma: 0, selected: true, leaderOf: nil, headlineMuStar: [0, 0, 0],
                    carried: false)
            })
        // a and b are each as wide as their priors but explain each other (a product the data fix);
        // c is wide and explained by nothing. Only c goes, and it is recorded with its ratio given the others.
        let refit = try #require(
            Calibrator.droppingUnnarrowed(
                [
                    row("a", ratio: 0.95, joint: 0.9), row("b", ratio: 0.95, joint: 0.9),
                    row("c", ratio: 0.9, joint: 0.1),
                ],
                from: screen))
        #expect(refit.selected == ["a", "b"])
        let recorded = try #require(refit.rows.first { $0.name == "c" }?.droppedWidthRatio)
        #expect(abs(recorded - 0.9 * 0.9.squareRoot()) < 1e-12)
        // A record written before the measure existed falls back to the marginal ratio.
        #expect(row("d", ratio: 0.9, joint: nil).conditionalWidthRatio == 0.9)
    }
}
