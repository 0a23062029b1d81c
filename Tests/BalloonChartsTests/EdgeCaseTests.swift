import Testing

@testable import BalloonCharts

/// Every awkward input, through every chart kind: all must render valid, finite, in-the-box SVG.
struct EdgeCaseTests {
    enum Input: String, CaseIterable, CustomTestStringConvertible {
        case empty, onePoint, nonFinite, allEqual, negative, huge, tinyRange, longLabels, manySeries, allZero

        var testDescription: String { rawValue }

        var values: [[Double]] {
            switch self {
            case .empty: return [[]]
            case .onePoint: return [[42]]
            case .nonFinite: return [[1, .nan, 3, .infinity, -.infinity, 6], [.nan, .nan]]
            case .allEqual: return [[5, 5, 5, 5]]
            case .negative: return [[-10, -20, 5, -3], [-1, 2, -3, 4]]
            case .huge: return [[1e12, 3e12, 2.5e12], [-1e12, 0, 9e11]]
            case .tinyRange: return [[1.000_000_1, 1.000_000_3, 1.000_000_2]]
            case .longLabels: return [[1, 2, 3], [3, 1, 2]]
            case .manySeries: return (0..<25).map { i in (0..<6).map { Double(i * 3 + $0) } }
            case .allZero: return [[0, 0, 0]]
            }
        }

        var label: String {
            self == .longLabels
                ? String(repeating: "Extremely long label <with> & \"markup\" about the balloon effect ", count: 3)
                : "Label"
        }
    }

    static func lineChart(_ input: Input) -> LineChart {
        let series = input.values.enumerated().map { index, values in
            LineChart.Series(
                name: "\(input.label) \(index)", points: Fixtures.points(values),
                band: Fixtures.points(values).map { .init(x: $0.x, lower: $0.y * 0.9, upper: $0.y * 1.1) },
                observed: Fixtures.points(values.map { $0 * 1.01 }))
        }
        return LineChart(
            title: input.label, xAxis: Axis(input.label, unit: "yr"), yAxis: Axis(input.label, unit: "ha"),
            series: series, bandLabel: input.label, observedLabel: input.label)
    }

    static func barChart(_ input: Input) -> StackedBarChart {
        let count = input.values.map(\.count).max() ?? 0
        return StackedBarChart(
            title: input.label, categories: (0..<count).map { "\(input.label) \($0)" },
            components: input.values.enumerated().map {
                .init(
                    name: "\(input.label) \($0.offset)",
                    values: $0.element)
            },
            xAxis: Axis(input.label), yAxis: Axis(input.label, unit: "USD"))
    }

    static func multiples(_ input: Input) -> SmallMultiples {
        let panels = input.values.enumerated().map { index, values in
            SmallMultiples.Panel(title: "\(input.label) \(index)", series: lineChart(input).series)
        }
        return SmallMultiples(
            title: input.label, panels: panels, xAxis: Axis(input.label), yAxis: Axis(input.label),
            bandLabel: input.label)
    }

    static func grid(_ input: Input) -> RegionGrid {
        let tiles = input.values.enumerated().flatMap { row, values in
            values.enumerated().map { column, value in
                RegionGrid.Tile(
                    name: "\(input.label) \(row)-\(column)", group: input.label, row: row, column: column,
                    value: value, change: value / 10)
            }
        }
        return RegionGrid(title: input.label, tiles: tiles, valueAxis: Axis(input.label, unit: "ha"))
    }

    static func render(_ kind: String, _ input: Input) -> String {
        switch kind {
        case "line": return lineChart(input).svg()
        case "bar": return barChart(input).svg()
        case "multiples": return multiples(input).svg()
        default: return grid(input).svg()
        }
    }

    @Test(arguments: ["line", "bar", "multiples", "grid"], Input.allCases)
    func rendersValidFiniteSVGInsideItsBox(kind: String, input: Input) throws {
        let svg = Self.render(kind, input)
        let lowered = svg.lowercased()
        #expect(!lowered.contains("nan") && !lowered.contains("inf"))
        try SVGChecks.validate(svg)
        #expect(svg == Self.render(kind, input), "rendering is deterministic")
    }

    @Test(arguments: [0.0, -50, .nan, .infinity, 1, 1e9])
    func unusableSizesFallBackToSomethingDrawable(size: Double) throws {
        var line = Self.lineChart(.negative)
        line.width = size
        line.height = size
        try SVGChecks.validate(line.svg())
        var bars = Self.barChart(.negative)
        bars.width = size
        bars.height = size
        try SVGChecks.validate(bars.svg())
        var grid = Self.grid(.negative)
        grid.width = size
        grid.height = size
        try SVGChecks.validate(grid.svg())
        var multiples = Self.multiples(.negative)
        multiples.width = size
        multiples.panelHeight = size
        try SVGChecks.validate(multiples.svg())
    }

    @Test func legendListsEverySeriesName() throws {
        for input in [Input.negative, .huge, .longLabels] {
            let parsed = try SVGChecks.validate(Self.lineChart(input).svg())
            let legend = parsed.all("text", class: "legend-label")
            for series in Self.lineChart(input).series {
                let name = TextMetrics.singleLine(series.name)
                #expect(
                    legend.contains { $0.text == name || $0.text.hasSuffix("…") && name.hasPrefix($0.text.dropLast()) })
            }
        }
    }
}
