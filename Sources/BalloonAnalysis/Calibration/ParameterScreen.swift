import BalloonStatistics

/// The sensitivity screen that chooses which parameters to calibrate, and which priors the ensemble
/// carries: Morris elementary effects over the candidates' prior ranges of the calibration distance,
/// of each country's area term and of the headline outputs, all from the same runs.
///
/// The distance averages the countries' area errors, so a parameter that only moves a small country
/// (Bolivia's carrying area acts on a few thousand illicit hectares) ranks low on it even when it is
/// the one that sets that country's level. The `keep` parameters with the largest μ* on the whole
/// distance are fitted, and so is each country's most influential parameter on its own area term
/// (its *leader*) when it is not among them. A parameter left out of the fit that still moves a headline output (μ* at least
/// `carryShare` of the largest on that output) is *carried*: the ensemble draws it from its prior.
package struct ParameterScreen: Sendable, Codable, Equatable {
    package struct Row: Sendable, Codable, Equatable {
        package var name: String
        package var muStar: Double
        package var sigma: Double
        package var selected: Bool
        /// Countries (codes) whose area term this parameter moves most; absent in records written
        /// before leaders were screened.
        package var leaderOf: [String]?
        /// μ* of each headline output's log (in `HeadlineOutputs.all` order); absent in older records.
        package var headlineMuStar: [Double]?
        /// Left out of the fit but drawn from its prior in the ensemble; absent in older records.
        package var carried: Bool?
        /// Chosen by the screen but dropped after a first fit that did not narrow it: that fit's
        /// posterior-to-prior width ratio given the other fitted parameters (the marginal ratio before the
        /// twelfth step). Absent when the parameter was not dropped.
        package var droppedWidthRatio: Double? = nil
    }

    /// A parameter moves a headline output if its μ* there is at least this share of the largest.
    package static let carryShare = 0.1

    package var trajectories: Int
    package var runs: Int
    package var rows: [Row]

    package var selected: [String] { rows.filter(\.selected).map(\.name) }
    package var carried: [String] { rows.filter { $0.carried == true }.map(\.name) }

    /// Parameters at their literature values that still move a headline output (the data see them, so
    /// their priors are not carried): the uncertainty the ensemble's bands leave out.
    package var fixedButInfluential: [String] {
        let largest = HeadlineOutputs.all.indices.map { h in rows.compactMap { $0.headlineMuStar?[h] }.max() ?? 0 }
        return rows.filter { row in
            guard !row.selected, row.carried != true, let effects = row.headlineMuStar else { return false }
            return effects.indices.contains { largest[$0] > 0 && effects[$0] >= Self.carryShare * largest[$0] }
        }.map(\.name)
    }

    /// This screen with an earlier calibration's fitted and carried parameters in place of its own choice
    /// (`balloon calibrate --parameters-from`); the μ* stay as measured here.
    /// - Throws: `CalibrationError.invalidSetting` for a name the screen did not rank.
    package func committing(fitted: [String], carried: [String]) throws -> ParameterScreen {
        let ranked = Set(rows.map(\.name))
        if let unknown = (fitted + carried).first(where: { !ranked.contains($0) }) {
            throw CalibrationError.invalidSetting(
                "--parameters-from names '\(unknown)', which is not among the calibration's candidates")
        }
        var screen = self
        for index in screen.rows.indices {
            screen.rows[index].selected = fitted.contains(screen.rows[index].name)
            screen.rows[index].carried = carried.contains(screen.rows[index].name)
        }
        return screen
    }

    /// This screen with `dropped` parameters (name → first-fit width ratio) taken out of the fit
    /// because the data did not narrow them. Each is carried at its prior where it moves a headline
    /// output (μ* at least `carryShare` of the largest on that output), so the bands keep its
    /// uncertainty; otherwise it is fixed at its literature value.
    package func dropping(_ dropped: [String: Double]) -> ParameterScreen {
        let largest = HeadlineOutputs.all.indices.map { h in rows.compactMap { $0.headlineMuStar?[h] }.max() ?? 0 }
        var screen = self
        for index in screen.rows.indices {
            guard let ratio = dropped[screen.rows[index].name] else { continue }
            let effects = screen.rows[index].headlineMuStar ?? []
            screen.rows[index].selected = false
            screen.rows[index].droppedWidthRatio = ratio
            screen.rows[index].carried = effects.indices.contains {
                $0 < largest.count && largest[$0] > 0 && effects[$0] >= Self.carryShare * largest[$0]
            }
        }
        return screen
    }

    package static func run(
        _ problem: CalibrationProblem, trajectories: Int, keep: Int = 12,
        seed: UInt64 = 1
    ) throws -> ParameterScreen {
        // Morris needs bounded priors: screen on the model scale, uniform over each catalog range.
        let uniform = zip(problem.parameterNames, problem.ranges).map {
            NamedPrior($0.0, .uniform(lower: $0.1.lowerBound, upper: $0.1.upperBound))
        }
        let design = try MorrisAnalysis.design(parameters: uniform, trajectories: trajectories, levels: 4, seed: seed)
        let points = (0..<design.runCount).map { design.point(run: $0) }
        let runs = parallelMap(count: points.count, parallelism: .automatic) {
            problem.fitAndHeadlines(points[$0], seed: seed)
        }
        func muStar(_ outputs: [Double]) throws -> [String: Double] {
            let result = try MorrisAnalysis.analyze(
                design: design, outputs: outputs, bootstrapResamples: 200, seed: seed)
            return Dictionary(uniqueKeysWithValues: result.effects.map { ($0.name, $0.muStar) })
        }
        let result = try MorrisAnalysis.analyze(
            design: design, outputs: runs.map(\.fit.distance), bootstrapResamples: 200, seed: seed)
        var leaders: [String: [String]] = [:]
        for code in ObservedTargets.countries.keys.sorted() {
            let effects = try muStar(runs.map { $0.fit.rmseLogArea[code] ?? 0 })
            if let leader = effects.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }),
                leader.value > 0
            {
                leaders[leader.key, default: []].append(code)
            }
        }
        let headline = try HeadlineOutputs.all.indices.map { h in try muStar(runs.map { $0.headlines[h] }) }
        let ranked = result.effects.sorted { $0.muStar > $1.muStar }
        let chosen = selection(ranked: ranked.map(\.name), leaders: Set(leaders.keys), keep: keep)
        let carried = carriedPriors(
            headlineMuStar: headline,
            distanceMuStar: Dictionary(uniqueKeysWithValues: result.effects.map { ($0.name, $0.muStar) }),
            fitted: chosen)
        return ParameterScreen(
            trajectories: trajectories, runs: design.runCount,
            rows: ranked.map {
                Row(
                    name: $0.name, muStar: $0.muStar, sigma: $0.sigma, selected: chosen.contains($0.name),
                    leaderOf: leaders[$0.name], headlineMuStar: headline.map { [name = $0.name] in $0[name] ?? 0 },
                    carried: carried.contains($0.name))
            })
    }

    /// The `keep` best-ranked on the whole distance, and every country's leader among them or not.
    static func selection(ranked: [String], leaders: Set<String>, keep: Int) -> Set<String> {
        leaders.union(ranked.prefix(keep))
    }

    /// The parameters outside `fitted` whose μ* on some headline output is at least `carryShare` of the
    /// largest μ* on that output, and whose μ* on the distance is below `carryShare` of the largest
    /// there. Where the distance hardly moves, the posterior of a parameter is its prior, so drawing it
    /// from the prior is what fitting it would give; where the data do see it, the prior is wider
    /// than what is known, and it stays at its literature value.
    static func carriedPriors(
        headlineMuStar: [[String: Double]], distanceMuStar: [String: Double], fitted: Set<String>
    ) -> Set<String> {
        let largestOnDistance = distanceMuStar.values.max() ?? 0
        var carried: Set<String> = []
        for effects in headlineMuStar {
            let largest = effects.values.max() ?? 0
            guard largest > 0 else { continue }
            for (name, value) in effects
            where !fitted.contains(name) && value >= carryShare * largest
                && (distanceMuStar[name] ?? 0) < carryShare * largestOnDistance
            {
                carried.insert(name)
            }
        }
        return carried
    }
}
