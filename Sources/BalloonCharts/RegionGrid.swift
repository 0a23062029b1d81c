/// A map-like grid of labelled tiles, each coloured on a diverging scale by its value.
///
/// Meant for signed quantities such as the change in coca area by region: red for increases, blue for
/// decreases, near-white around `midpoint`. The caller places tiles by row and column.
public struct RegionGrid: Sendable, Codable, Equatable {
    /// One region's tile.
    public struct Tile: Sendable, Codable, Equatable {
        /// Region name, drawn at the top of the tile.
        public var name: String
        /// Country or other grouping, drawn small under the name.
        public var group: String
        /// Row in the grid, 0 at the top; rows and columns may start anywhere, the grid is trimmed to fit.
        public var row: Int
        /// Column in the grid, 0 at the left.
        public var column: Int
        /// The value that sets the tile's colour; NaN or infinite draws the tile grey as "no data".
        public var value: Double
        /// An optional secondary figure, drawn with an explicit sign, e.g. percent change.
        public var change: Double?

        /// Creates a tile.
        public init(name: String, group: String, row: Int, column: Int, value: Double, change: Double? = nil) {
            self.name = name
            self.group = group
            self.row = row
            self.column = column
            self.value = value
            self.change = change
        }
    }

    /// Chart title, drawn at the top and used as the SVG `<title>`.
    public var title: String
    /// Text for the SVG `<desc>`; nil generates a summary.
    public var description: String?
    /// The tiles; two tiles in one cell overlap, the later on top.
    public var tiles: [Tile]
    /// What the value (and so the colour) measures; titles the colour legend.
    public var valueAxis: Axis
    /// Suffix written after each change figure, e.g. "%".
    public var changeUnit: String
    /// The value drawn white; the scale is symmetric around it.
    public var midpoint: Double
    /// Largest distance from `midpoint` given full colour; nil uses the data's largest, rounded to a nice number.
    public var colorRadius: Double?
    /// Width in SVG user units (pixels).
    public var width: Double
    /// Height in SVG user units (pixels).
    public var height: Double

    /// Creates a region grid.
    public init(
        title: String, description: String? = nil, tiles: [Tile], valueAxis: Axis, changeUnit: String = "%",
        midpoint: Double = 0, colorRadius: Double? = nil, width: Double = 640, height: Double = 480
    ) {
        self.title = title
        self.description = description
        self.tiles = tiles
        self.valueAxis = valueAxis
        self.changeUnit = changeUnit
        self.midpoint = midpoint
        self.colorRadius = colorRadius
        self.width = width
        self.height = height
    }

    static let tileGap = 4.0
    static let legendBarHeight = 10.0

    /// Nice ticks of the colour scale, symmetric about the midpoint.
    func colorTicks() -> AxisTicks {
        let middle = midpoint.isFinite ? midpoint : 0
        let deviations = tiles.map { abs($0.value - middle) }.filter(\.isFinite)
        let requested = colorRadius.flatMap { $0.isFinite && $0 > 0 ? $0 : nil }
        let radius = requested ?? NiceTicks.ticks(lower: 0, upper: deviations.max() ?? 1, count: 5).last ?? 1
        let safeRadius = radius > 0 ? min(radius, Domain.limit) : 1
        // Ends, halves and the midpoint: the ends must be labelled so readers see where colour saturates.
        let values = [-1, -0.5, 0, 0.5, 1].map { middle + $0 * safeRadius }
        return AxisTicks(values: values, step: safeRadius / 2, format: valueAxis.format)
    }

    /// The fill for a value: blue below the midpoint, red above, grey when missing.
    func fill(for value: Double, ticks: AxisTicks) -> String {
        guard value.isFinite else { return Palette.missingFill }
        let span = ticks.upper - ticks.lower
        return Palette.divergingColor(span > 0 ? (value - ticks.lower) / span : 0.5)
    }

    /// Renders the grid as one standalone `<svg>` element.
    public func svg() -> String {
        let size = ChartFrame.size(width: width, height: height, default: (640, 480))
        var frame = ChartFrame(width: size.width, height: size.height, title: title, legend: [])
        let ticks = colorTicks()
        let hasMissing = tiles.contains { !$0.value.isFinite }
        let legendHeight = 16 + Self.legendBarHeight + 16
        // The legend goes at the bottom, so the tiles get the frame's plot region less the legend.
        let area = Rect(
            x: ChartFrame.padding, y: frame.plotRegion.y, width: size.width - 2 * ChartFrame.padding,
            height: max(size.height - ChartFrame.padding - legendHeight - 8 - frame.plotRegion.y, 20))
        frame.drawTitleAndLegend()
        var svg = frame.svg
        let gridBottom = drawTiles(into: &svg, area: area, ticks: ticks)
        drawLegend(into: &svg, x: area.x, y: gridBottom + 8, width: area.width, ticks: ticks, showMissing: hasMissing)
        // `height` is a ceiling: a wide, shallow grid should not leave a blank band under its legend.
        svg.height = min(size.height, gridBottom + 8 + legendHeight + ChartFrame.padding)
        frame.svg = svg
        let summary =
            description ?? "Grid of \(tiles.count) regions coloured by \(valueAxis.title), "
            + "blue below \(NumberFormat.compact(midpoint)) and red above; "
            + tiles.map { "\($0.name) (\($0.group)): \(NumberFormat.compact($0.value))" }.joined(separator: "; ") + "."
        return frame.svg.render(title: title, description: summary)
    }

