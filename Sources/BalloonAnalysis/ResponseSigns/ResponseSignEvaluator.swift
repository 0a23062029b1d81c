import BalloonModel
import BalloonStatistics

/// Runs the response-sign table on posterior members: for each member, `history` and `history`
/// plus each experiment with the same parameter draw and seed (common random numbers), then judges
/// every cell and band across members.
package struct ResponseSignEvaluator: Sendable {
    package let history: PreparedScenario
    package let plan: MemberPlan
    package let cells: [ResponseSignCell]
    package let bands: [MagnitudeBandCheck]

    /// - Parameters:
    ///   - history: the bundled `history` scenario; its span is cut to 2000 (or its start) through the medium horizon.
    ///   - plan: members: member k takes posterior draw k and seed base + k, as every ensemble does.
    package init(
        history: PreparedScenario, plan: MemberPlan, cells: [ResponseSignCell] = ResponseSignCatalog.cells,
        bands: [MagnitudeBandCheck] = MagnitudeBandCatalog.checks
    ) {
        var configuration = history.configuration
        configuration.endYear = ResponseSignExperiment.lastYear
        self.history = PreparedScenario(
            name: history.name, configuration: configuration,
            parameterOverrides: history.parameterOverrides)
        self.plan = plan
        self.cells = cells
        self.bands = bands
    }

    /// The experiments the cells and bands need, each run once per member.
    var experiments: [ResponseSignExperiment] {
        let needed = Set(cells.flatMap(\.experiments) + bands.flatMap(\.experiments))
        return ResponseSignExperiment.allCases.filter(needed.contains)
    }

    /// What one member contributes: a measure per cell and the numbers of each band.
    struct MemberOutcome: Sendable {
        var cells: [PairedMeasure?]
        var bands: [[Double?]]
    }

    func member(_ index: Int) -> MemberOutcome {
        let configuration = plan.configuration(of: history, member: index)
        var changed: [ResponseSignExperiment: SimulationResults] = [:]
        for experiment in experiments { changed[experiment] = Simulation.run(experiment.applied(to: configuration)) }
        let runs = ResponseSignMemberRuns(history: Simulation.run(configuration), changed: changed)
        defer { WorkProgress.advance() }
        return MemberOutcome(cells: cells.map { $0.measure(runs) }, bands: bands.map { $0.measure(runs) })
    }

    /// Evaluate every member; results are gathered by member index, so they do not depend on the thread count.
    package func evaluate(parallelism: Parallelism = .automatic) -> ResponseSignReport {
        let outcomes = parallelMap(count: plan.members, parallelism: parallelism) { member($0) }
        let cellResults = cells.enumerated().map { index, cell in
            Self.assess(cell, measures: outcomes.map { $0.cells[index] })
        }
        let bandResults = bands.enumerated().map { index, band in
            Self.assess(band, values: outcomes.map { $0.bands[index] })
        }
        return ResponseSignReport(
            cells: cellResults, bands: bandResults, members: plan.members,
            startYear: ResponseSignExperiment.startYear)
    }

    /// Judge one cell from its members' paired measures (nil = not computable, which never agrees).
    package static func assess(_ cell: ResponseSignCell, measures: [PairedMeasure?]) -> ResponseSignCellResult {
        let computed = measures.compactMap { $0 }
        let changes = computed.compactMap(\.relativeChange).filter(\.isFinite).sorted()
        var result = ResponseSignCellResult(
            id: cell.id, number: cell.row.number, change: cell.row.change, outcome: cell.row.outcome,
            horizon: cell.row.horizon,
            expected: cell.row.expected, basis: cell.row.basis,
            experiment: cell.experiments.map(\.summary).joined(separator: "; vs "), measured: cell.outcome,
            rule: cell.expectation.rule, status: .fail,
            medianChangePercent: changes.isEmpty ? nil : quantile(changes, 0.5) * 100,
            lowerChangePercent: changes.isEmpty ? nil : quantile(changes, 0.05) * 100,
            upperChangePercent: changes.isEmpty ? nil : quantile(changes, 0.95) * 100,
            agreeingShare: nil, computed: computed.count, members: measures.count, note: cell.note)
        switch cell.expectation {
        case .notModelled(let reason):
            result.status = .notModelled
            result.note = [reason, cell.note].filter { !$0.isEmpty }.joined(separator: "; ")
            return result
        case .reported:
            result.status = .reported
            return result
        default: break
        }
        let agreeing = computed.filter { cell.expectation.agrees($0) == true }.count
        let share = measures.isEmpty ? 0 : Double(agreeing) / Double(measures.count)
        result.agreeingShare = share
        result.status = share >= SignExpectation.requiredAgreement ? .pass : .fail
        if computed.count < measures.count {
            result.note = [
                cell.note, "not computable in \(measures.count - computed.count) of \(measures.count) members",
            ]
            .filter { !$0.isEmpty }.joined(separator: "; ")
        }
        return result
    }

    /// Judge one band: every number's ensemble median must lie inside its band; more than half the
    /// members must give a number.
    package static func assess(_ band: MagnitudeBandCheck, values: [[Double?]]) -> MagnitudeBandResult {
        var pass = !values.isEmpty
        var computedMembers = values.count
        let metrics = band.metrics.enumerated().map { index, metric -> MagnitudeMetricResult in
            let numbers = values.compactMap { index < $0.count ? $0[index] : nil }.filter(\.isFinite).sorted()
            computedMembers = min(computedMembers, numbers.count)
            guard !numbers.isEmpty, numbers.count * 2 > values.count else {
                pass = false
                return MagnitudeMetricResult(
                    name: metric.name, bandLower: metric.lower.isFinite ? metric.lower : nil,
                    bandUpper: metric.upper.isFinite ? metric.upper : nil)
            }
            let median = quantile(numbers, 0.5)
            if median < metric.lower || median > metric.upper { pass = false }
            let inside = numbers.filter { $0 >= metric.lower && $0 <= metric.upper }.count
            return MagnitudeMetricResult(
                name: metric.name, bandLower: metric.lower.isFinite ? metric.lower : nil,
                bandUpper: metric.upper.isFinite ? metric.upper : nil, median: median,
                lower: quantile(numbers, 0.05), upper: quantile(numbers, 0.95),
                insideShare: Double(inside) / Double(numbers.count))
        }
        let note =
            computedMembers < values.count
            ? "not computable in \(values.count - computedMembers) of \(values.count) members" : ""
        return MagnitudeBandResult(
            id: band.id, number: band.band.number, change: band.band.change, outcome: band.band.outcome,
            band: band.band.band, source: band.band.source, method: band.method,
            status: pass ? .pass : .fail, metrics: metrics, computed: computedMembers,
            members: values.count, note: note)
    }
}
