import BalloonCharts
import BalloonModel
import Foundation

/// Exposure to spraying, displacement, treatment and forest cleared for coca.
extension ReportContext {
    /// The indicators shown, summed over the coca countries or the markets.
    static let healthForestPanels: [(title: String, indicator: Indicator, places: [Place], unit: String)] = [
        ("Forest cleared for coca (ha)", Indicators.forestCleared, cocaCountryPlaces, "ha"),
        ("Herbicide sprayed (litres)", Indicators.herbicide, cocaCountryPlaces, "litres"),
        ("Households in sprayed areas", Indicators.householdsSprayed, cocaCountryPlaces, "households"),
        ("Households leaving after eradication", Indicators.displacedHouseholds, cocaCountryPlaces, "households"),
        (
            "Treatment episodes, all markets", Indicators.treatmentEpisodes, Market.allCases.map(Place.market),
            "episodes"
        ),
        ("Heavy users, all markets (people)", Indicators.heavyUsers, Market.allCases.map(Place.market), "people"),
    ]

    /// Panels with something to show: a panel that is zero in every scenario and year is left out and named in
    /// the caption instead (an empty plot reads as a bug).
    func healthForestPanelsShown() -> (
        shown: [(title: String, indicator: Indicator, places: [Place], unit: String)], empty: [String]
    ) {
        var shown: [(title: String, indicator: Indicator, places: [Place], unit: String)] = []
        var empty: [String] = []
        for panel in Self.healthForestPanels {
            let hasData = scenarios.contains { scenario in
                scenario.summed(panel.indicator, panel.places)?.values.contains { $0 != 0 && $0.isFinite } ?? false
            }
            if hasData { shown.append(panel) } else { empty.append(panel.title) }
        }
        return (shown, empty)
    }

    func healthForestSection() -> ReportSection {
        let panels = healthForestPanelsShown()
        let chart = multiples(
            title: "Health and forest: exposure, displacement, treatment and deforestation per year",
            panels: panels.shown.map { panel in
                (panel.title, { $0.summed(panel.indicator, panel.places) }, nil)
            },
            yAxis: Axis("Amount per year", unit: "unit in each panel title"), shared: false, columns: 2,
            panelHeight: 180)
        return ReportSection(
            id: "health-forest", title: ReportSectionID.title("health-forest"),
            blocks: [
                .paragraph(
                    "The model counts exposure, not illness: how much herbicide is sprayed, how many households "
                        + "live where it falls, how many leave after their coca is destroyed, and how many "
                        + "treatment episodes users receive. The literature gives no reliable dose–response for "
                        + "health outcomes, so none is invented. Forest cleared is the forest felled for new and "
                        + "displaced coca fields."),
                .figure(
                    Figure(id: "fig-health-forest", svg: chart.svg(), caption: healthForestCaption(empty: panels.empty))
                ),
                .table(healthForestTable()),
            ])
    }

    func healthForestCaption(empty: [String] = []) -> String {
        let forest: (ScenarioResult) -> ScenarioLine? = { $0.summed(Indicators.forestCleared, Self.cocaCountryPlaces) }
        let span = Self.span(accountingYears)
        guard let base = total(forest(baseline), over: accountingYears) else {
            return "The model reports no forest clearing."
        }
        let parts = alternatives.compactMap { scenario -> String? in
            guard let value = total(forest(scenario), over: accountingYears),
                let change = Wording.relative(value, to: base)
            else { return nil }
            return "\(Wording.quantity(value, "ha")) under \(scenario.title) (\(Wording.signedPercent(change)))"
        }
        let missing =
            empty.isEmpty
            ? ""
            : "; not drawn because zero in every scenario: "
                + Wording.list(
                    empty.map { title in
                        // "Treatment episodes, all markets" → "treatment episodes": the qualifier is for the panel.
                        String(title.prefix { $0 != "," && $0 != "(" }).trimmingCharacters(in: .whitespaces)
                            .lowercased()
                    })
        return "Over \(span), \(Wording.quantity(base, "ha")) of forest are cleared for coca under \(baseline.title)"
            + (parts.isEmpty ? "" : " and " + Wording.list(parts)) + missing + "."
    }

    /// Totals over the accounting years, one column per scenario.
    func healthForestTable() -> Table {
        Table(
            id: "table-health-forest", caption: "Totals over \(Self.span(accountingYears))",
            header: ["Indicator"] + scenarios.map(\.title),
            rows: Self.healthForestPanels.filter { $0.indicator != Indicators.heavyUsers }.map { panel in
                [.text(panel.title)]
                    + scenarios.map { scenario in
                        .number(
                            total(scenario.summed(panel.indicator, panel.places), over: accountingYears).map(
                                Wording.number) ?? "–")
                    }
            })
    }
}
