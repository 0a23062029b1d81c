import Testing

@testable import BalloonCharts

struct SmallMultiplesTests {
    @Test func everyPanelHasItsTitle() throws {
        let parsed = try SVGChecks.validate(Fixtures.multiples.svg())
        #expect(parsed.texts(class: "panel-title") == Fixtures.multiples.panels.map(\.title))
        #expect(parsed.all("g", class: "panel").count == 5)
    }

    /// The y tick labels of each panel, in panel order.
    static func yTickLabels(_ parsed: ParsedSVG) -> [[String]] {
        var panels: [[String]] = []
        for element in parsed.elements {
            if element.name == "g" && element.className == "panel" { panels.append([]) }
            if element.className == "tick-label" && element.attributes["text-anchor"] == "end" && !panels.isEmpty {
                panels[panels.count - 1].append(element.text)
            }
        }
        return panels
    }

    @Test func aSharedScaleGivesEveryPanelTheSameTicks() throws {
        let shared = Self.yTickLabels(try SVGChecks.validate(Fixtures.multiples.svg()))
        #expect(Set(shared).count == 1)
        var separate = Fixtures.multiples
        separate.sharedYScale = false
        let own = Self.yTickLabels(try SVGChecks.validate(separate.svg()))
        #expect(Set(own).count > 1)
    }

    @Test func aSeriesKeepsItsColourAcrossPanels() throws {
        var multiples = Fixtures.multiples
        // Panel 2 lists the series in the opposite order and adds one of its own.
        multiples.panels[1].series.reverse()
        multiples.panels[1].series.append(.init(name: "Extra", points: Fixtures.points([1, 2])))
        let parsed = try SVGChecks.validate(multiples.svg())
        let lines = parsed.all("path", class: "series-line")
        let firstPanel = lines[0...1].map { $0.attributes["stroke"] }
        let secondPanel = lines[2...4].map { $0.attributes["stroke"] }
        #expect(secondPanel[0] == firstPanel[1] && secondPanel[1] == firstPanel[0])
        #expect(parsed.texts(class: "legend-label") == ["Baseline", "Policy", "Extra"])
    }

    @Test func emptyPanelsAndEmptyGridsShowNoData() throws {
        var multiples = Fixtures.multiples
        multiples.panels.append(.init(title: "Nothing yet", series: []))
        let parsed = try SVGChecks.validate(multiples.svg())
        #expect(parsed.texts(class: "no-data").count == 1)

        let empty = SmallMultiples(title: "Empty", panels: [], xAxis: Axis("x"), yAxis: Axis("y"))
        #expect(try SVGChecks.validate(empty.svg()).texts(class: "no-data") == ["No data"])
    }

    @Test func heightGrowsWithTheNumberOfRows() throws {
        var multiples = Fixtures.multiples
        let twoRows = try SVGChecks.validate(multiples.svg()).height
        multiples.columns = 1
        let fiveRows = try SVGChecks.validate(multiples.svg()).height
        #expect(fiveRows > twoRows * 2)
    }

    @Test func zeroOrNegativeColumnCountsStillRender() throws {
        for columns in [0, -3, 1_000] {
            var multiples = Fixtures.multiples
            multiples.columns = columns
            try SVGChecks.validate(multiples.svg())
        }
    }
}
