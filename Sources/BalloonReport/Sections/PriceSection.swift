import BalloonCharts
import BalloonModel

/// The price ladder from coca leaf to a retail gram, and retail prices and purity over time.
extension ReportContext {
    /// One step of the ladder for a market, in US$ per pure gram: what each stage adds.
    struct Ladder {
        var leaf: Double
        var source: Double
        var wholesale: Double
        var retail: Double
    }

    /// The ladder for cocaine from `country` sold in `market` in `year`; nil when a price is missing.
    ///
    /// The leaf's value per gram of cocaine is the leaf price times the leaf used per kilogram produced,
    /// read from the run's own leaf and cocaine production, so it follows the model's yields.
    func ladder(_ scenario: ScenarioResult, country: Country, market: Market, year: Int) -> Ladder? {
        guard let leafPrice = scenario.value(Indicators.leafPrice, .country(country), in: year),
            let leafTonnes = scenario.value(Indicators.leafProduction, .country(country), in: year),
            let cocaineTonnes = scenario.value(Indicators.cocaineProduction, .country(country), in: year),
            cocaineTonnes > 0,
            let source = scenario.value(Indicators.sourcePrice, .country(country), in: year),
            let wholesale = scenario.value(Indicators.wholesalePrice, .market(market), in: year),
            let retail = scenario.value(Indicators.retailPrice, .market(market), in: year)
        else { return nil }
        return Ladder(
            leaf: leafPrice * leafTonnes / cocaineTonnes / 1_000, source: source / 1_000,
            wholesale: wholesale / 1_000, retail: retail)
    }

    func priceSection() -> ReportSection {
        let markets = Market.allCases
        let retail = multiples(
            title: "Retail price of a pure gram of cocaine, by market",
            panels: markets.map { market in
                (market.name, { $0.line(Indicators.retailPrice, .market(market)) }, nil)
            },
            yAxis: Axis("Retail price", unit: "US$ per pure gram"), shared: false)
        let purity = multiples(
            title: "Retail purity, by market",
            panels: markets.map { market in
                (market.name, { $0.line(Indicators.purity, .market(market))?.scaled(100) }, nil)
            },
            yAxis: Axis("Purity", unit: "% pure"), shared: false)
        let growers: [Country] = [.colombia, .peru, .bolivia]
        let leaf = multiples(
            title: "Farm-gate price of coca leaf, by country",
            panels: growers.map { country in (country.name, { $0.line(Indicators.leafPrice, .country(country)) }, nil)
            },
            yAxis: Axis("Leaf price", unit: "US$/kg"), shared: false, columns: 3, panelHeight: 220)
        return ReportSection(
            id: "prices", title: ReportSectionID.title("prices"),
            blocks: [
                .paragraph(
                    "Prices rise at every step from the coca field to the street. The ladder below splits the "
                        + "retail price of one pure gram into what each step adds, for cocaine from Colombia, the "
                        + "main supplier of both the United States and Europe. Retail prices are per pure gram, so "
                        + "they do not fall just because dealers cut the drug more."),
                .figure(ladderFigure()),
                .table(ladderTable()),
                .figure(Figure(id: "fig-retail-price", svg: retail.svg(), caption: retailPriceCaption())),
                .figure(
                    Figure(
                        id: "fig-purity", svg: purity.svg(),
                        caption: caption(
                            "retail purity", subjects(Indicators.purity, markets.map(Place.market), scale: 100),
                            unit: "%",
                            inPoints: true))),
                .figure(
                    Figure(
                        id: "fig-leaf-price", svg: leaf.svg(),
                        caption: caption(
                            "farm-gate leaf price", subjects(Indicators.leafPrice, growers.map(Place.country)),
                            unit: "US$/kg"))),
            ])
    }

    func retailPriceCaption() -> String {
        caption(
            "retail price per pure gram",
            subjects(Indicators.retailPrice, [.market(.unitedStates), .market(.europe)]),
            unit: "US$")
    }

