import BalloonAnalysis
import BalloonModel

/// The scenarios as run, the model's main assumptions, the observed data and every parameter with its source.
extension ReportContext {
    /// Assumptions a reader must know to judge any figure; docs/model.md gives each in full.
    static let keyAssumptions: [String] = [
        "Money is in constant US dollars of 2015; source figures from 2000–2020 are taken at face value without "
            + "deflation, an error of up to about a third for the oldest figures.",
        "The model starts in balance: each region's coca area is set to be stable under the first year's "
            + "policies, so every change after that comes from the scenario, not from a drift in the starting point.",
        "Growers respond weakly to profits and to eradication; most eradicated fields are replanted, part of them "
            + "in neighbouring regions and countries. This is the main channel of the balloon effect.",
        "Traffickers choose routes by cost, including the risk of seizure they have learned; squeezing one route "
            + "moves cocaine to others.",
        "Cocaine kept from consumers is computed through prices and demand (dearer cocaine is bought less), not "
            + "by subtracting seizures from production.",
        "Homicide rates are a simple statistical link to armed presence, trafficking, criminal fragmentation and "
            + "spraying; much of the violence has other causes.",
        "Health is reported as exposure (herbicide, households in sprayed areas), not as illness: the literature "
            + "gives no reliable dose–response.",
        "Most parameters are priors within published ranges; the table below says which. Until calibration, "
            + "read levels as approximate and differences between scenarios as the model's result.",
    ]

    func assumptionsSection() -> ReportSection {
        var blocks: [Block] = [.table(scenarioTable())]
        for scenario in scenarios where !scenario.changes.isEmpty {
            blocks.append(.paragraph("What \(scenario.title) (`\(scenario.name)`) sets up:"))
            blocks.append(.list(scenario.changes))
        }
        blocks.append(.paragraph("The model's main assumptions (docs/model.md explains each):"))
        blocks.append(.list(Self.keyAssumptions))
        let sources = input.observed.series.map { series in
            "\(PlaceNames.indicator(series.indicator.name)), \(PlaceNames.name(series.place)): \(series.source)"
        }
        if !sources.isEmpty {
            blocks.append(.paragraph("Observed history drawn as dots on the charts:"))
            blocks.append(.list(sources))
        }
        blocks.append(
            .paragraph(
                "Every parameter, with the value used by \(baseline.title), its plausible range, unit and source. "
                    + "\"literature\" values are printed in a cited source, \"derived\" ones are arithmetic on "
                    + "cited values, \"prior\" ones are judgement within the range shown. Codes such as A6 or SF15 "
                    + "point to the project's literature review."))
        blocks.append(.table(parameterTable()))
        return ReportSection(id: "assumptions", title: ReportSectionID.title("assumptions"), blocks: blocks)
    }

    func scenarioTable() -> Table {
        Table(
            id: "table-scenarios", caption: "The scenarios in this report (the first is the baseline)",
            header: ["Scenario", "Description", "Scenario file", "Seed", "Runs"],
            rows: scenarios.map { scenario in
                [
                    .text(scenario.title), .text(scenario.description), .code(scenario.source),
                    .number("\(scenario.seed)"), .number(scenario.ensemble.map { "\($0.members)" } ?? "1"),
                ]
            })
    }

    func parameterTable() -> Table {
        let overriding = scenarios.filter { !$0.parameterOverrides.isEmpty }
        var header = ["Parameter", "Value", "Range", "Unit", "Basis", "Source"]
        if !overriding.isEmpty { header.append("Changed by") }
        let rows = ParameterCatalog.all.map { descriptor -> [Table.Cell] in
            var cells: [Table.Cell] = [
                .code(descriptor.name), .number(Wording.number(descriptor.value(in: input.parameters))),
                .number(
                    "\(Wording.number(descriptor.range.lowerBound))–\(Wording.number(descriptor.range.upperBound))"),
                .text(descriptor.unit), .text(descriptor.basis.rawValue), .text(descriptor.source),
            ]
            if !overriding.isEmpty {
                let changes = overriding.compactMap { scenario in
                    scenario.parameterOverrides[descriptor.name].map { "\(scenario.title): \(Wording.number($0))" }
                }
                cells.append(.text(changes.joined(separator: "; ")))
            }
            return cells
        }
        return Table(
            id: "table-parameters", caption: "Model parameters and their sources", header: header, rows: rows,
            compact: true)
    }
}
