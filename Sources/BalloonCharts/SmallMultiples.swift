/// A grid of small line charts with shared axes' meaning, each panel with its own title.
public struct SmallMultiples: Sendable, Codable, Equatable {
    /// One small chart in the grid.
    public struct Panel: Sendable, Codable, Equatable {
        /// Title drawn above the panel, e.g. a region name.
        public var title: String
        /// The panel's lines; a series name used in several panels keeps one colour.
        public var series: [LineChart.Series]

        /// Creates a panel.
        public init(title: String, series: [LineChart.Series]) {
            self.title = title
            self.series = series
        }
    }

    /// Chart title, drawn at the top and used as the SVG `<title>`.
    public var title: String
    /// Text for the SVG `<desc>`; nil generates a summary.
    public var description: String?
    /// The panels, filled row by row.
    public var panels: [Panel]
    /// Number of panels per row.
    public var columns: Int
    /// The horizontal axis, shared by every panel.
    public var xAxis: Axis
    /// The vertical axis, named once for the whole grid.
    public var yAxis: Axis
    /// Whether every panel uses the same y domain, so heights compare across panels.
    public var sharedYScale: Bool
    /// Whether each panel's y axis reaches zero.
    public var yIncludesZero: Bool
    /// Legend text explaining the bands; nil adds no entry.
    public var bandLabel: String?
    /// Legend text for observed markers; nil adds no entry.
    public var observedLabel: String?
    /// Width of the whole figure in SVG user units (pixels).
    public var width: Double
    /// Height of one panel, including its title, in SVG user units.
    public var panelHeight: Double

    /// Creates a grid of small multiples.
    public init(
        title: String, description: String? = nil, panels: [Panel], columns: Int = 3, xAxis: Axis,
        yAxis: Axis, sharedYScale: Bool = true, yIncludesZero: Bool = false, bandLabel: String? = nil,
        observedLabel: String? = "Observed", width: Double = 720, panelHeight: Double = 180
    ) {
        self.title = title
        self.description = description
        self.panels = panels
        self.columns = columns
        self.xAxis = xAxis
        self.yAxis = yAxis
        self.sharedYScale = sharedYScale
        self.yIncludesZero = yIncludesZero
        self.bandLabel = bandLabel
        self.observedLabel = observedLabel
        self.width = width
        self.panelHeight = panelHeight
    }

    static let panelTitleFont = 12.0
    static let panelGap = 14.0
    /// Wider than `panelGap`: x tick labels of one row would otherwise crowd the next row's panel titles.
    static let rowGap = 24.0

    /// Series names in order of first appearance across panels, which fixes each name's colour.
    var seriesNames: [String] {
        var names: [String] = []
        for panel in panels {
            for series in panel.series where !names.contains(series.name) { names.append(series.name) }
        }
        return names
    }

    /// Renders the grid as one standalone `<svg>` element.
    public func svg() -> String {
        let columnCount = max(1, min(columns, max(panels.count, 1)))
        let rowCount = max(1, (panels.count + columnCount - 1) / columnCount)
        let cellHeight = panelHeight.isFinite ? min(max(panelHeight, 80), 2_000) : 180
        let names = seriesNames
        let representatives = names.compactMap { name in
            panels.lazy.flatMap(\.series).first { $0.name == name }
        }
        let legendSeries = StyledSeries.styled(representatives) { _, offset in offset }
        let legend = LineChart.legendItems(legendSeries, bandLabel: bandLabel, observedLabel: observedLabel)

        // The figure's height follows from the panel count, so build a frame and grow it to fit the grid.
        let probe = ChartFrame(
            width: ChartFrame.size(width: width, height: 400, default: (720, 400)).width,
            height: 10_000, title: title, legend: legend)
        let furniture = 10_000 - probe.plotRegion.height
        let gridHeight = Double(rowCount) * cellHeight + Double(rowCount - 1) * Self.rowGap
        var frame = ChartFrame(
            width: probe.width, height: min(gridHeight + furniture, 10_000), title: title,
            legend: legend)
        let region = frame.plotRegion
        let cellWidth = (region.width - Double(columnCount - 1) * Self.panelGap) / Double(columnCount)
        let rowHeight = (region.height - Double(rowCount - 1) * Self.rowGap) / Double(rowCount)

        let xExtent = LineChart.xExtent(panels.flatMap(\.series))
        let xIntegral = LineChart.xIsIntegral(panels.flatMap(\.series))
        let sharedY = LineChart.yExtent(panels.flatMap(\.series), includeZero: yIncludesZero)
        frame.drawTitleAndLegend()
        var firstPlot: Rect?
        var lastPlot: Rect?
        var svg = frame.svg
        // Ids hash the whole input: two different figures on one HTML page must not share a clip rectangle.
        let identity = "\(self)"
        for (index, panel) in panels.enumerated() {
            let column = index % columnCount
            let row = index / columnCount
            let cell = Rect(
                x: region.x + Double(column) * (cellWidth + Self.panelGap),
                y: region.y + Double(row) * (rowHeight + Self.rowGap), width: cellWidth,
                height: rowHeight)
            let yExtent = sharedYScale ? sharedY : LineChart.yExtent(panel.series, includeZero: yIncludesZero)
            let plotRegion = Rect(
                x: cell.x, y: cell.y + Self.panelTitleFont + 6, width: cell.width,
                height: max(cell.height - Self.panelTitleFont - 6, 20))
            let plot = LinePlot(region: plotRegion, xExtent: xExtent, xFormat: xAxis.format, xIntegral: xIntegral) {
                plotHeight in
                AxisTicks(lower: yExtent.0, upper: yExtent.1, count: max(2, Int(plotHeight / 35)), format: yAxis.format)
            }
            let styled = StyledSeries.styled(panel.series) { series, _ in names.firstIndex(of: series.name) ?? 0 }
            let titleText = TextMetrics.truncate(
                panel.title, maxWidth: cell.maxX - plot.plot.x, size: Self.panelTitleFont,
                bold: true)
            svg.open("g", [("class", "panel")])
            svg.text(
                titleText, x: plot.plot.x, y: cell.y + Self.panelTitleFont, size: Self.panelTitleFont, bold: true,
                fullText: panel.title, className: "panel-title")
            plot.draw(into: &svg, series: styled, clipID: stableID("clip", "multiples", identity, "\(index)"))
            svg.close("g")
            if index == 0 { firstPlot = plot.plot }
            lastPlot = plot.plot
        }
        if panels.isEmpty {
            svg.text(
                "No data", x: region.x + region.width / 2, y: region.y + region.height / 2, size: 13,
                anchor: .middle, fill: SVGBuilder.mutedColor, className: "no-data")
        }
        frame.svg = svg
        // Axis titles span the whole grid: x under all panels, y beside all rows.
        let top = firstPlot?.y ?? region.y
        let bottom = lastPlot?.maxY ?? region.maxY
        let spanning = Rect(x: region.x, y: top, width: region.width, height: max(bottom - top, 1))
        frame.drawAxisTitles(x: xAxis.title, y: yAxis.title, plot: spanning)
        let summary =
            description ?? "Small multiples: \(panels.count) panels (\(panels.map(\.title).joined(separator: ", "))) "
            + "of \(yAxis.title) against \(xAxis.title); series: \(names.joined(separator: ", "))."
        return frame.svg.render(title: title, description: summary)
    }
}
