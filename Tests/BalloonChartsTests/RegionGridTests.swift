import Testing

@testable import BalloonCharts

struct RegionGridTests {
    static func tileFill(_ parsed: ParsedSVG, named name: String) -> String? {
        var currentFill: String?
        for element in parsed.elements where element.isInside("tile") {
            if element.name == "rect" { currentFill = element.attributes["fill"] }
            if element.className == "tile-label" && name.hasPrefix(element.text) { return currentFill }
        }
        return nil
    }

    @Test func increasesAreRedAndDecreasesBlue() throws {
        let parsed = try SVGChecks.validate(Fixtures.regions.svg())
        let increase = Palette.rgb(try #require(Self.tileFill(parsed, named: "Putumayo")))
        let decrease = Palette.rgb(try #require(Self.tileFill(parsed, named: "VRAEM")))
        #expect(increase[0] > increase[2])
        #expect(decrease[2] > decrease[0])
    }

    @Test func missingValuesAreGreyAndExplainedInTheLegend() throws {
        let parsed = try SVGChecks.validate(Fixtures.regions.svg())
        #expect(Self.tileFill(parsed, named: "Yungas de La Paz") == Palette.missingFill)
        #expect(parsed.texts(class: "legend-label").contains("No data"))
    }

    @Test func legendShowsASymmetricScaleAroundZero() throws {
        let parsed = try SVGChecks.validate(Fixtures.regions.svg())
        let ticks = parsed.all("text", class: "tick-label").filter { $0.isInside("legend") }.map(\.text)
        #expect(ticks == ["-5,000", "-2,500", "0", "2,500", "5,000"])
        #expect(parsed.texts(class: "legend-label").first == "Change in coca area (ha)")
    }

    @Test func tilesArePlacedByRowAndColumn() throws {
        let parsed = try SVGChecks.validate(Fixtures.regions.svg())
        let rects = parsed.all("rect").filter { $0.isInside("tile") }
        #expect(rects.count == Fixtures.regions.tiles.count)
        // Tiles 0 and 1 are (0,1) and (0,0): same row, the first to the right.
        #expect(rects[0].number("y") == rects[1].number("y"))
        #expect(rects[0].number("x")! > rects[1].number("x")!)
    }

    @Test func changesCarryASignAndUnit() throws {
        let parsed = try SVGChecks.validate(Fixtures.regions.svg())
        let labels = parsed.texts(class: "tile-label")
        #expect(labels.contains("+9.5%") && labels.contains("-6.1%"))
        #expect(labels.contains("4,200"))
    }

    @Test func aShallowGridShrinksTheFigureToItsContent() throws {
        let grid = RegionGrid(
            title: "One row",
            tiles: (0..<6).map {
                .init(name: "R\($0)", group: "g", row: 0, column: $0, value: Double($0))
            }, valueAxis: Axis("Change"), height: 600)
        let parsed = try SVGChecks.validate(grid.svg())
        #expect(parsed.height < 300)
        #expect(parsed.root.attributes["height"] == SVGBuilder.number(parsed.height))
    }

    @Test func emptyGridShowsNoData() throws {
        let grid = RegionGrid(title: "Nothing", tiles: [], valueAxis: Axis("Change", unit: "ha"))
        #expect(try SVGChecks.validate(grid.svg()).texts(class: "no-data") == ["No data"])
    }

    @Test func extremePositionsAndValuesDoNotCrash() throws {
        let grid = RegionGrid(
            title: "Extremes",
            tiles: [
                .init(name: "Far", group: "A", row: .max, column: .min, value: 1e12),
                .init(name: "Near", group: "B", row: .min, column: .max, value: -.infinity, change: .nan),
                .init(name: "Mid", group: "C", row: 0, column: 0, value: 1e-9),
            ], valueAxis: Axis("Value"))
        let svg = grid.svg()
        #expect(!svg.lowercased().contains("nan") && !svg.lowercased().contains("inf"))
        try SVGChecks.validate(svg)
    }

    @Test func allEqualValuesUseTheMidpointColour() throws {
        let grid = RegionGrid(
            title: "Flat",
            tiles: [
                .init(name: "A", group: "g", row: 0, column: 0, value: 0),
                .init(name: "B", group: "g", row: 0, column: 1, value: 0),
            ], valueAxis: Axis("Change"))
        let parsed = try SVGChecks.validate(grid.svg())
        #expect(Self.tileFill(parsed, named: "A") == "#F7F7F7")
    }

    @Test func longNamesStayInsideTheirTiles() throws {
        let long = String(repeating: "Departamento del Guaviare y Meta ", count: 4)
        let tiles = (0..<12).map {
            RegionGrid.Tile(
                name: long, group: long, row: $0 / 4, column: $0 % 4,
                value: Double($0 - 6) * 100, change: 12.345)
        }
        let parsed = try SVGChecks.validate(RegionGrid(title: long, tiles: tiles, valueAxis: Axis(long)).svg())
        var tile: (x: Double, width: Double)?
        for element in parsed.elements where element.isInside("tile") {
            if element.name == "rect" { tile = (element.number("x")!, element.number("width")!) }
            if element.name == "text", let tile, let extent = SVGChecks.textExtent(element) {
                #expect(extent.low >= tile.x && extent.high <= tile.x + tile.width, "\(element.text)")
            }
        }
    }
}
