/// The furniture around a plot: title at the top, legend at the bottom, axis titles beside the plot.
///
/// Laying these out first and giving the plot what is left is what keeps the legend off the data.
struct ChartFrame {
    static let padding = 12.0
    static let titleFont = 16.0
    static let titleLineHeight = 20.0
    static let axisTitleFont = 12.0

    var svg: SVGBuilder
    let width: Double
    let height: Double
    let titleLines: [String]
    let title: String
    let legend: LegendLayout
    let legendTop: Double
    let xTitleBaseline: Double
    /// Region for the plot including its tick labels.
    let plotRegion: Rect

    /// A usable size: non-finite or tiny sizes fall back to defaults or a minimum so layout never inverts.
    static func size(width: Double, height: Double, default fallback: (Double, Double)) -> (
        width: Double, height: Double
    ) {
        let w = width.isFinite && width > 0 ? min(max(width, 160), 10_000) : fallback.0
        let h = height.isFinite && height > 0 ? min(max(height, 120), 10_000) : fallback.1
        return (w, h)
    }

    init(width: Double, height: Double, title: String, legend items: [LegendItem]) {
        self.width = width
        self.height = height
        self.title = title
        svg = SVGBuilder(width: width, height: height)
        let inner = width - 2 * Self.padding
        titleLines = TextMetrics.wrap(title, maxWidth: inner, size: Self.titleFont, maxLines: 2, bold: true)
        let maxRows = max(1, Int(height * 0.25 / LegendLayout.rowHeight))
        legend = LegendLayout(items: items, width: inner, maxRows: maxRows)
        legendTop = height - Self.padding - legend.height
        xTitleBaseline = legend.rows > 0 ? legendTop - 8 : height - Self.padding - 2
        let top = Self.padding + Double(titleLines.count) * Self.titleLineHeight + 8
        let left = Self.padding + Self.axisTitleFont + 8
        let bottom = xTitleBaseline - Self.axisTitleFont - 6
        plotRegion = Rect(
            x: left, y: top, width: max(width - Self.padding - left, 20),
            height: max(bottom - top, 20))
    }

    mutating func drawTitleAndLegend() {
        svg.textLines(
            titleLines, x: Self.padding, y: Self.padding + Self.titleFont - 1, size: Self.titleFont,
            lineHeight: Self.titleLineHeight, bold: true, fullText: title, className: "chart-title")
        legend.draw(into: &svg, x: Self.padding, y: legendTop)
    }

    /// Draws the x title centred under the plot and the y title rotated and centred beside it.
    mutating func drawAxisTitles(x: String, y: String, plot: Rect) {
        let xText = TextMetrics.truncate(x, maxWidth: width - 2 * Self.padding, size: Self.axisTitleFont)
        let xCentre = min(
            max(plot.x + plot.width / 2, Self.padding + TextMetrics.width(xText, size: Self.axisTitleFont) / 2),
            width - Self.padding - TextMetrics.width(xText, size: Self.axisTitleFont) / 2)
        svg.text(
            xText, x: xCentre, y: xTitleBaseline, size: Self.axisTitleFont, anchor: .middle, fullText: x,
            className: "axis-title")
        drawYTitle(y, plot: plot)
    }

    mutating func drawYTitle(_ y: String, plot: Rect) {
        // Kept within the plot's height: above it sits the title, whose lines start at the same left margin.
        let yText = TextMetrics.truncate(y, maxWidth: max(plot.height, 0), size: Self.axisTitleFont)
        let centre = plot.y + plot.height / 2
        svg.text(
            yText, x: Self.padding + Self.axisTitleFont - 2, y: centre, size: Self.axisTitleFont, anchor: .middle,
            rotate: -90, fullText: y, className: "axis-title")
    }
}
