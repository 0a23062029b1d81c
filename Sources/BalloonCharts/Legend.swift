/// How one legend entry's swatch is drawn.
enum LegendSwatch: Equatable {
    /// A line, optionally dashed, with a band behind it and/or a marker on it.
    case line(color: String, dash: String?, band: Bool, marker: Bool)
    /// A filled square, for bars and tiles.
    case box(color: String)
    /// A translucent box, for a band that applies to every series.
    case band(color: String)
    /// A lone marker, for observed points.
    case marker(color: String)
}

struct LegendItem: Equatable {
    var label: String
    var swatch: LegendSwatch
}

/// Lays legend items out in rows that wrap at the available width, below the plot so it never covers data.
struct LegendLayout {
    static let fontSize = 12.0
    static let rowHeight = 18.0
    static let swatchWidth = 22.0
    static let gap = 6.0
    static let itemSpacing = 16.0

    struct Placed {
        var item: LegendItem
        var text: String
        var x: Double
        var row: Int
    }

    private(set) var placed: [Placed] = []
    private(set) var rows = 0

    /// Places `items` within `width`, using at most `maxRows` rows; overflow becomes a "+N more" entry.
    init(items: [LegendItem], width: Double, maxRows: Int) {
        guard !items.isEmpty, width > 0 else { return }
        let maxLabel = max(min(width - Self.swatchWidth - Self.gap, 240), 0)
        var x = 0.0
        var row = 0
        for item in items {
            let text = TextMetrics.truncate(item.label, maxWidth: maxLabel, size: Self.fontSize)
            let itemWidth = Self.itemWidth(text)
            if x > 0 && x + itemWidth > width {
                row += 1
                x = 0
            }
            placed.append(Placed(item: item, text: text, x: x, row: row))
            x += itemWidth + Self.itemSpacing
        }
        let rowLimit = max(maxRows, 1)
        guard row >= rowLimit else {
            rows = row + 1
            return
        }
        // Too many entries: keep whole rows, then drop from the end of the last one until "+N more" fits.
        placed.removeAll { $0.row >= rowLimit }
        while true {
            let hidden = items.count - placed.count
            let more = "+\(hidden) more"
            let end = placed.last.map { $0.x + Self.itemWidth($0.text) + Self.itemSpacing } ?? 0
            let moreWidth = TextMetrics.width(more, size: Self.fontSize)
            if placed.isEmpty || placed.last?.row != rowLimit - 1 || end + moreWidth <= width {
                let moreX = placed.last?.row == rowLimit - 1 ? end : 0
                placed.append(
                    Placed(
                        item: LegendItem(label: more, swatch: .box(color: "none")),
                        text: TextMetrics.truncate(more, maxWidth: width, size: Self.fontSize),
                        x: moreX, row: rowLimit - 1))
                break
            }
            placed.removeLast()
        }
        rows = rowLimit
    }

    var height: Double { Double(rows) * Self.rowHeight }

    private static func itemWidth(_ text: String) -> Double {
        swatchWidth + gap + TextMetrics.width(text, size: fontSize)
    }

    /// Draws the legend with its top-left corner at (`x`, `y`).
    func draw(into svg: inout SVGBuilder, x originX: Double, y originY: Double) {
        guard !placed.isEmpty else { return }
        svg.open("g", [("class", "legend")])
        for entry in placed {
            let x = originX + entry.x
            let middle = originY + Double(entry.row) * Self.rowHeight + Self.rowHeight / 2
            let textX: Double
            switch entry.item.swatch {
            case .box(color: "none"):
                textX = x
            case .box(let color):
                svg.rect(Rect(x: x + 5, y: middle - 6, width: 12, height: 12), fill: color)
                textX = x + Self.swatchWidth + Self.gap
            case .band(let color):
                svg.rect(
                    Rect(x: x, y: middle - 6, width: Self.swatchWidth, height: 12), fill: color,
                    extra: [("fill-opacity", "0.25")])
                textX = x + Self.swatchWidth + Self.gap
            case .marker(let color):
                svg.circle(cx: x + Self.swatchWidth / 2, cy: middle, r: 3.5, fill: color, stroke: "#FFFFFF")
                textX = x + Self.swatchWidth + Self.gap
            case .line(let color, let dash, let band, let marker):
                if band {
                    svg.rect(
                        Rect(x: x, y: middle - 6, width: Self.swatchWidth, height: 12), fill: color,
                        extra: [("fill-opacity", "0.2")])
                }
                svg.line(x1: x, y1: middle, x2: x + Self.swatchWidth, y2: middle, stroke: color, width: 2, dash: dash)
                if marker {
                    svg.circle(cx: x + Self.swatchWidth / 2, cy: middle, r: 3, fill: color, stroke: "#FFFFFF")
                }
                textX = x + Self.swatchWidth + Self.gap
            }
            svg.text(
                entry.text, x: textX, y: middle + 4, size: Self.fontSize, fullText: entry.item.label,
                className: "legend-label")
        }
        svg.close("g")
    }
}
