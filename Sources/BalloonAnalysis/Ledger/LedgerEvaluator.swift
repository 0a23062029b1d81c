import BalloonModel
import BalloonStatistics
import RealModule

/// Runs the ensemble through every fact's experiments and builds the ledger (MODEL.md section 6).
package struct LedgerEvaluator: Sendable {
    package let history: SimulationConfiguration
    package let ensemble: ParameterEnsemble
    package let targets: ObservedTargets
    /// Post-2019 observations for out-of-sample checks, keyed `indicator|place` then year.
    package let outOfSample: [SeriesKey: [Int: Double]]
    /// Observations in the fitted years checked against an allowance, never fitted (`InSampleData`).
    package let inSample: [SeriesKey: (check: ObservedSeries.DataCheck, values: [Int: Double])]
    package let members: Int

    package init(
        history: SimulationConfiguration, ensemble: ParameterEnsemble, targets: ObservedTargets,
        outOfSample: [SeriesKey: [Int: Double]],
        inSample: [SeriesKey: (check: ObservedSeries.DataCheck, values: [Int: Double])] = [:], members: Int
    ) {
        self.inSample = inSample
        var configuration = history
        configuration.startYear = FactRuns.years.lowerBound
        configuration.endYear = FactRuns.years.upperBound
        self.history = configuration
        self.ensemble = ensemble
        self.targets = targets
        self.outOfSample = outOfSample
        self.members = max(1, members)
    }

    /// What one member contributes: each fact's number and the series the fit statistics need.
    struct MemberOutcome: Sendable {
        var metrics: [Double?]
        var series: [SeriesKey: [Int: Double]]
    }

    /// The calibration targets whose fit the ledger reports (see `fitStatistics`).
    static let fittedSeries = [
        SeriesKey(Indicators.cocaArea, .country(.colombia)), SeriesKey(Indicators.cocaArea, .country(.peru)),
        SeriesKey(Indicators.cocaArea, .country(.bolivia)), SeriesKey(Indicators.seizures, .country(.colombia)),
        SeriesKey(Indicators.sourcePrice, .country(.colombia)), SeriesKey(Indicators.sourcePrice, .country(.peru)),
    ]

    func member(_ index: Int) -> MemberOutcome {
        var configuration = history
        configuration.parameters = ensemble.draw(index).applied(to: history.parameters)
        configuration.seed = history.seed &+ UInt64(index)
        let runs = FactRuns(history: configuration)
        defer { WorkProgress.advance() }
        var series: [SeriesKey: [Int: Double]] = [:]
        for key in Self.fittedSeries + outOfSample.keys.sorted() + inSample.keys.sorted() {
            guard let values = runs.history.series(key.indicator, key.place) else { continue }
            series[key] = Dictionary(uniqueKeysWithValues: zip(runs.history.years, values))
        }
        return MemberOutcome(metrics: FactCatalog.all.map { $0.measure(runs) }, series: series)
    }

    /// Evaluate every member on all cores; results are gathered by member index, so the ledger
    /// does not depend on the thread count.
    package func evaluate(modelVersion: String) -> FactLedgerReport {
        let all = parallelMap(count: members, parallelism: .automatic) { member($0) }
        let entries = FactCatalog.all.enumerated().map { index, fact in
            entry(fact, values: all.map { $0.metrics[index] })
        }
        return FactLedgerReport(
            modelVersion: modelVersion, facts: entries, fit: fitStatistics(all),
            outOfSample: outOfSampleChecks(all), inSample: inSampleChecks(all), ensembleMembers: members,
            ensembleKind: ensemble.kind)
    }

    func entry(_ fact: FactDefinition, values: [Double?]) -> LedgerEntry {
        var entry = LedgerEntry(
            id: fact.id, statement: fact.statement, target: fact.target, tolerance: fact.tolerance,
            source: fact.source, role: fact.role, setParameters: fact.setParameters, metric: fact.metric,
            median: nil, lower: nil, upper: nil, pass: nil, note: fact.note)
        guard fact.role != .notModelled else { return entry }
        let computed = values.compactMap { $0 }.filter(\.isFinite)
        guard computed.count * 2 >= values.count, !computed.isEmpty else {
            entry.pass = false
            entry.note = [fact.note, "not computable in \(values.count - computed.count) of \(values.count) members"]
                .filter { !$0.isEmpty }.joined(separator: "; ")
            return entry
        }
        let sorted = computed.sorted()
        entry.median = quantile(sorted, 0.5)
        entry.lower = quantile(sorted, 0.05)
        entry.upper = quantile(sorted, 0.95)
        entry.pass = fact.passes(entry.median!)
        if computed.count < values.count {
            entry.note = [fact.note, "not computable in \(values.count - computed.count) of \(values.count) members"]
                .filter { !$0.isEmpty }.joined(separator: "; ")
        }
        return entry
    }

    func fitStatistics(_ outcomes: [MemberOutcome]) -> [SeriesFit] {
        var observedByKey: [SeriesKey: [Int: Double]] = [:]
        for (code, values) in targets.unodcArea {
            guard let country = Country(identifier: code) else { continue }
            observedByKey[SeriesKey(Indicators.cocaArea, .country(country))] = values
        }
        observedByKey[SeriesKey(Indicators.seizures, .country(.colombia))] = targets.colombianSeizures
        for (code, values) in targets.sourcePrices {
            guard let country = Country(identifier: code) else { continue }
            observedByKey[SeriesKey(Indicators.sourcePrice, .country(country))] = values
        }
        let years = ObservedTargets.calibrationYears
        return Self.fittedSeries.compactMap { key in
            guard let observed = observedByKey[key], !observed.isEmpty else { return nil }
            let bands = FitArithmetic.bands(outcomes.map { $0.series[key] ?? [:] })
            let judged = FitArithmetic.observedYears(observed, in: years).filter { bands[$0] != nil }
            guard !judged.isEmpty,
                let rmse = FitArithmetic.rmseLog(bands.mapValues(\.median), observed: observed, years: years),
                let coverage = FitArithmetic.coverage(bands, observed: observed, years: years)
            else { return nil }
            return SeriesFit(
                series: key.fileKey, rmseLog: rmse, coverage90: coverage, observations: judged.count,
                meanLogBandWidth: FitArithmetic.meanLogBandWidth(bands, observed: observed, years: years))
        }
    }

    func inSampleChecks(_ outcomes: [MemberOutcome]) -> [InSampleCheck] {
        inSample.sorted(by: { $0.key < $1.key }).flatMap { key, entry in
            let observedValues = Array(entry.values.values)
            let lowest = observedValues.min() ?? 0, highest = observedValues.max() ?? 0
            return entry.values.sorted(by: { $0.key < $1.key }).compactMap { year, observed -> InSampleCheck? in
                let members = outcomes.compactMap { $0.series[key]?[year] }.sorted()
                guard !members.isEmpty else { return nil }
                let bounds: (Double, Double, String)
                switch entry.check.allowance {
                case .relative(let share):
                    bounds = (
                        observed * (1 - share), observed * (1 + share), "within ±\(Int((share * 100).rounded()))%"
                    )
                case .observedRange:
                    bounds = (lowest, highest, "within the observed range")
                }
                return InSampleCheck(
                    series: key.fileKey, year: year, observed: observed, median: quantile(members, 0.5),
                    allowedLower: bounds.0, allowedUpper: bounds.1, allowance: bounds.2)
            }
        }
    }

    func outOfSampleChecks(_ outcomes: [MemberOutcome]) -> [OutOfSampleCheck] {
        outOfSample.sorted(by: { $0.key < $1.key }).flatMap { key, observations in
            observations.sorted(by: { $0.key < $1.key }).compactMap { year, observed -> OutOfSampleCheck? in
                let members = outcomes.compactMap { $0.series[key]?[year] }.sorted()
                guard !members.isEmpty else { return nil }
                let lower = quantile(members, 0.05), upper = quantile(members, 0.95)
                return OutOfSampleCheck(
                    series: key.fileKey, year: year, observed: observed, median: quantile(members, 0.5),
                    lower: lower, upper: upper, inside: lower <= observed && observed <= upper)
            }
        }
    }
}

/// The quantile definition used across Balloon's analysis (BalloonStatistics' weighted quantile, equal weights).
func quantile(_ values: [Double], _ probability: Double) -> Double {
    WeightedStatistics.quantile(values, probability: probability)
}
