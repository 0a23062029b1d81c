import Testing

@testable import BalloonCharts

struct LineChartTests {
    static func chart(_ series: [LineChart.Series], title: String = "Test chart", yDomain: ClosedRange<Double>? = nil)
        -> LineChart
    {
        LineChart(
            title: title, xAxis: Axis("Year", format: .plain), yAxis: Axis("Area", unit: "ha"), series: series,
            yDomain: yDomain)
    }

    @Test func legendNamesEverySeries() throws {
        let chart = Fixtures.cocaProjection
        let parsed = try SVGChecks.validate(chart.svg())
        let legend = parsed.all("text", class: "legend-label").filter { $0.isInside("legend") }.map(\.text)
        #expect(legend == ["Baseline", "Eradication first", "90% interval", "Observed"])
    }

    @Test func aBandIsDrawnOnlyWhenGiven() throws {
        let withBand = try SVGChecks.validate(Fixtures.cocaProjection.svg())
        let bands = withBand.all("path", class: "band")
        #expect(bands.count == 1)
        #expect(bands[0].attributes["fill-opacity"] == "0.2")
        #expect(bands[0].attributes["d"]?.hasSuffix("Z") == true)
        let without = try SVGChecks.validate(Self.chart([.init(name: "A", points: Fixtures.points([1, 2, 3]))]).svg())
        #expect(without.all("path", class: "band").isEmpty)
    }

    @Test func bandIsDrawnBehindTheLines() throws {
        let parsed = try SVGChecks.validate(Fixtures.cocaProjection.svg())
        let order = parsed.elements.filter { ["band", "series-line"].contains($0.className) }.map(\.className)
        #expect(order.first == "band")
    }

    @Test func observedPointsBecomeMarkers() throws {
        let parsed = try SVGChecks.validate(Fixtures.cocaProjection.svg())
        #expect(parsed.all("circle", class: "observed").count == 9)
    }

    @Test func dashedSeriesHaveADashArray() throws {
        let parsed = try SVGChecks.validate(Fixtures.cocaProjection.svg())
        let lines = parsed.all("path", class: "series-line")
        #expect(lines.count == 2)
        #expect(lines[0].attributes["stroke-dasharray"] != nil)
        #expect(lines[1].attributes["stroke-dasharray"] == nil)
    }

    @Test func titleAndLabelsAreEscaped() throws {
        let chart = LineChart(
            title: "<b>&", xAxis: Axis("x \"quoted\""), yAxis: Axis("y's"),
            series: [.init(name: "<script>", points: Fixtures.points([1, 2]))])
        let svg = chart.svg()
        #expect(svg.contains("<title>&lt;b&gt;&amp;</title>"))
        #expect(!svg.contains("<script>") && !svg.contains("<b>"))
        let parsed = try SVGChecks.validate(svg)
        #expect(parsed.texts(class: "chart-title") == ["<b>&"])
        #expect(parsed.texts(class: "legend-label") == ["<script>"])
    }

    @Test func negativeValuesWidenTheDomainAndDrawAZeroLine() throws {
        let parsed = try SVGChecks.validate(
            Self.chart([.init(name: "Net", points: Fixtures.points([-40, 10, 55]))]).svg())
        let zero = try #require(SVGChecks.lineY(parsed, class: "zero-line"))
        let axis = try #require(SVGChecks.lineY(parsed, class: "x-axis"))
        #expect(zero < axis)
        let labels = parsed.all("text", class: "tick-label").filter { $0.attributes["text-anchor"] == "end" }
        #expect(labels.first?.text.hasPrefix("-") == true, "lowest y tick is negative")
    }

    @Test func noZeroLineForPositiveData() throws {
        let parsed = try SVGChecks.validate(Self.chart([.init(name: "A", points: Fixtures.points([5, 8]))]).svg())
        #expect(parsed.all("line", class: "zero-line").isEmpty)
    }

    @Test func emptyChartShowsAxesAndANoDataNote() throws {
        for series in [[], [LineChart.Series(name: "Empty", points: [])]] {
            let parsed = try SVGChecks.validate(Self.chart(series).svg())
            #expect(parsed.texts(class: "no-data") == ["No data"])
            #expect(parsed.all("line", class: "x-axis").count == 1)
            #expect(parsed.all("text", class: "tick-label").count >= 4)
            #expect(parsed.all("path").isEmpty)
        }
    }

