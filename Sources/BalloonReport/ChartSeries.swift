import BalloonAnalysis
import BalloonCharts
import BalloonModel

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
    ///
    /// The baseline comes last so its solid line and the observed dots are drawn on top, and each alternative
    /// starts the year before the policy window: before that it is the baseline, and drawing it again would
    /// hide the baseline under a dashed line.
    func scenarioSeries(
        _ line: (ScenarioResult) -> ScenarioLine?, observed: [Int: Double]? = nil
    ) -> [LineChart.Series] {
        let firstShown = policyWindow.map { $0.lowerBound - 1 }
        var series: [LineChart.Series] = alternatives.compactMap { scenario in
            guard var values = line(scenario) else { return nil }
            if let firstShown { values = values.from(firstShown) }
            return Self.series(name: scenario.title, line: values, style: .dashed)
        }
        if let values = line(baseline) {
            series.append(Self.series(name: baseline.title, line: values, observed: Self.points(observed ?? [:])))
        }
        return series
    }

    static func series(
        name: String, line: ScenarioLine, observed: [LineChart.Point] = [], style: LineChart.Style = .solid
    ) -> LineChart.Series {
        let points = zip(line.years, line.values).map { LineChart.Point(x: Double($0), y: $1) }
        var band: [LineChart.BandPoint] = []
        if let lower = line.lower, let upper = line.upper {
            band = line.years.indices.map {
                LineChart.BandPoint(x: Double(line.years[$0]), lower: lower[$0], upper: upper[$0])
            }
        }
        return LineChart.Series(name: name, points: points, band: band, observed: observed, style: style)
    }

    static func points(_ values: [Int: Double]) -> [LineChart.Point] {
        values.sorted { $0.key < $1.key }.map { LineChart.Point(x: Double($0.key), y: $0.value) }
    }

    /// Observed values for a series, multiplied by `scale` to match the chart's unit; nil when there are none.
    func observed(_ indicator: Indicator, _ place: Place, scale: Double = 1) -> [Int: Double]? {
        input.observed.series(indicator, place)?.values.mapValues { $0 * scale }
    }

    /// One panel per country: `indicator` at the country in every scenario, with the observed history if any.
    func countryPanels(_ indicator: Indicator, _ countries: [Country]) -> [(
        title: String, line: (ScenarioResult) -> ScenarioLine?, observed: [Int: Double]?
    )] {
        countries.map { country in
            (country.name, { $0.line(indicator, .country(country)) }, observed(indicator, .country(country)))
        }
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
