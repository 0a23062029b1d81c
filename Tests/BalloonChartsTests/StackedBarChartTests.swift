import Testing

@testable import BalloonCharts

struct StackedBarChartTests {
    @Test func negativeComponentsHangBelowTheZeroLine() throws {
        let chart = Fixtures.spending
        let parsed = try SVGChecks.validate(chart.svg())
        let zero = try #require(SVGChecks.lineY(parsed, class: "zero-line"))
        let negativeFill = Palette.color(3)
        let bars = parsed.all("rect", class: "bar")
        #expect(bars.count == 20)
        for bar in bars {
            let y = try #require(bar.number("y"))
            let height = try #require(bar.number("height"))
            if bar.attributes["fill"] == negativeFill {
                #expect(y >= zero - 0.01, "negative bar starts at or below zero")
                #expect(height > 0)
            } else {
                #expect(y + height <= zero + 0.01, "positive bar ends at or above zero")
            }
        }
    }

    @Test func positiveComponentsStackInOrderFromZero() {
        let segments = Fixtures.spending.segments().filter { $0.category == 0 }
        #expect(segments.map(\.base) == [0, 420, 1_030, 0])
        #expect(segments.map(\.top) == [420, 1_030, 1_180, -40])
    }

    @Test func mixedSignComponentsStackEachDirectionSeparately() {
        let chart = StackedBarChart(
            title: "t", categories: ["a"],
            components: [
                .init(name: "p", values: [5]), .init(name: "n", values: [-3]),
                .init(name: "n2", values: [-2]), .init(name: "p2", values: [1]),
            ],
            xAxis: Axis("x"), yAxis: Axis("y"))
        let segments = chart.segments()
        #expect(segments.map(\.base) == [0, 0, -3, 5])
        #expect(segments.map(\.top) == [5, -3, -5, 6])
    }

    @Test func legendNamesEveryComponent() throws {
        let parsed = try SVGChecks.validate(Fixtures.spending.svg())
        #expect(parsed.texts(class: "legend-label") == Fixtures.spending.components.map(\.name))
    }

    @Test func missingAndNonFiniteValuesDrawNothing() throws {
        let chart = StackedBarChart(
            title: "Gaps", categories: ["a", "b", "c"],
            components: [
                .init(name: "x", values: [1, .nan]),
                .init(name: "y", values: [.infinity, 2, -.infinity]),
            ],
            xAxis: Axis("Category"), yAxis: Axis("Value"))
        let svg = chart.svg()
        #expect(!svg.lowercased().contains("nan") && !svg.lowercased().contains("inf"))
        let parsed = try SVGChecks.validate(svg)
        #expect(parsed.all("rect", class: "bar").count == 2)
    }

    @Test func noCategoriesOrComponentsShowsNoData() throws {
        for chart in [
            StackedBarChart(title: "Empty", categories: [], components: [], xAxis: Axis("x"), yAxis: Axis("y")),
            StackedBarChart(
                title: "Zeros", categories: ["a"], components: [.init(name: "z", values: [0])],
                xAxis: Axis("x"), yAxis: Axis("y")),
        ] {
            let parsed = try SVGChecks.validate(chart.svg())
            #expect(parsed.texts(class: "no-data") == ["No data"])
            #expect(parsed.all("line", class: "zero-line").count == 1)
        }
    }

    @Test func manyLongCategoryLabelsStayInsideTheBox() throws {
        let categories = (1...60).map { "Department number \($0) of the Andean region with a long name" }
        let chart = StackedBarChart(
            title: "Many bars", categories: categories,
            components: [.init(name: "A", values: categories.indices.map { Double($0) })],
            xAxis: Axis("Department"), yAxis: Axis("Value"))
        let parsed = try SVGChecks.validate(chart.svg())
        let xLabels = parsed.all("text", class: "tick-label").filter { $0.attributes["text-anchor"] == "middle" }
        #expect(!xLabels.isEmpty && xLabels.count < 60, "labels thinned when bars are narrow")
    }

    @Test func hugeValuesFormatCompactly() throws {
        let chart = StackedBarChart(
            title: "Big", categories: ["a", "b"],
            components: [
                .init(name: "x", values: [1e12, 2.5e12]),
                .init(name: "y", values: [-3e11, 5e11]),
            ],
            xAxis: Axis("x"), yAxis: Axis("USD"))
        let parsed = try SVGChecks.validate(chart.svg())
        #expect(parsed.all("text", class: "tick-label").contains { $0.text.hasSuffix("T") })
    }
}
