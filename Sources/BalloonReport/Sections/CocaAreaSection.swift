import BalloonCharts
import BalloonModel
import Foundation

/// Coca area by country over time, with the survey history and bands.
extension ReportContext {
    func cocaAreaSection() -> ReportSection {
        let countries = PlaceNames.cocaCountries
        let chart = multiples(
            title: "Coca area by country, \(years.first ?? 0)–\(years.last ?? 0)",
            panels: countryPanels(Indicators.cocaArea, countries),
            yAxis: Axis("Coca area", unit: "ha"), shared: false)
        var blocks: [Block] = [
            .paragraph(
                "Coca area is the net area standing at the end of each year (illicit plus legal coca), as the UNODC "
                    + "surveys measure it. Each panel has its own scale: Ecuador has almost no coca."),
            .figure(Figure(id: "fig-coca-area", svg: chart.svg(), caption: cocaAreaCaption())),
        ]
        if let fit = historyFitSentence() { blocks.append(.paragraph(fit)) }
        return ReportSection(id: "coca-area", title: ReportSectionID.title("coca-area"), blocks: blocks)
    }

    /// The comparison by country, or the baseline's trend when there is nothing to compare.
    func cocaAreaCaption() -> String {
        caption(
            "coca area", subjects(Indicators.cocaArea, PlaceNames.cocaCountries.prefix(3).map(Place.country)),
            unit: "ha")
    }

    /// How far the baseline run is from the observed surveys, country by country (median absolute % gap).
    func historyFitSentence() -> String? {
        var parts: [String] = []
        var sources: Set<String> = []
        var spans: [Int] = []
        for country in PlaceNames.cocaCountries.prefix(3) {
            guard let observed = input.observed.series(Indicators.cocaArea, .country(country)),
                let line = baseline.line(Indicators.cocaArea, .country(country))
            else { continue }
            let gaps = observed.values.compactMap { year, value -> Double? in
                guard let model = line.value(in: year), value > 0 else { return nil }
                spans.append(year)
                return abs(model / value - 1)
            }
            guard !gaps.isEmpty else { continue }
            let sorted = gaps.sorted()
            let median =
                sorted.count % 2 == 1
                ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
            parts.append("\(Wording.percent(median)) for \(country.name)")
            sources.insert(observed.source)
        }
        guard !parts.isEmpty, let first = spans.min(), let last = spans.max() else { return nil }
        return "Against the observed surveys (\(sources.sorted().joined(separator: "; "))), \(first)–\(last), "
            + "\(baseline.title) is off by a median of " + Wording.list(parts)
            + " per year: read the model's levels as rough and its differences between scenarios as the result."
    }
}
