import BalloonCharts
import BalloonModel
import Foundation

/// Where displaced cultivation and trafficking went: by country, over time, on a map-like grid of regions,
/// and through each trafficking place.
extension ReportContext {
    /// Smallest change in hectares worth calling a move: below it, a country "barely changes".
    static func isMove(_ difference: Double, base: Double) -> Bool { abs(difference) >= max(10, abs(base) * 0.005) }

    func balloonSection() -> ReportSection {
        let id = "balloon"
        guard !alternatives.isEmpty else {
            return ReportSection(
                id: id, title: ReportSectionID.title(id),
                blocks: [
                    .note(
                        "This report has one scenario, so there is nothing to compare. Give a baseline and at least "
                            + "one alternative, e.g. `balloon report history plan-peru`, to see where cultivation "
                            + "and trafficking move.")
                ])
        }
        var blocks: [Block] = [
            .paragraph(
                "Pressing on coca in one place tends to push it somewhere else, like squeezing a balloon. These "
                    + "charts show each scenario minus \(baseline.title): bars below zero are coca or cocaine that "
                    + "is gone, bars above zero are where it went.")
        ]
        blocks.append(.figure(countryChangeFigure()))
        blocks.append(.figure(changeOverTimeFigure()))
        for (index, scenario) in alternatives.enumerated() {
            blocks.append(.figure(regionGridFigure(scenario, number: index + 1)))
            blocks.append(.figure(traffickingFigure(scenario, number: index + 1)))
        }
        return ReportSection(id: id, title: ReportSectionID.title(id), blocks: blocks)
    }

    /// Change in coca area by country in the focus year, one bar per alternative.
    func countryChangeFigure() -> Figure {
        let countries = PlaceNames.cocaCountries
        let chart = StackedBarChart(
            title: "Change in coca area by country compared with \(baseline.title), \(focusYear)",
            categories: alternatives.map(\.title),
            components: countries.map { country in
                .init(
                    name: country.name,
                    values: alternatives.map {
                        difference($0, { $0.line(Indicators.cocaArea, .country(country)) }, in: focusYear) ?? .nan
                    })
            },
            xAxis: Axis("Scenario"), yAxis: Axis("Change in coca area", unit: "ha"), width: 720, height: 380)
        let sentences = alternatives.compactMap(balloonSentence)
        return Figure(id: "fig-balloon-countries", svg: chart.svg(), caption: sentences.joined(separator: " "))
    }

    /// "Under Plan Peru, 36,200 fewer hectares of coca stand in Peru in 2035 than under History, but 21,500 more
    /// stand in Colombia and Bolivia: 59% of the cut reappears elsewhere (net change −14,700 ha)."
    func balloonSentence(_ scenario: ScenarioResult) -> String? {
        let moves = PlaceNames.cocaCountries.compactMap { country -> (name: String, change: Double)? in
            let line: (ScenarioResult) -> ScenarioLine? = { $0.line(Indicators.cocaArea, .country(country)) }
            guard let change = difference(scenario, line, in: focusYear),
                let base = line(baseline)?.value(in: focusYear), Self.isMove(change, base: base)
            else { return nil }
            return (country.name, change)
        }
        let cuts = moves.filter { $0.change < 0 }.sorted { $0.change < $1.change }
        let gains = moves.filter { $0.change > 0 }.sorted { $0.change > $1.change }
        let removed = -cuts.reduce(0) { $0 + $1.change }
        let added = gains.reduce(0) { $0 + $1.change }
        let net = added - removed
        let under = "Under \(scenario.title)"
        if cuts.isEmpty && gains.isEmpty {
            return "\(under), no country's coca area in \(focusYear) differs from \(baseline.title) by more than 0.5%."
        }
        if cuts.isEmpty {
            return "\(under), coca area in \(focusYear) is higher than under \(baseline.title) in "
                + Wording.list(gains.map { "\($0.name) (+\(Wording.number($0.change)) ha)" }) + " and lower nowhere."
        }
        let cutText = "\(Wording.number(removed)) fewer hectares of coca stand in \(Wording.list(cuts.map(\.name)))"
        guard !gains.isEmpty else {
            return "\(under), \(cutText) in \(focusYear) than under \(baseline.title), and no other country gains."
        }
        let share = added / removed
        let reappears =
            share >= 1
            ? "more than the whole cut reappears elsewhere"
            : "\(Wording.percent(share)) of the cut reappears elsewhere"
        return "\(under), \(cutText) in \(focusYear) than under \(baseline.title), but "
            + "\(Wording.number(added)) more stand in \(Wording.list(gains.map(\.name))): \(reappears) "
            + "(net change \(net < 0 ? "−" : "+")\(Wording.number(abs(net))) ha)."
    }