    @Test func aSinglePointIsAMarkerInsideAPaddedDomain() throws {
        let parsed = try SVGChecks.validate(Self.chart([.init(name: "One", points: [.init(x: 2020, y: 42)])]).svg())
        let marker = try #require(parsed.all("circle", class: "point").first)
        let axis = try #require(SVGChecks.lineY(parsed, class: "x-axis"))
        let cy = try #require(marker.number("cy"))
        #expect(cy < axis, "the point is inside the plot, not on its edge")
        #expect(parsed.all("path", class: "series-line").isEmpty)
        #expect(parsed.texts(class: "no-data").isEmpty)
    }

    @Test func nonFiniteValuesBreakTheLineAndAreSkipped() throws {
        let points: [LineChart.Point] = [
            .init(x: 1, y: 1), .init(x: 2, y: 2), .init(x: 3, y: .nan), .init(x: 4, y: 4), .init(x: 5, y: 5),
            .init(x: 6, y: .infinity), .init(x: .nan, y: 3), .init(x: -.infinity, y: 1), .init(x: 7, y: -.infinity),
        ]
        let band = [
            LineChart.BandPoint(x: 1, lower: .nan, upper: 2), .init(x: 2, lower: 1, upper: 3),
            .init(x: 3, lower: 2, upper: 4),
        ]
        let svg = Self.chart([.init(name: "Gappy", points: points, band: band, observed: [.init(x: .nan, y: .nan)])])
            .svg()
        #expect(!svg.lowercased().contains("nan") && !svg.lowercased().contains("inf"))
        let parsed = try SVGChecks.validate(svg)
        #expect(parsed.all("path", class: "series-line").count == 2)
        #expect(parsed.all("path", class: "band").count == 1)
        #expect(parsed.all("circle", class: "observed").isEmpty)
    }

    @Test func allEqualValuesGetAPaddedDomainWithAFlatLineInTheMiddle() throws {
        let parsed = try SVGChecks.validate(
            Self.chart([.init(name: "Flat", points: Fixtures.points([7, 7, 7, 7]))]).svg())
        let d = try #require(parsed.all("path", class: "series-line").first?.attributes["d"])
        let ys = Set(d.split(separator: " ").map { $0.split(separator: ",")[1] })
        #expect(ys.count == 1)
        let tickLabels = parsed.all("text", class: "tick-label").filter { $0.attributes["text-anchor"] == "end" }
        #expect(tickLabels.count >= 3)
    }

    @Test func veryLargeValuesUseSuffixes() throws {
        let parsed = try SVGChecks.validate(
            Self.chart([.init(name: "Big", points: Fixtures.points([0, 4e11, 1e12]))])
                .svg())
        let labels = parsed.all("text", class: "tick-label").map(\.text)
        #expect(labels.contains("1.0T") || labels.contains("1T"))
        #expect(labels.allSatisfy { $0.count <= 8 })
    }

    @Test func verySmallRangesStillGiveDistinctTicks() throws {
        let parsed = try SVGChecks.validate(
            Self.chart([.init(name: "Tiny", points: Fixtures.points([0.5000001, 0.5000004, 0.5000002]))]).svg())
        let labels = parsed.all("text", class: "tick-label").filter { $0.attributes["text-anchor"] == "end" }.map(
            \.text)
        #expect(labels.count >= 2 && Set(labels).count == labels.count, "\(labels)")
    }

    @Test func longLabelsAreShortenedToFitTheBox() throws {
        let long = String(repeating: "Very long label about coca eradication and replanting ", count: 3)
        let chart = LineChart(
            title: long, xAxis: Axis(long, unit: "years"), yAxis: Axis(long, unit: "ha"),
            series: [
                .init(name: long, points: Fixtures.points([1, 2, 3])),
                .init(name: long + "2", points: Fixtures.points([3, 2, 1])),
            ],
            bandLabel: long)
        let parsed = try SVGChecks.validate(chart.svg())
        #expect(parsed.texts.contains { $0.hasSuffix("…") })
        // The full text survives as a tooltip for readers who hover.
        #expect(parsed.all("title").contains { $0.text == TextMetrics.singleLine(long) })
    }

    @Test func manySeriesCycleThePaletteAndAllReachTheLegend() throws {
        let series = (1...20).map {
            LineChart.Series(name: "S\($0)", points: Fixtures.points([Double($0), Double($0 * 2)]))
        }
        let parsed = try SVGChecks.validate(Self.chart(series).svg())
        let lines = parsed.all("path", class: "series-line")
        #expect(lines.count == 20)
        #expect(lines[0].attributes["stroke"] == lines[8].attributes["stroke"])
        #expect(lines[0].attributes["stroke-dasharray"] != lines[8].attributes["stroke-dasharray"])
        #expect(parsed.texts(class: "legend-label") == series.map(\.name))
    }

