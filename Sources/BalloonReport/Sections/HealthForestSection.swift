import BalloonCharts
import BalloonModel

/// Exposure to spraying, displacement, treatment and forest cleared for coca.
extension ReportContext {
    /// The indicators shown, summed over the coca countries or the markets.
    static let healthForestPanels: [(title: String, indicator: String, places: [String], unit: String)] = [
        ("Forest cleared for coca (ha)", "forest_cleared_ha", countryCodes, "ha"),
        ("Herbicide sprayed (litres)", "herbicide_litres", countryCodes, "litres"),
        ("Households in sprayed areas", "households_in_sprayed_areas", countryCodes, "households"),
        ("Households leaving after eradication", "displaced_households", countryCodes, "households"),
        ("Treatment episodes, all markets", "treatment_episodes", Market.allCases.map(\.code), "episodes"),
        ("Heavy users, all markets (people)", "heavy_users", Market.allCases.map(\.code), "people"),
    ]

    func healthForestSection() -> ReportSection {
        let chart = multiples(
            title: "Health and forest: exposure, displacement, treatment and deforestation per year",
            panels: Self.healthForestPanels.map { panel in
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
                .figure(Figure(id: "fig-health-forest", svg: chart.svg(), caption: healthForestCaption())),
                .table(healthForestTable()),
            ])
    }

    func healthForestCaption() -> String {
        let forest: (ScenarioResult) -> ScenarioLine? = { $0.summed("forest_cleared_ha", Self.countryCodes) }
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
        return "Over \(span), \(Wording.quantity(base, "ha")) of forest are cleared for coca under \(baseline.title)"
            + (parts.isEmpty ? "" : " and " + Wording.list(parts)) + "."
    }

    /// Totals over the accounting years, one column per scenario.
    func healthForestTable() -> Table {
        Table(
            id: "table-health-forest", caption: "Totals over \(Self.span(accountingYears))",
            header: ["Indicator"] + scenarios.map(\.title),
            rows: Self.healthForestPanels.filter { $0.indicator != "heavy_users" }.map { panel in
                [.text(panel.title)]
                    + scenarios.map { scenario in
                        .number(total(scenario.summed(panel.indicator, panel.places), over: accountingYears).map(Wording.number) ?? "–")
                    }
            })
    }
}