    /// Stacked bars: what leaf, source, trafficking and retail add to a pure gram, per market and scenario.
    func ladderFigure() -> Figure {
        let markets: [Market] = [.unitedStates, .europe]
        var categories: [String] = []
        var steps: [[Double]] = [[], [], [], []]
        for market in markets {
            for scenario in scenarios {
                categories.append("\(market == .unitedStates ? "US" : "Europe"): \(scenario.title)")
                guard let step = ladder(scenario, country: .colombia, market: market, year: focusYear) else {
                    for index in steps.indices { steps[index].append(.nan) }
                    continue
                }
                steps[0].append(step.leaf)
                steps[1].append(step.source - step.leaf)
                steps[2].append(step.wholesale - step.source)
                steps[3].append(step.retail - step.wholesale)
            }
        }
        let chart = StackedBarChart(
            title: "The price ladder in \(focusYear): what each step adds to a pure gram of Colombian cocaine",
            categories: categories,
            components: [
                .init(name: "Coca leaf (paid to farmers)", values: steps[0]),
                .init(name: "Processing and sale at source", values: steps[1]),
                .init(name: "Trafficking to wholesale", values: steps[2]),
                .init(name: "Retail distribution", values: steps[3]),
            ],
            xAxis: Axis("Market and scenario"), yAxis: Axis("Price", unit: "US$ per pure gram"), width: 720,
            height: 400)
        return Figure(id: "fig-price-ladder", svg: chart.svg(), caption: ladderCaption())
    }

    func ladderCaption() -> String {
        guard let step = ladder(baseline, country: .colombia, market: .unitedStates, year: focusYear) else {
            return "The model reports no complete price ladder for \(focusYear)."
        }
        var sentence =
            "In \(focusYear) under \(baseline.title), a pure gram that sells for \(Wording.money(step.retail)) on "
            + "US streets costs \(Wording.money(step.wholesale)) wholesale and \(Wording.money(step.source)) at the "
            + "source in Colombia, and the coca leaf in it earns farmers \(Wording.money(step.leaf)) "
            + "(\(Wording.percent(step.leaf / step.retail)) of the retail price)"
        let changes = alternatives.compactMap { scenario -> String? in
            guard
                let change = relativeChange(
                    scenario, { $0.line(Indicators.retailPrice, .market(.unitedStates)) }, in: focusYear)
            else { return nil }
            return
                "under \(scenario.title) the US retail price \(Wording.comparison(change.central, band: change.band))"
        }
        if !changes.isEmpty { sentence += "; " + Wording.list(changes) }
        if (step.source) / step.retail < 0.02 {
            sentence += " (the leaf and source steps are too thin to see at this scale)"
        }
        return sentence + "."
    }

    /// The ladder's prices in the focus year, one column per scenario.
    func ladderTable() -> Table {
        let rows: [(String, Indicator, Place, Double)] = [
            ("Coca leaf at the farm, Peru (US$/kg dry leaf)", Indicators.leafPrice, .country(.peru), 1),
            ("Coca leaf at the farm, Bolivia (US$/kg dry leaf)", Indicators.leafPrice, .country(.bolivia), 1),
            ("Coca leaf at the farm, Colombia (US$/kg fresh leaf)", Indicators.leafPrice, .country(.colombia), 1),
            ("Cocaine at the source, Colombia (US$/kg)", Indicators.sourcePrice, .country(.colombia), 1),
            ("Cocaine at the source, Peru (US$/kg)", Indicators.sourcePrice, .country(.peru), 1),
            ("Cocaine at the source, Bolivia (US$/kg)", Indicators.sourcePrice, .country(.bolivia), 1),
            ("Wholesale, United States (US$/kg pure)", Indicators.wholesalePrice, .market(.unitedStates), 1),
            ("Wholesale, Europe (US$/kg pure)", Indicators.wholesalePrice, .market(.europe), 1),
            ("Retail, United States (US$ per pure gram)", Indicators.retailPrice, .market(.unitedStates), 1),
            ("Retail, Europe (US$ per pure gram)", Indicators.retailPrice, .market(.europe), 1),
            ("Retail purity, United States (%)", Indicators.purity, .market(.unitedStates), 100),
            ("Retail purity, Europe (%)", Indicators.purity, .market(.europe), 100),
        ]
        return Table(
            id: "table-price-ladder",
            caption: "Prices along the chain in \(focusYear) (yearly means, constant 2015 US$)",
            header: ["Stage"] + scenarios.map(\.title),
            rows: rows.map { label, indicator, place, scale in
                [.text(label)]
                    + scenarios.map { scenario in
                        .number(
                            scenario.value(indicator, place, in: focusYear).map { Wording.number($0 * scale) } ?? "–")
                    }
            })
    }
}
