/// A line series after colour and dash have been assigned, ready to draw.
struct StyledSeries {
    var series: LineChart.Series
    var color: String
    var dash: String?

    /// Assigns palette colours by position; later passes through the palette add a dash so colours can repeat.
    static func styled(_ series: [LineChart.Series], colorIndex: (LineChart.Series, Int) -> Int) -> [StyledSeries] {
        series.enumerated().map { offset, item in
            let index = colorIndex(item, offset)
            let dash = item.style == .dashed ? "6 4" : Palette.cycleDash(index)
            return StyledSeries(series: item, color: Palette.color(index), dash: dash)
        }
    }
}

/// Draws the inside of one line plot (grid, ticks, bands, lines, markers) within a region.
///
/// Shared by `LineChart` and `SmallMultiples` so a panel looks exactly like a full chart's plot.
struct LinePlot {
    static let tickFont = 11.0
    static let tickGap = 6.0

    var plot: Rect
    var x: AxisTicks
    var y: AxisTicks
    var xTickFont: Double

    /// Fits tick labels and the plot rectangle inside `region`.
    /// - Parameter xIntegral: whether every x is a whole number (years), so ticks never fall between them.
    init(
        region: Rect, xExtent: (Double, Double), xFormat: TickFormat, xIntegral: Bool,
        y yTicksFor: (Double) -> AxisTicks
    ) {
        let top = region.y + Self.tickFont / 2 + 2
        let bottom = region.maxY - Self.tickFont - Self.tickGap
        let height = max(bottom - top, 10)
        y = yTicksFor(height)
        let yLabelWidth = y.labels.map { TextMetrics.width($0, size: Self.tickFont) }.max() ?? 0
        let left = region.x + min(yLabelWidth + Self.tickGap, region.width * 0.45)
        var width = max(region.maxX - left, 10)
        x = Self.xTicks(extent: xExtent, format: xFormat, width: width, integral: xIntegral)
        // The last x label is centred on the right edge; keep its right half inside the region.
        let lastHalf = (x.labels.last.map { TextMetrics.width($0, size: Self.tickFont) } ?? 0) / 2
        width = max(region.maxX - lastHalf - 2 - left, 10)
        x = Self.xTicks(extent: xExtent, format: xFormat, width: width, integral: xIntegral)
        plot = Rect(x: left, y: top, width: width, height: height)
        xTickFont = Self.tickFont
    }

    /// Picks the most x ticks whose labels do not collide at this width.
    static func xTicks(extent: (Double, Double), format: TickFormat, width: Double, integral: Bool) -> AxisTicks {
        var count = max(2, Int(width / 70))
        while true {
            let ticks = AxisTicks(
                lower: extent.0, upper: extent.1, count: count, format: format, nice: false,
                minimumStep: integral ? 1 : 0)
            let widest = ticks.labels.map { TextMetrics.width($0, size: tickFont) }.max() ?? 0
            let domain = ticks.upper - ticks.lower
            let spacing =
                ticks.values.count > 1 && domain > 0
                ? (ticks.values[1] - ticks.values[0]) / domain * width : width
            if count <= 1 || widest + 8 <= spacing { return ticks }
            count -= 1
        }
    }

    var xScale: LinearScale {
        LinearScale(domainLower: x.lower, domainUpper: x.upper, rangeStart: plot.x, rangeEnd: plot.maxX)
    }

    var yScale: LinearScale {
        LinearScale(domainLower: y.lower, domainUpper: y.upper, rangeStart: plot.maxY, rangeEnd: plot.y)
    }