    /// Yearly change in coca area by country, one panel per alternative.
    func changeOverTimeFigure() -> Figure {
        let countries = PlaceNames.cocaCountries
        let panels = alternatives.map { scenario in
            SmallMultiples.Panel(
                title: scenario.title,
                series: countries.compactMap { country -> LineChart.Series? in
                    guard let base = baseline.line(Indicators.cocaArea, .country(country)),
                        let other = scenario.line(Indicators.cocaArea, .country(country)), base.years == other.years
                    else { return nil }
                    let gap = ScenarioLine(
                        years: base.years, values: zip(other.values, base.values).map(-), lower: nil, upper: nil)
                    return Self.series(name: country.name, line: gap)
                })
        }
        let chart = SmallMultiples(
            title: "Change in coca area compared with \(baseline.title), by country and year",
            panels: panels, columns: min(2, max(panels.count, 1)), xAxis: Self.yearAxis,
            yAxis: Axis("Change in coca area", unit: "ha"), sharedYScale: true, yIncludesZero: true, width: 720,
            panelHeight: 220)
        var peaks: [String] = []
        for scenario in alternatives {
            var largest: (country: String, year: Int, change: Double)?
            for country in countries {
                guard let base = baseline.line(Indicators.cocaArea, .country(country)),
                    let other = scenario.line(Indicators.cocaArea, .country(country))
                else { continue }
                for (index, year) in base.years.enumerated() where index < other.values.count {
                    let change = other.values[index] - base.values[index]
                    if change > (largest?.change ?? 0) { largest = (country.name, year, change) }
                }
            }
            if let largest, Self.isMove(largest.change, base: 0) {
                peaks.append(
                    "under \(scenario.title) the largest gain is \(Wording.number(largest.change)) ha in "
                        + "\(largest.country) in \(largest.year)")
            } else {
                peaks.append("under \(scenario.title) no country gains coca in any year")
            }
        }
        let caption = Wording.sentence(Wording.list(peaks)) + ", compared with \(baseline.title) in the same year."
        return Figure(id: "fig-balloon-over-time", svg: chart.svg(), caption: caption)
    }

    /// The map-like grid of regions coloured by their change in coca area; `number` makes the figure id unique.
    func regionGridFigure(_ scenario: ScenarioResult, number: Int) -> Figure {
        let regions = baseline.regions(of: Indicators.cocaArea)
        let cells = RegionLayout.cells(for: regions, table: RegionLayout.cells)
        let atlas = Atlas.standard
        var changes: [(name: String, change: Double)] = []
        let tiles = regions.map { region -> RegionGrid.Tile in
            let line: (ScenarioResult) -> ScenarioLine? = { $0.line(Indicators.cocaArea, .region(region)) }
            let change = difference(scenario, line, in: focusYear) ?? .nan
            let relative = relativeChange(scenario, line, in: focusYear)?.central
            if change.isFinite { changes.append((PlaceNames.name(.region(region), atlas: atlas), change)) }
            let country = atlas.regions.first { $0.id == region }?.country.name ?? String(region.prefix(2))
            let cell = cells[region] ?? (0, 0)
            // Whole hectares and whole percent (one decimal below 10%): the model is not more precise than that.
            let percent = relative.map { value -> Double in
                let scaled = value * 100
                return abs(scaled) < 10 ? (scaled * 10).rounded() / 10 : scaled.rounded()
            }
            return RegionGrid.Tile(
                name: RegionLayout.tileNames[region] ?? PlaceNames.name(.region(region), atlas: atlas), group: country,
                row: cell.row, column: cell.column, value: change.rounded(), change: percent)
        }
        let grid = RegionGrid(
            title: "Where coca moved under \(scenario.title): change by region vs \(baseline.title), \(focusYear)",
            tiles: tiles, valueAxis: Axis("Change in coca area", unit: "ha"), changeUnit: "%",
            colorRadius: regionColorRadius(), width: 720, height: 580)
        let falls = changes.filter { $0.change < 0 }.sorted { $0.change < $1.change }.prefix(2)
        let rises = changes.filter { $0.change > 0 }.sorted { $0.change > $1.change }.prefix(2)
        func describe(_ items: ArraySlice<(name: String, change: Double)>) -> String {
            Wording.list(items.map { "\($0.name) (\($0.change < 0 ? "−" : "+")\(Wording.number(abs($0.change))) ha)" })
        }
        var parts: [String] = []
        if !falls.isEmpty { parts.append("the largest falls are in \(describe(falls))") }
        if !rises.isEmpty { parts.append("the largest rises in \(describe(rises))") }
        let caption =
            parts.isEmpty
            ? "Under \(scenario.title), no region's coca area differs from \(baseline.title) in \(focusYear)."
            : "Under \(scenario.title) in \(focusYear), " + parts.joined(separator: " and ")
                + "; each tile gives the change in hectares and in percent of the region's area under \(baseline.title), "
                + "on one colour scale for all scenarios."
        return Figure(id: "fig-regions-\(number)", svg: grid.svg(), caption: caption)
    }

