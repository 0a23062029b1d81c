/// Several named series over a numeric x axis, with optional uncertainty bands and observed markers.
public struct LineChart: Sendable, Codable, Equatable {
    /// One (x, y) value.
    public struct Point: Sendable, Codable, Equatable {
        public var x: Double
        public var y: Double

        /// Creates a point.
        public init(x: Double, y: Double) {
            self.x = x
            self.y = y
        }

        var isFinite: Bool { x.isFinite && y.isFinite }
    }

    /// The lower and upper edge of a band at one x, e.g. a 90% interval.
    public struct BandPoint: Sendable, Codable, Equatable {
        public var x: Double
        public var lower: Double
        public var upper: Double

        /// Creates a band point; `lower` and `upper` may come in either order.
        public init(x: Double, lower: Double, upper: Double) {
            self.x = x
            self.lower = lower
            self.upper = upper
        }

        var isFinite: Bool { x.isFinite && lower.isFinite && upper.isFinite }
    }

    /// How a series' line is stroked.
    public enum Style: String, Sendable, Codable, Equatable {
        /// A continuous line.
        case solid
        /// For projections or counterfactuals drawn next to a solid baseline.
        case dashed
    }

    /// One named line with its optional band and observed points, all in the series' colour.
    public struct Series: Sendable, Codable, Equatable {
        /// Name shown in the legend.
        public var name: String
        /// The line; drawn in x order, broken where a value is NaN or infinite.
        public var points: [Point]
        /// A translucent area drawn behind the line; empty for none.
        public var band: [BandPoint]
        /// Observed history drawn as markers over the line; empty for none.
        public var observed: [Point]
        /// Solid or dashed stroke.
        public var style: Style

        /// Creates a series.
        public init(
            name: String, points: [Point], band: [BandPoint] = [], observed: [Point] = [],
            style: Style = .solid
        ) {
            self.name = name
            self.points = points
            self.band = band
            self.observed = observed
            self.style = style
        }

        /// Every finite x the series draws, for the shared x domain.
        var xValues: [Double] { points.map(\.x) + band.map(\.x) + observed.map(\.x) }

        /// Every y the series draws, skipping those whose x is not finite.
        var yValues: [Double] {
            points.filter(\.x.isFinite).map(\.y)
                + band.filter(\.x.isFinite).flatMap { [$0.lower, $0.upper] }
                + observed.filter(\.x.isFinite).map(\.y)
        }

        var hasFiniteData: Bool {
            points.contains(where: \.isFinite) || band.contains(where: \.isFinite)
                || observed.contains(where: \.isFinite)
        }

        /// Runs of consecutive finite points in x order; a non-finite value breaks the line.
        func lineSegments() -> [[Point]] {
            split(points.sortedByX(), isFinite: \.isFinite)
        }

        /// Runs of consecutive finite band points in x order, with lower ≤ upper.
        func bandSegments() -> [[BandPoint]] {
            let sorted = band.filter(\.x.isFinite).enumerated().sorted {
                ($0.element.x, $0.offset) < ($1.element.x, $1.offset)
            }
            .map { item -> BandPoint in
                let b = item.element
                return BandPoint(x: b.x, lower: min(b.lower, b.upper), upper: max(b.lower, b.upper))
            }
            return split(sorted, isFinite: \.isFinite)
        }

        private func split<T>(_ items: [T], isFinite: (T) -> Bool) -> [[T]] {
            var segments: [[T]] = []
            var current: [T] = []
            for item in items {
                if isFinite(item) {
                    current.append(item)
                } else if !current.isEmpty {
                    segments.append(current)
                    current = []
                }
            }
            if !current.isEmpty { segments.append(current) }
            return segments
        }
    }

    /// Chart title, drawn at the top and used as the SVG `<title>`.
    public var title: String
    /// Text for the SVG `<desc>`; nil generates a summary of the series and ranges.
    public var description: String?
    /// The horizontal axis.
    public var xAxis: Axis
    /// The vertical axis.
    public var yAxis: Axis
    /// The lines, coloured in order from `Palette.okabeIto`.
    public var series: [Series]
    /// Legend text explaining the bands, e.g. "90% interval"; nil adds no entry.
    public var bandLabel: String?
    /// Legend text for observed markers; nil adds no entry.
    public var observedLabel: String?
    /// Whether the y axis always reaches zero (areas, counts).
    public var yIncludesZero: Bool
    /// A fixed y domain, e.g. to compare charts; nil fits the data with nice bounds.
    public var yDomain: ClosedRange<Double>?
    /// Width in SVG user units (pixels).
    public var width: Double
    /// Height in SVG user units (pixels).
    public var height: Double

