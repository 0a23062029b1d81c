/// Categories along x with named components stacked in each bar; negative values stack downward from zero.
public struct StackedBarChart: Sendable, Codable, Equatable {
    /// One stacked component, e.g. spending on one instrument, with a value per category.
    public struct Component: Sendable, Codable, Equatable {
        /// Name shown in the legend.
        public var name: String
        /// One value per category, in category order; missing, NaN or infinite values draw nothing.
        public var values: [Double]

        /// Creates a component.
        public init(name: String, values: [Double]) {
            self.name = name
            self.values = values
        }
    }

    /// Chart title, drawn at the top and used as the SVG `<title>`.
    public var title: String
    /// Text for the SVG `<desc>`; nil generates a summary.
    public var description: String?
    /// Category labels along x, e.g. years or countries.
    public var categories: [String]
    /// Stacked in order: the first component sits next to zero.
    public var components: [Component]
    /// Describes the categories; its format is unused because categories are text.
    public var xAxis: Axis
    /// The value axis.
    public var yAxis: Axis
    /// Width in SVG user units (pixels).
    public var width: Double
    /// Height in SVG user units (pixels).
    public var height: Double

    /// Creates a stacked bar chart.
    public init(
        title: String, description: String? = nil, categories: [String], components: [Component],
        xAxis: Axis, yAxis: Axis, width: Double = 640, height: Double = 400
    ) {
        self.title = title
        self.description = description
        self.categories = categories
        self.components = components
        self.xAxis = xAxis
        self.yAxis = yAxis
        self.width = width
        self.height = height
    }

    /// A drawn piece of one bar: where it starts and ends in data units.
    struct Segment: Equatable {
        var category: Int
        var component: Int
        var base: Double
        var top: Double
    }

    /// Positive values stack up from zero and negative values down from zero, each in component order.
    func segments() -> [Segment] {
        var result: [Segment] = []
        for category in categories.indices {
            var positive = 0.0
            var negative = 0.0
            for (index, component) in components.enumerated() {
                guard category < component.values.count else { continue }
                let value = component.values[category]
                guard value.isFinite, value != 0 else { continue }
                if value > 0 {
                    result.append(Segment(category: category, component: index, base: positive, top: positive + value))
                    positive += value
                } else {
                    result.append(Segment(category: category, component: index, base: negative, top: negative + value))
                    negative += value
                }
            }
        }
        return result
    }

    /// Renders the chart as one standalone `<svg>` element.
    public func svg() -> String {
        let size = ChartFrame.size(width: width, height: height, default: (640, 400))
        let legend = components.enumerated().map { index, component in
            LegendItem(label: component.name, swatch: .box(color: Palette.color(index)))
        }
        var frame = ChartFrame(width: size.width, height: size.height, title: title, legend: legend)
        let stacks = segments()
        let extent = Domain.extent(stacks.flatMap { [$0.base, $0.top] }) ?? (0, 1)
        // Bars are measured from zero, so zero is always on the axis.
        let labelLines = 2
        let region = frame.plotRegion
        let top = region.y + LinePlot.tickFont / 2 + 2
        let bottom = region.maxY - Double(labelLines) * 13 - LinePlot.tickGap
        let plotHeight = max(bottom - top, 10)
        let yTicks = AxisTicks(
            lower: min(extent.lower, 0), upper: max(extent.upper, 0),
            count: max(2, Int(plotHeight / 45)), format: yAxis.format)
        let labelWidth = yTicks.labels.map { TextMetrics.width($0, size: LinePlot.tickFont) }.max() ?? 0
        let left = region.x + min(labelWidth + LinePlot.tickGap, region.width * 0.45)
        let plot = Rect(x: left, y: top, width: max(region.maxX - left, 10), height: plotHeight)
        let ys = LinearScale(
            domainLower: yTicks.lower, domainUpper: yTicks.upper, rangeStart: plot.maxY,
            rangeEnd: plot.y)
        let bands = BandScale(count: categories.count, start: plot.x, end: plot.maxX)

        frame.drawTitleAndLegend()
        var svg = frame.svg
        svg.open("g", [("class", "grid")])
        for (value, label) in zip(yTicks.values, yTicks.labels) {
            svg.line(x1: plot.x, y1: ys(value), x2: plot.maxX, y2: ys(value), stroke: SVGBuilder.gridColor)
            svg.text(
                label, x: plot.x - LinePlot.tickGap, y: ys(value) + LinePlot.tickFont * 0.35,
                size: LinePlot.tickFont, anchor: .end, fill: SVGBuilder.mutedColor, className: "tick-label")
        }
        // With many narrow bars, label every k-th category and give each label k bands of room.
        let labelEvery = max(1, Int((36 / max(bands.bandWidth, 0.01)).rounded(.up)))
        for (index, category) in categories.enumerated() where index % labelEvery == 0 {
            let centre = bands.center(index)
            let edgeRoom = 2 * min(centre - ChartFrame.padding, size.width - ChartFrame.padding - centre)
            let room = min(bands.bandWidth * Double(labelEvery) - 4, edgeRoom)
            let lines = TextMetrics.wrap(
                category, maxWidth: max(room, 0), size: LinePlot.tickFont,
                maxLines: labelLines)
            svg.textLines(
                lines, x: bands.center(index), y: plot.maxY + LinePlot.tickGap + LinePlot.tickFont,
                size: LinePlot.tickFont, lineHeight: 13, anchor: .middle, fill: SVGBuilder.mutedColor,
                fullText: category, className: "tick-label")
        }
        svg.close("g")
        svg.open("g", [("class", "bars")])
        for segment in stacks {
            let y0 = ys(segment.base)
            let y1 = ys(segment.top)
            let frameRect = Rect(
                x: bands.barStart(segment.category), y: min(y0, y1), width: bands.barWidth,
                height: abs(y1 - y0))
            svg.rect(
                frameRect, fill: Palette.color(segment.component), className: "bar",
                extra: [("stroke", "#FFFFFF"), ("stroke-width", "0.5")])
        }
        svg.close("g")
        // Drawn after the bars so the zero line stays visible where up and down stacks meet.
        svg.line(x1: plot.x, y1: ys(0), x2: plot.maxX, y2: ys(0), stroke: "#444444", className: "zero-line")
        if stacks.isEmpty {
            svg.text(
                "No data", x: plot.x + plot.width / 2, y: plot.y + plot.height / 2, size: 13, anchor: .middle,
                fill: SVGBuilder.mutedColor, className: "no-data")
        }
        frame.svg = svg
        frame.drawAxisTitles(x: xAxis.title, y: yAxis.title, plot: plot)
        let summary =
            description ?? "Stacked bar chart of \(components.map(\.name).joined(separator: ", ")) "
            + "across \(categories.count) categories of \(xAxis.title); \(yAxis.title) from "
            + "\(NumberFormat.compact(yTicks.lower)) to \(NumberFormat.compact(yTicks.upper))."
        return frame.svg.render(title: title, description: summary)
    }
}