    /// One colour scale for every scenario's grid, at least ±100 ha: a scenario that moves a few hectares must
    /// not look as red and blue as one that moves thousands.
    func regionColorRadius() -> Double {
        var largest = 100.0
        for scenario in alternatives {
            for region in baseline.regions(of: Indicators.cocaArea) {
                let change = difference(scenario, { $0.line(Indicators.cocaArea, .region(region)) }, in: focusYear) ?? 0
                if change.isFinite { largest = max(largest, abs(change)) }
            }
        }
        // Round up to 1, 2, 2.5 or 5 times a power of ten so the scale's ticks are round numbers.
        let power = pow(10, floor(log10(largest)))
        let step = [1, 2, 2.5, 5, 10].first { $0 * power >= largest } ?? 10
        return step * power
    }

    /// Change in cocaine passing through each producing and transit place; `number` makes the figure id unique.
    func traffickingFigure(_ scenario: ScenarioResult, number: Int) -> Figure {
        let markets = Set(Market.allCases.map(Place.market))
        let places = baseline.places(of: Indicators.traffickingFlow) { !markets.contains($0) }
        let changes = places.map { place in
            (
                name: PlaceNames.name(place),
                change: difference(scenario, { $0.line(Indicators.traffickingFlow, place) }, in: focusYear) ?? .nan
            )
        }
        let chart = StackedBarChart(
            title: "Where trafficking moved under \(scenario.title): cocaine passing through each place "
                + "compared with \(baseline.title), \(focusYear)",
            categories: changes.map(\.name),
            components: [
                .init(name: "Less cocaine than \(baseline.title)", values: changes.map { min($0.change, 0) }),
                .init(name: "More cocaine than \(baseline.title)", values: changes.map { max($0.change, 0) }),
            ],
            xAxis: Axis("Country or transit zone"), yAxis: Axis("Change in flow", unit: "t"),
            width: 720, height: 300)
        let moved = changes.filter { $0.change.isFinite && abs($0.change) >= 0.5 }
        let falls = moved.filter { $0.change < 0 }.sorted { $0.change < $1.change }.prefix(2)
        let rises = moved.filter { $0.change > 0 }.sorted { $0.change > $1.change }.prefix(2)
        var parts: [String] = []
        if !falls.isEmpty {
            parts.append(
                Wording.list(
                    falls.map { "\(Wording.number(-$0.change)) t less passes through \(Wording.place($0.name))" }))
        }
        if !rises.isEmpty {
            parts.append(
                Wording.list(rises.map { "\(Wording.number($0.change)) t more through \(Wording.place($0.name))" }))
        }
        let caption =
            parts.isEmpty
            ? "Under \(scenario.title), trafficking through every place in \(focusYear) is within half a tonne of "
                + "\(baseline.title)."
            : "Under \(scenario.title) in \(focusYear), compared with \(baseline.title), "
                + parts.joined(separator: ", while ") + "."
        return Figure(id: "fig-trafficking-\(number)", svg: chart.svg(), caption: caption)
    }
}
