import BalloonCharts
import BalloonModel
import Foundation

/// Spending by instrument and payer, and what the money bought.
extension ReportContext {
    /// Totals over the accounting years of the spending booked to one payer at one site (`.spending(site,
    /// instrument, payer)`), grouped by `key` (the instrument or the payer).
    func spendingTotals<Key: Hashable>(_ scenario: ScenarioResult, by key: (Instrument, Payer) -> Key) -> [Key: Double]
    {
        var totals: [Key: Double] = [:]
        for case .spending(let site, let instrument, let payer?) in scenario.places(of: Indicators.spending) {
            let place = Place.spending(site, instrument, payer)
            totals[key(instrument, payer), default: 0] +=
                total(scenario.line(Indicators.spending, place), over: accountingYears) ?? 0
        }
        return totals
    }

    /// One stacked bar per scenario of its spending split into `parts` (instruments or payers), in US$ million;
    /// parts no scenario spends on are left out.
    func spendingChart<Part: Hashable>(
        _ title: String, totals: [[Part: Double]], parts: [Part], name: (Part) -> String, height: Double
    ) -> StackedBarChart {
        let used = parts.filter { part in totals.contains { ($0[part] ?? 0) != 0 } }
        return StackedBarChart(
            title: title, categories: scenarios.map(\.title),
            components: used.map { part in .init(name: name(part), values: totals.map { ($0[part] ?? 0) / 1e6 }) },
            xAxis: Axis("Scenario"), yAxis: Axis("Spending", unit: "US$ million"), width: 720, height: height)
    }

    /// Operating cost and overhead over the accounting years.
    func costSplit(_ scenario: ScenarioResult) -> (operating: Double, overhead: Double) {
        func sum(_ indicator: Indicator) -> Double {
            scenario.places(of: indicator).reduce(0) {
                $0 + (total(scenario.line(indicator, $1), over: accountingYears) ?? 0)
            }
        }
        return (sum(Indicators.operatingCost), sum(Indicators.overheadCost))
    }

    func spendingSection() -> ReportSection {
        let span = Self.span(accountingYears)
        let byInstrument = scenarios.map { spendingTotals($0) { instrument, _ in instrument } }
        let instrumentChart = spendingChart(
            "Spending by instrument, \(span) total (constant 2015 US$)", totals: byInstrument,
            parts: Instrument.allCases, name: PlaceNames.instrument, height: 420)
        let byPayer = scenarios.map { spendingTotals($0) { _, payer in payer } }
        let payerChart = spendingChart(
            "Spending by who pays, \(span) total (constant 2015 US$)", totals: byPayer, parts: Payer.allCases,
            name: PlaceNames.payer, height: 360)
        let splits = scenarios.map(costSplit)
        let splitChart = StackedBarChart(
            title: "Where the money went: operating cost and overhead, \(span) total",
            categories: scenarios.map(\.title),
            components: [
                .init(name: "Operating cost", values: splits.map { $0.operating / 1e6 }),
                .init(name: "Overhead", values: splits.map { $0.overhead / 1e6 }),
            ],
            xAxis: Axis("Scenario"), yAxis: Axis("Spending", unit: "US$ million"), width: 720,
            height: 360)
        let yearly = lineChart(
            title: "Total counter-drug spending per year (constant 2015 US$)",
            line: { $0.line(Indicators.spending, .total)?.scaled(1e-6) },
            yAxis: Axis("Spending", unit: "US$ million per year"))

        var blocks: [Block] = [
            .paragraph(
                "Money is in constant US dollars of 2015. Totals are summed over \(span)"
                    + (policyWindow == nil
                        ? ", the whole run." : ", the years in which the scenarios' policies differ.")
                    + " Operating cost is what directly does the job; the rest is overhead" + sprayingExample() + "."),
            .figure(
                Figure(
                    id: "fig-spending-instrument", svg: instrumentChart.svg(), caption: instrumentCaption(byInstrument))
            ),
            .figure(Figure(id: "fig-spending-payer", svg: payerChart.svg(), caption: payerCaption(byPayer))),
            .figure(Figure(id: "fig-spending-year", svg: yearly.svg(), caption: yearlySpendingCaption())),
            .figure(Figure(id: "fig-money-split", svg: splitChart.svg(), caption: splitCaption(splits))),
            .table(moneyTable(splits)),
        ]
        if !alternatives.isEmpty {
            blocks.append(
                .paragraph(
                    "Cost per net hectare removed is the extra spending over \(baseline.title) divided by the coca "
                        + "area it kept out of the ground, summed year by year over \(span) across all four countries "
                        + "(a hectare absent for one year counts once), so coca that moves to another country cancels "
                        + "out. Cost per kilogram kept from consumers divides the same money by the fall in "
                        + "consumption in all markets over the same years. \"Not meaningful\" means the scenario did "
                        + "not reduce the area or the consumption at all."))
        }
        return ReportSection(id: "spending", title: ReportSectionID.title("spending"), blocks: blocks)
    }

    /// ": for spraying, the planes and chemicals are US$70 of the US$2,400 a hectare costs", from the parameters.
    func sprayingExample() -> String {
        guard let operating = ParameterCatalog.descriptor(named: "spray_operating_per_ha")?.value(in: input.parameters),
            let full = ParameterCatalog.descriptor(named: "spray_cost_per_ha")?.value(in: input.parameters), full > 0
        else { return "" }
        return " (for aerial spraying, the planes and chemicals are \(Wording.money(operating)) of the "
            + "\(Wording.money(full)) a hectare costs)"
    }