    /// Draws grid, axes, data and (when `series` has nothing finite) a "No data" note.
    func draw(into svg: inout SVGBuilder, series: [StyledSeries], clipID: String) {
        let xs = xScale
        let ys = yScale
        svg.open("g", [("class", "grid")])
        for (value, label) in zip(y.values, y.labels) {
            let py = ys(value)
            svg.line(x1: plot.x, y1: py, x2: plot.maxX, y2: py, stroke: SVGBuilder.gridColor)
            svg.text(
                label, x: plot.x - Self.tickGap, y: py + Self.tickFont * 0.35, size: Self.tickFont,
                anchor: .end, fill: SVGBuilder.mutedColor, className: "tick-label")
        }
        svg.line(
            x1: plot.x, y1: plot.maxY, x2: plot.maxX, y2: plot.maxY, stroke: SVGBuilder.axisColor,
            className: "x-axis")
        for (value, label) in zip(x.values, x.labels) {
            let px = xs(value)
            svg.line(x1: px, y1: plot.maxY, x2: px, y2: plot.maxY + 4, stroke: SVGBuilder.axisColor)
            svg.text(
                label, x: px, y: plot.maxY + Self.tickGap + xTickFont, size: xTickFont, anchor: .middle,
                fill: SVGBuilder.mutedColor, className: "tick-label")
        }
        svg.close("g")
        if y.lower < 0 && y.upper > 0 {
            let zero = ys(0)
            svg.line(x1: plot.x, y1: zero, x2: plot.maxX, y2: zero, stroke: "#444444", className: "zero-line")
        }

        // Markers sit on the plot edge at extreme values; a margin keeps them whole while still clipping
        // lines that a caller-fixed domain cuts off.
        svg.open("clipPath", [("id", clipID)])
        svg.rect(Rect(x: plot.x - 5, y: plot.y - 5, width: plot.width + 10, height: plot.height + 10), fill: "#000000")
        svg.close("clipPath")
        svg.open("g", [("class", "data"), ("clip-path", "url(#\(clipID))")])
        for item in series { drawBand(item, into: &svg) }
        for item in series { drawLine(item, into: &svg) }
        for item in series { drawObserved(item, into: &svg) }
        svg.close("g")

        if !series.contains(where: { $0.series.hasFiniteData }) {
            svg.text(
                "No data", x: plot.x + plot.width / 2, y: plot.y + plot.height / 2, size: 13, anchor: .middle,
                fill: SVGBuilder.mutedColor, className: "no-data")
        }
    }

    private func drawBand(_ item: StyledSeries, into svg: inout SVGBuilder) {
        let xs = xScale
        let ys = yScale
        for segment in item.series.bandSegments() {
            if segment.count == 1, let only = segment.first {
                svg.line(
                    x1: xs(only.x), y1: ys(only.lower), x2: xs(only.x), y2: ys(only.upper), stroke: item.color,
                    width: 6, className: "band")
                continue
            }
            let upper = segment.map { (xs($0.x), ys($0.upper)) }
            let lower = segment.reversed().map { (xs($0.x), ys($0.lower)) }
            guard let path = SVGBuilder.polyline(upper + lower) else { continue }
            svg.element(
                "path",
                [
                    ("class", "band"), ("d", path + " Z"), ("fill", item.color),
                    ("fill-opacity", "0.2"), ("stroke", "none"),
                ])
        }
    }

    private func drawLine(_ item: StyledSeries, into svg: inout SVGBuilder) {
        let xs = xScale
        let ys = yScale
        for segment in item.series.lineSegments() {
            let points = segment.map { (xs($0.x), ys($0.y)) }
            if let path = SVGBuilder.polyline(points) {
                var attributes = [
                    ("class", "series-line"), ("d", path), ("fill", "none"), ("stroke", item.color),
                    ("stroke-width", "2"), ("stroke-linejoin", "round"), ("stroke-linecap", "round"),
                ]
                if let dash = item.dash { attributes.append(("stroke-dasharray", dash)) }
                svg.element("path", attributes)
            } else if let only = points.first {
                // A lone point has no line to draw; a marker keeps it visible.
                svg.circle(cx: only.0, cy: only.1, r: 3.5, fill: item.color, className: "point")
            }
        }
    }

    private func drawObserved(_ item: StyledSeries, into svg: inout SVGBuilder) {
        let xs = xScale
        let ys = yScale
        for point in item.series.observed.sortedByX() where point.isFinite {
            svg.circle(
                cx: xs(point.x), cy: ys(point.y), r: 3, fill: item.color, stroke: "#FFFFFF",
                className: "observed")
        }
    }
}

/// A short deterministic identifier for ids that must be unique within an HTML page (FNV-1a, 64-bit).
func stableID(_ prefix: String, _ parts: String...) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in parts.joined(separator: "\u{1F}").utf8 {
        hash ^= UInt64(byte)
        hash = hash &* 0x100_0000_01b3
    }
    let hex = String(hash, radix: 16)
    return prefix + "-" + String(repeating: "0", count: 16 - hex.count) + hex
}
