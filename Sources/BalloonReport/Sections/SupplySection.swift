import BalloonCharts
import BalloonModel

/// Cocaine production, seizures and what reaches each consumer market.
extension ReportContext {
    func supplySection() -> ReportSection {
        let producers: [Country] = [.colombia, .peru, .bolivia]
        let production = multiples(
            title: "Cocaine production by country and worldwide",
            panels: producers.map { country in
                (
                    country.name, { $0.line(Indicators.cocaineProduction, country.code) },
                    observed(Indicators.cocaineProduction, country.code)
                )
            } + [
                (
                    "All producers", { $0.line(Indicators.cocaineProduction, "WORLD") },
                    observed(Indicators.cocaineProduction, "WORLD")
                )
            ],
            yAxis: Axis("Cocaine produced", unit: "t per year"), shared: false)
        let productionCaption = caption(
            "cocaine production",
            subjects(Indicators.cocaineProduction, producers.map(\.code)) + [
                ("the world", { $0.line(Indicators.cocaineProduction, "WORLD") })
            ],
            unit: "t")

        let seizures = lineChart(
            title: "Cocaine seized worldwide", line: { $0.line(Indicators.seizures, "WORLD") },
            yAxis: Axis("Seizures", unit: "t per year"), observed: observed(Indicators.seizures, "WORLD"))

        let markets = Market.allCases
        let arrivals = multiples(
            title: "Cocaine reaching each consumer market",
            panels: markets.map { market in (market.name, { $0.line(Indicators.arrivals, market.code) }, nil) },
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
            "the amount of cocaine seized worldwide", [("", { $0.line(Indicators.seizures, "WORLD") })], unit: "t")
        if let seized = baseline.value(Indicators.seizures, "WORLD", in: focusYear),
            let produced = baseline.value(Indicators.cocaineProduction, "WORLD", in: focusYear), produced > 0
        {
            sentence.removeLast()
            sentence +=
                "; under \(baseline.title) \(Wording.percent(seized / produced)) of the year's production is seized."
        }
        return sentence
    }

    /// How much cocaine reaches each market compared with the baseline.
    func marketCaption() -> String {
        caption("cocaine supply", subjects(Indicators.arrivals, Market.allCases.map(\.code)), unit: "t")
    }
}
