import BalloonCharts

/// Turns scenario lines into chart series: one colour per scenario in every chart, the baseline solid and
/// the alternatives dashed, observed history as markers on the baseline.
extension ReportContext {
    static let yearAxis = Axis("Year", format: .plain)

    /// Legend text for the bands, or nil when no scenario has one.
    var bandLabel: String? {
        guard let members = scenarios.compactMap({ $0.ensemble?.members }).max() else { return nil }
        return "90% range (\(members) runs)"
    }

    /// One series per scenario for `line`; `observed` (year → value, already in the chart's unit) goes on the baseline.
    func scenarioSeries(
        _ line: (ScenarioResult) -> ScenarioLine?, observed: [Int: Double]? = nil
    ) -> [LineChart.Series] {
        scenarios.enumerated().compactMap { index, scenario in
            guard let values = line(scenario) else { return nil }
            let observedPoints = index == 0 ? Self.points(observed ?? [:]) : []
            return Self.series(
                name: scenario.title, line: values, observed: observedPoints, style: index == 0 ? .solid : .dashed)
        }
    }

    static func series(
        name: String, line: ScenarioLine, observed: [LineChart.Point] = [], style: LineChart.Style = .solid
    ) -> LineChart.Series {
        let points = zip(line.years, line.values).map { LineChart.Point(x: Double($0), y: $1) }
        var band: [LineChart.BandPoint] = []
        if let lower = line.lower, let upper = line.upper {
            band = line.years.indices.map { LineChart.BandPoint(x: Double(line.years[$0]), lower: lower[$0], upper: upper[$0]) }
        }
        return LineChart.Series(name: name, points: points, band: band, observed: observed, style: style)
    }

    static func points(_ values: [Int: Double]) -> [LineChart.Point] {
        values.sorted { $0.key < $1.key }.map { LineChart.Point(x: Double($0.key), y: $0.value) }
    }

    /// Observed values for a series, multiplied by `scale` to match the chart's unit; nil when there are none.
    func observed(_ indicator: String, _ place: String, scale: Double = 1) -> [Int: Double]? {
        input.observed.series(indicator, place)?.values.mapValues { $0 * scale }
    }

    /// A grid of panels, one per place, each with a line per scenario.
    func multiples(
        title: String, panels: [(title: String, line: (ScenarioResult) -> ScenarioLine?, observed: [Int: Double]?)],
        yAxis: Axis, shared: Bool, columns: Int = 2, includeZero: Bool = true, panelHeight: Double = 190
    ) -> SmallMultiples {
        SmallMultiples(
            title: title,
            panels: panels.map { panel in
                SmallMultiples.Panel(title: panel.title, series: scenarioSeries(panel.line, observed: panel.observed))
            },
            columns: columns, xAxis: Self.yearAxis, yAxis: yAxis, sharedYScale: shared, yIncludesZero: includeZero,
            bandLabel: bandLabel, observedLabel: "Observed", width: 720, panelHeight: panelHeight)
    }

    /// A single line chart with a line per scenario.
    func lineChart(
        title: String, line: (ScenarioResult) -> ScenarioLine?, yAxis: Axis, observed: [Int: Double]? = nil,
        includeZero: Bool = true
    ) -> LineChart {
        LineChart(
            title: title, xAxis: Self.yearAxis, yAxis: yAxis, series: scenarioSeries(line, observed: observed),
            bandLabel: bandLabel, observedLabel: "Observed", yIncludesZero: includeZero, width: 720, height: 360)
    }
}
