import BalloonCharts
import BalloonModel

/// Cocaine production, seizures and what reaches each consumer market.
extension ReportContext {
    func supplySection() -> ReportSection {
        let producers: [Country] = [.colombia, .peru, .bolivia]
        let production = multiples(
            title: "Cocaine production by country and worldwide",
            panels: countryPanels(Indicators.cocaineProduction, producers) + [
                (
                    "All producers", { $0.line(Indicators.cocaineProduction, .world) },
                    observed(Indicators.cocaineProduction, .world)
                )
            ],
            yAxis: Axis("Cocaine produced", unit: "t per year"), shared: false)
        let productionCaption = caption(
            "cocaine production",
            subjects(Indicators.cocaineProduction, producers.map(Place.country)) + [
                ("the world", { $0.line(Indicators.cocaineProduction, .world) })
            ],
            unit: "t")

        let seizures = lineChart(
            title: "Cocaine seized worldwide", line: { $0.line(Indicators.seizures, .world) },
            yAxis: Axis("Seizures", unit: "t per year"), observed: observed(Indicators.seizures, .world))

        let markets = Market.allCases
        let arrivals = multiples(
            title: "Cocaine reaching each consumer market",
            panels: markets.map { market in (market.name, { $0.line(Indicators.arrivals, .market(market)) }, nil) },
            yAxis: Axis("Cocaine arriving", unit: "t pure per year"), shared: false)

        return ReportSection(
            id: "supply", title: ReportSectionID.title("supply"),
            blocks: [
                .paragraph(
                    "Production is potential pure cocaine from the coca harvested. Seizures are everything taken "
                        + "along the way, from the labs to the consumer markets. What is left reaches the markets; "
                        + "all figures are tonnes per year."),
                .figure(Figure(id: "fig-production", svg: production.svg(), caption: productionCaption)),
                .figure(Figure(id: "fig-seizures", svg: seizures.svg(), caption: seizureCaption())),
                .figure(Figure(id: "fig-arrivals", svg: arrivals.svg(), caption: marketCaption())),
            ])
    }

    /// Seizures compared, plus the share of production they represent under the baseline.
    func seizureCaption() -> String {
        var sentence = caption(
            "the amount of cocaine seized worldwide", [("", { $0.line(Indicators.seizures, .world) })], unit: "t")
        if let seized = baseline.value(Indicators.seizures, .world, in: focusYear),
            let produced = baseline.value(Indicators.cocaineProduction, .world, in: focusYear), produced > 0
        {
            sentence.removeLast()
            sentence +=
                "; under \(baseline.title) \(Wording.percent(seized / produced)) of the year's production is seized."
        }
        return sentence
    }

    /// How much cocaine reaches each market compared with the baseline.
    func marketCaption() -> String {
        caption("cocaine supply", subjects(Indicators.arrivals, Market.allCases.map(Place.market)), unit: "t")
    }
}