    func instrumentCaption(_ totals: [[Instrument: Double]]) -> String {
        let parts = zip(scenarios, totals).map { scenario, byInstrument -> String in
            let sum = byInstrument.values.reduce(0, +)
            guard sum > 0, let top = byInstrument.max(by: { $0.value < $1.value }) else {
                return "\(scenario.title) spends nothing"
            }
            return "\(scenario.title) spends \(Wording.money(sum)) (\(Wording.percent(top.value / sum)) of it on "
                + PlaceNames.instrument(top.key).lowercased() + ")"
        }
        return "Over \(Self.span(accountingYears)), " + parts.joined(separator: "; ") + "."
    }

    func payerCaption(_ totals: [[Payer: Double]]) -> String {
        let parts = zip(scenarios, totals).compactMap { scenario, byPayer -> String? in
            let sum = byPayer.values.reduce(0, +)
            guard sum > 0 else { return nil }
            let us = byPayer[.unitedStates] ?? 0
            return "\(Wording.percent(us / sum)) under \(scenario.title)"
        }
        guard var first = parts.first else { return "No scenario spends anything over \(Self.span(accountingYears))." }
        first = first.replacingOccurrences(
            of: " under ", with: " of all spending over \(Self.span(accountingYears)) under ")
        return "The United States pays " + Wording.list([first] + parts.dropFirst()) + "."
    }

    func yearlySpendingCaption() -> String {
        let line: (ScenarioResult) -> ScenarioLine? = { $0.line(Indicators.spending, .total) }
        let parts = alternatives.compactMap { scenario -> String? in
            guard let extra = total(line(scenario), over: accountingYears),
                let base = total(line(baseline), over: accountingYears)
            else { return nil }
            let perYear = (extra - base) / Double(accountingYears.count)
            return "\(scenario.title) spends \(Wording.money(abs(perYear))) a year \(perYear >= 0 ? "more" : "less")"
        }
        guard !parts.isEmpty else {
            let sum = total(line(baseline), over: accountingYears) ?? 0
            return "\(baseline.title) spends \(Wording.money(sum / Double(accountingYears.count))) a year on average "
                + "over \(Self.span(accountingYears))."
        }
        return "Over \(Self.span(accountingYears)), " + Wording.list(parts) + " than \(baseline.title) on average."
    }

    func splitCaption(_ splits: [(operating: Double, overhead: Double)]) -> String {
        let parts = zip(scenarios, splits).compactMap { scenario, split -> String? in
            let sum = split.operating + split.overhead
            guard sum > 0 else { return nil }
            return "\(Wording.percent(split.overhead / sum)) under \(scenario.title)"
        }
        guard !parts.isEmpty else { return "No scenario records operating or overhead costs." }
        var wording = parts
        wording[0] = wording[0].replacingOccurrences(of: " under ", with: " of the money under ")
        return "Overhead takes " + Wording.list(wording) + "; the rest pays for the operations themselves."
    }

    /// Operating cost, overhead and the two cost-effectiveness ratios, one column per scenario (a row per
    /// scenario would need nine columns, too wide for a printed page).
    func moneyTable(_ splits: [(operating: Double, overhead: Double)]) -> Table {
        let values = alternatives.map(costEffectiveness)
        func row(_ label: String, baseline: String, _ cell: (CostEffectiveness) -> String) -> [Table.Cell] {
            [.text(label), .number(baseline)] + values.map { .number($0.map(cell) ?? "n/a") }
        }
        let totals = splits.map { $0.operating + $0.overhead }
        return Table(
            id: "table-money", caption: "Where the money went, \(Self.span(accountingYears)) (constant 2015 US$)",
            header: ["Measure"] + scenarios.map(\.title),
            rows: [
                [.text("Total spending")] + totals.map { .number(Wording.money($0)) },
                [.text("Operating cost")] + splits.map { .number(Wording.money($0.operating)) },
                [.text("Overhead")] + splits.map { .number(Wording.money($0.overhead)) },
                [.text("Overhead share")]
                    + zip(splits, totals).map { .number($1 > 0 ? Wording.percent($0.overhead / $1) : "–") },
                row("Extra spending compared with \(baseline.title)", baseline: "–") {
                    Wording.money($0.extraSpendingUSD)
                },
                row("Net coca removed (hectare-years)", baseline: "–") { Wording.number($0.hectareYearsRemoved) },
                row("Cost per net hectare removed", baseline: "–") { $0.costPerHectare.text },
                row("Cocaine kept from consumers (kg)", baseline: "–") {
                    Wording.number($0.kilogramsKeptFromConsumers)
                },
                row("Cost per kg kept from consumers", baseline: "–") { $0.costPerKilogram.text },
            ])
    }

    /// One sentence on cost-effectiveness for the key findings.
    func costSentence() -> String? {
        let parts = alternatives.compactMap { scenario -> String? in
            guard let value = costEffectiveness(scenario) else { return nil }
            let hectare: String
            switch value.costPerHectare {
            case .usd(let usd): hectare = "\(Wording.money(usd)) per net hectare of coca removed for a year"
            case .notMeaningful: hectare = "no net reduction in coca area to show for it"
            case .noExtraCost: hectare = "a net reduction in coca area at no extra cost"
            }
            let kilogram: String
            switch value.costPerKilogram {
            case .usd(let usd): kilogram = "\(Wording.money(usd)) per kilogram kept from consumers"
            case .notMeaningful: kilogram = "no cocaine kept from consumers"
            case .noExtraCost: kilogram = "less cocaine consumed at no extra cost"
            }
            let extra = value.extraSpendingUSD
            return
                "\(scenario.title) spends \(Wording.money(abs(extra))) \(extra >= 0 ? "more" : "less") than "
                + "\(baseline.title) over \(Self.span(accountingYears)), which works out at \(hectare) and \(kilogram)"
        }
        guard !parts.isEmpty else { return nil }
        return parts.joined(separator: "; ") + "."
    }
}