    /// Creates a line chart.
    public init(
        title: String, description: String? = nil, xAxis: Axis, yAxis: Axis, series: [Series],
        bandLabel: String? = nil, observedLabel: String? = "Observed", yIncludesZero: Bool = false,
        yDomain: ClosedRange<Double>? = nil, width: Double = 640, height: Double = 400
    ) {
        self.title = title
        self.description = description
        self.xAxis = xAxis
        self.yAxis = yAxis
        self.series = series
        self.bandLabel = bandLabel
        self.observedLabel = observedLabel
        self.yIncludesZero = yIncludesZero
        self.yDomain = yDomain
        self.width = width
        self.height = height
    }

    /// Renders the chart as one standalone `<svg>` element.
    public func svg() -> String {
        let size = ChartFrame.size(width: width, height: height, default: (640, 400))
        let styled = StyledSeries.styled(series) { _, offset in offset }
        var frame = ChartFrame(
            width: size.width, height: size.height, title: title,
            legend: Self.legendItems(styled, bandLabel: bandLabel, observedLabel: observedLabel))
        let xExtent = Self.xExtent(series)
        let yExtent = Self.yExtent(series, includeZero: yIncludesZero)
        let fixed = yDomain.flatMap { $0.lowerBound.isFinite && $0.upperBound.isFinite ? $0 : nil }
        let plot = LinePlot(
            region: frame.plotRegion, xExtent: xExtent, xFormat: xAxis.format,
            xIntegral: Self.xIsIntegral(series)
        ) { plotHeight in
            let count = max(2, Int(plotHeight / 45))
            if let fixed {
                return AxisTicks(
                    lower: fixed.lowerBound, upper: fixed.upperBound, count: count, format: yAxis.format,
                    nice: false)
            }
            return AxisTicks(lower: yExtent.0, upper: yExtent.1, count: count, format: yAxis.format)
        }
        frame.drawTitleAndLegend()
        plot.draw(into: &frame.svg, series: styled, clipID: stableID("clip", "line", "\(self)"))
        frame.drawAxisTitles(x: xAxis.title, y: yAxis.title, plot: plot.plot)
        let summary = description ?? Self.summary(title: title, series: series, x: xAxis, y: yAxis, plot: plot)
        return frame.svg.render(title: title, description: summary)
    }

    static func legendItems(_ styled: [StyledSeries], bandLabel: String?, observedLabel: String?) -> [LegendItem] {
        var items = styled.map { item in
            LegendItem(
                label: item.series.name,
                swatch: .line(
                    color: item.color, dash: item.dash,
                    band: !item.series.band.isEmpty,
                    marker: !item.series.observed.isEmpty))
        }
        if let bandLabel, styled.contains(where: { !$0.series.band.isEmpty }) {
            items.append(LegendItem(label: bandLabel, swatch: .band(color: "#777777")))
        }
        if let observedLabel, styled.contains(where: { !$0.series.observed.isEmpty }) {
            items.append(LegendItem(label: observedLabel, swatch: .marker(color: "#777777")))
        }
        return items
    }

    /// Whether every finite x is a whole number, as with years.
    static func xIsIntegral(_ series: [Series]) -> Bool {
        series.allSatisfy { $0.xValues.allSatisfy { !$0.isFinite || $0 == $0.rounded() } }
    }

    static func xExtent(_ series: [Series]) -> (Double, Double) {
        guard let extent = Domain.extent(series.lazy.flatMap(\.xValues)) else { return (0, 1) }
        return (extent.lower, extent.upper)
    }

    static func yExtent(_ series: [Series], includeZero: Bool) -> (Double, Double) {
        guard let extent = Domain.extent(series.lazy.flatMap(\.yValues)) else { return (0, 1) }
        // Negative data always shows zero so readers see where the sign changes.
        let withZero = includeZero || extent.lower < 0 && extent.upper > 0
        return withZero ? (min(extent.lower, 0), max(extent.upper, 0)) : (extent.lower, extent.upper)
    }

    static func summary(title: String, series: [Series], x: Axis, y: Axis, plot: LinePlot) -> String {
        let names = series.map(\.name).joined(separator: ", ")
        let xRange = NumberFormat.tickLabels(
            [plot.x.lower, plot.x.upper], step: plot.x.upper - plot.x.lower,
            format: x.format)
        return "Line chart with \(series.count) series\(names.isEmpty ? "" : ": " + names). "
            + "\(x.title) from \(xRange[0]) to \(xRange[1]); "
            + "\(y.title) axis from \(NumberFormat.compact(plot.y.lower)) to \(NumberFormat.compact(plot.y.upper))."
    }
}

extension Array where Element == LineChart.Point {
    /// Sorted by x, ties kept in input order so output is deterministic; points without a finite x are dropped
    /// because they have no place on the axis.
    func sortedByX() -> [LineChart.Point] {
        filter(\.x.isFinite).enumerated().sorted { ($0.element.x, $0.offset) < ($1.element.x, $1.offset) }.map(
            \.element)
    }
}