    /// Draws the tiles and returns the y of the grid's bottom edge.
    private func drawTiles(into svg: inout SVGBuilder, area: Rect, ticks: AxisTicks) -> Double {
        guard !tiles.isEmpty else {
            let height = min(area.height, 120)
            svg.text(
                "No data", x: area.x + area.width / 2, y: area.y + height / 2, size: 13, anchor: .middle,
                fill: SVGBuilder.mutedColor, className: "no-data")
            return area.y + height
        }
        // Positions are differenced as Double: Int.max - Int.min would trap as Int.
        let minRow = Double(tiles.map(\.row).min() ?? 0)
        let minColumn = Double(tiles.map(\.column).min() ?? 0)
        let rows = Double(tiles.map(\.row).max() ?? 0) - minRow + 1
        let columns = Double(tiles.map(\.column).max() ?? 0) - minColumn + 1
        let side = max(min(area.width / columns, area.height / rows), 0)
        let gridWidth = side * columns
        let originX = area.x + (area.width - gridWidth) / 2
        let originY = area.y
        let inset = min(Self.tileGap / 2, side * 0.05)
        svg.open("g", [("class", "tiles")])
        for tile in tiles {
            let x = originX + (Double(tile.column) - minColumn) * side
            let y = originY + (Double(tile.row) - minRow) * side
            let box = Rect(x: x + inset, y: y + inset, width: side - 2 * inset, height: side - 2 * inset)
            let fill = fill(for: tile.value, ticks: ticks)
            svg.open("g", [("class", "tile")])
            svg.rect(box, fill: fill, stroke: "#FFFFFF", extra: [("rx", SVGBuilder.number(min(3, box.width / 10)))])
            drawLabels(tile, in: box, fill: fill, into: &svg)
            svg.close("g")
        }
        svg.close("g")
        return originY + side * rows
    }

    /// Writes as many of name, group, value and change as fit, most important first.
    private func drawLabels(_ tile: Tile, in box: Rect, fill: String, into svg: inout SVGBuilder) {
        let size = min(max(box.width / 8, 7), 13)
        let small = size * 0.85
        let textColor = Palette.prefersLightText(on: fill) ? "#FFFFFF" : SVGBuilder.textColor
        let maxWidth = box.width - 8
        guard maxWidth > size, box.height > size * 1.6 else { return }
        let name = TextMetrics.wrap(tile.name, maxWidth: maxWidth, size: size, maxLines: 2, bold: true)
        var lines: [(text: String, size: Double, bold: Bool, full: String)] = []
        for line in name { lines.append((line, size, true, tile.name)) }
        let valueText = tile.value.isFinite ? NumberFormat.compact(tile.value) : "No data"
        lines.append((TextMetrics.truncate(valueText, maxWidth: maxWidth, size: size), size, false, valueText))
        if let change = tile.change {
            let changeText = change.isFinite ? NumberFormat.signed(change) + changeUnit : NumberFormat.missing
            lines.append((TextMetrics.truncate(changeText, maxWidth: maxWidth, size: small), small, false, changeText))
        }
        lines.append((TextMetrics.truncate(tile.group, maxWidth: maxWidth, size: small), small, false, tile.group))
        var y = box.y + 4
        for line in lines {
            let advance = line.size * 1.25
            if y + advance > box.maxY - 2 { break }
            y += advance
            svg.text(
                line.text, x: box.x + 4, y: y - line.size * 0.25, size: line.size, fill: textColor,
                bold: line.bold, fullText: line.full, className: "tile-label")
        }
    }

    private func drawLegend(
        into svg: inout SVGBuilder, x: Double, y: Double, width: Double, ticks: AxisTicks,
        showMissing: Bool
    ) {
        let missingWidth = showMissing ? 90.0 : 0
        let barWidth = max(min(width - missingWidth - 20, 320), 40)
        svg.open("g", [("class", "legend")])
        let heading = TextMetrics.truncate(valueAxis.title, maxWidth: width, size: 12)
        svg.text(heading, x: x, y: y + 11, size: 12, fullText: valueAxis.title, className: "legend-label")
        let barY = y + 16
        // Discrete slices rather than a gradient: no id needed and every renderer draws them the same.
        let slices = 48
        for index in 0..<slices {
            let t = (Double(index) + 0.5) / Double(slices)
            svg.rect(
                Rect(
                    x: x + Double(index) * barWidth / Double(slices), y: barY,
                    width: barWidth / Double(slices) + 0.3, height: Self.legendBarHeight),
                fill: Palette.divergingColor(t))
        }
        let scale = LinearScale(
            domainLower: ticks.lower, domainUpper: ticks.upper, rangeStart: x,
            rangeEnd: x + barWidth)
        for (value, label) in zip(ticks.values, ticks.labels) {
            let px = scale(value)
            svg.line(
                x1: px, y1: barY + Self.legendBarHeight, x2: px, y2: barY + Self.legendBarHeight + 3,
                stroke: SVGBuilder.axisColor)
            let anchor: TextAnchor = px - x < 12 ? .start : (x + barWidth - px < 12 ? .end : .middle)
            svg.text(
                label, x: px, y: barY + Self.legendBarHeight + 13, size: 10, anchor: anchor,
                fill: SVGBuilder.mutedColor, className: "tick-label")
        }
        if showMissing {
            let mx = x + barWidth + 20
            svg.rect(Rect(x: mx, y: barY, width: 14, height: Self.legendBarHeight), fill: Palette.missingFill)
            svg.text("No data", x: mx + 20, y: barY + Self.legendBarHeight - 1, size: 11, className: "legend-label")
        }
        svg.close("g")
    }
}