    @Test func tooManySeriesForTheLegendEndInACount() throws {
        let series = (1...120).map { LineChart.Series(name: "Region number \($0)", points: Fixtures.points([1, 2])) }
        let parsed = try SVGChecks.validate(Self.chart(series).svg())
        let legend = parsed.texts(class: "legend-label")
        #expect(legend.last?.hasPrefix("+") == true && legend.last?.hasSuffix("more") == true)
        let hidden = Int(legend.last!.dropFirst().split(separator: " ")[0])!
        #expect(legend.count - 1 + hidden == 120)
    }

    @Test func legendSitsBelowThePlot() throws {
        let parsed = try SVGChecks.validate(Fixtures.cocaProjection.svg())
        let axis = try #require(SVGChecks.lineY(parsed, class: "x-axis"))
        let legendTops = parsed.elements.filter { $0.isInside("legend") }.compactMap {
            $0.number("y") ?? $0.number("y1") ?? $0.number("cy")
        }
        #expect(!legendTops.isEmpty && legendTops.allSatisfy { $0 > axis + 20 })
    }

    @Test func outputIsDeterministic() {
        let first = Fixtures.cocaProjection.svg()
        #expect(first == Fixtures.cocaProjection.svg())
        #expect(Fixtures.multiples.svg() == Fixtures.multiples.svg())
    }

    @Test func aFixedDomainClipsDataAndKeepsTicksInside() throws {
        let chart = Self.chart([.init(name: "Wide", points: Fixtures.points([-500, 50, 500]))], yDomain: 0...100)
        let parsed = try SVGChecks.validate(chart.svg(), dataMayLeaveTheBox: true)
        let clip = try #require(parsed.all("clipPath").first?.attributes["id"])
        #expect(parsed.all("g").contains { $0.attributes["clip-path"] == "url(#\(clip))" })
        let labels = parsed.all("text", class: "tick-label").filter { $0.attributes["text-anchor"] == "end" }.map(
            \.text)
        #expect(labels == ["0", "20", "40", "60", "80", "100"])
    }

    @Test func wholeNumberXValuesNeverGetFractionalTicks() throws {
        let parsed = try SVGChecks.validate(Self.chart([.init(name: "A", points: Fixtures.points([1, 2, 3]))]).svg())
        let xLabels = parsed.all("text", class: "tick-label").filter { $0.attributes["text-anchor"] == "middle" }
        #expect(xLabels.map(\.text) == ["2010", "2011", "2012"])
    }

    @Test func xTickLabelsDoNotCollide() throws {
        var chart = Self.chart([.init(name: "A", points: Fixtures.points(Array(repeating: 1, count: 200)))])
        chart.width = 300
        let parsed = try SVGChecks.validate(chart.svg())
        let extents = parsed.all("text", class: "tick-label").filter { $0.attributes["text-anchor"] == "middle" }
            .compactMap(SVGChecks.textExtent)
        #expect(extents.count >= 2)
        for (left, right) in zip(extents, extents.dropFirst()) {
            #expect(left.high < right.low)
        }
    }

    @Test func chartsWithTheSameTitleButDifferentDataGetDifferentClipIDs() throws {
        let first = try SVGChecks.validate(Self.chart([.init(name: "A", points: Fixtures.points([1, 2]))]).svg())
        let second = try SVGChecks.validate(Self.chart([.init(name: "A", points: Fixtures.points([1, 2e6]))]).svg())
        let firstID = try #require(first.all("clipPath").first?.attributes["id"])
        let secondID = try #require(second.all("clipPath").first?.attributes["id"])
        #expect(firstID != secondID)
    }

    @Test func unorderedPointsAreDrawnInXOrder() throws {
        let points: [LineChart.Point] = [.init(x: 3, y: 3), .init(x: 1, y: 1), .init(x: 2, y: 2)]
        let parsed = try SVGChecks.validate(Self.chart([.init(name: "A", points: points)]).svg())
        let d = try #require(parsed.all("path", class: "series-line").first?.attributes["d"])
        let xs = d.split(separator: " ").map { Double($0.dropFirst().split(separator: ",")[0])! }
        #expect(xs == xs.sorted())
    }
}
