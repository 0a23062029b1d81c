import Foundation

/// The fact ledger: each stylised fact, how the model uses it, and whether the model reproduces it.
extension ReportContext {
    static let ledgerHowTo =
        "Produce it with `balloon validate --json ledger.json`, then add `--ledger ledger.json` to `balloon report`."

    func ledgerSection() -> ReportSection {
        let id = "fact-ledger"
        let title = ReportSectionID.title(id)
        guard let ledger = input.ledger else {
            return ReportSection(
                id: id, title: title,
                blocks: [
                    .note(
                        "No fact ledger was given, so this report cannot say how well the model reproduces history. "
                            + Self.ledgerHowTo)
                ])
        }
        var blocks: [Block] = [
            .paragraph(
                "Each fact comes from the literature or the data. Its role says how the model uses it: an input "
                    + "is built into the model (so reproducing it proves nothing), a fitted fact was used to "
                    + "calibrate parameters, and an emergent fact was never used to build or tune the model, so "
                    + "reproducing it is real evidence."),
            .paragraph(ledgerSummary(ledger)),
        ]
        if let version = ledger.modelVersion, version != input.modelVersion {
            blocks.append(
                .note(
                    "The ledger was produced by model version \(version), this report by \(input.modelVersion): "
                        + "re-run `balloon validate --json` to match."
                ))
        }
        blocks.append(.table(factTable(ledger)))
        if !ledger.fit.isEmpty { blocks.append(.table(fitTable(ledger))) }
        if !ledger.outOfSample.isEmpty { blocks.append(.table(outOfSampleTable(ledger))) }
        return ReportSection(id: id, title: title, blocks: blocks)
    }

    /// "Of 12 emergent facts, 8 are reproduced. The ledger has 5 inputs, 6 fitted facts, 12 emergent and 3 not modelled."
    func ledgerSummary(_ ledger: FactLedgerFile) -> String {
        let emergent = ledger.facts(.emergent)
        let passTotal = ledger.summary?.emergentTotal ?? emergent.filter { $0.pass != nil }.count
        let passed = ledger.summary?.emergentPass ?? emergent.filter { $0.pass == true }.count
        var counts: [String] = []
        for role in FactLedgerFile.Role.allCases {
            let count = ledger.summary?.countsByRole[role.rawValue] ?? ledger.facts(role).count
            counts.append("\(count) \(role.label)")
        }
        let first =
            passTotal > 0
            ? "Of \(passTotal) emergent facts checked, the model reproduces \(passed) within tolerance. "
            : "No emergent fact has been checked yet. "
        var runs = ""
        if let members = ledger.summary?.ensembleMembers {
            runs =
                " Model values come from \(members) runs"
                + (ledger.summary?.ensembleKind.map { " drawing parameters from the \($0)" } ?? "") + "."
        }
        return first + "The ledger lists \(ledger.facts.count) facts: " + Wording.list(counts) + "." + runs
    }

    func factTable(_ ledger: FactLedgerFile) -> Table {
        Table(
            id: "table-facts",
            caption: "Stylised facts and the model's value (median with 90% range where run as an ensemble)",
            header: ["Fact", "Statement", "Role", "Target", "Model", "Result", "Source"],
            rows: ledger.facts.map { fact in
                let result: Table.Cell
                switch fact.pass {
                case .some(true): result = Table.Cell(text: "✓ reproduced", className: "pass")
                case .some(false): result = Table.Cell(text: "✗ not reproduced", className: "fail")
                case .none: result = Table.Cell(text: "– not checked", className: "unchecked")
                }
                var target = fact.target ?? "–"
                if let tolerance = fact.tolerance, !tolerance.isEmpty { target += " (\(tolerance))" }
                var statement = fact.statement
                if let note = fact.note, !note.isEmpty { statement += " — \(note)" }
                return [
                    Table.Cell(text: fact.id, className: "nowrap"), .text(statement), .text(fact.role.label),
                    .text(target),
                    .text(modelValue(fact)), result, .text(fact.source ?? "–"),
                ]
            },
            compact: true)
    }

    /// "0.42 [0.31–0.55] share of production seized", or "–" when the model has no number for the fact.
    func modelValue(_ fact: FactLedgerFile.Fact) -> String {
        guard let median = fact.median else { return "–" }
        var text = Wording.number(median)
        if let lower = fact.lower, let upper = fact.upper { text += " " + Wording.range(lower, upper) }
        if let metric = fact.metric, !metric.isEmpty { text += " " + metric }
        return text
    }

    func fitTable(_ ledger: FactLedgerFile) -> Table {
        Table(
            id: "table-fit", caption: "How closely the model follows observed series",
            header: ["Series", "Typical error", "Observations inside the 90% range"],
            rows: ledger.fit.map { fit in
                [
                    .text(Self.seriesLabel(fit.series)),
                    .number(fit.rmseLog.map { "≈ " + Wording.percent(exp($0) - 1) } ?? "–"),
                    .number(fit.coverage90.map { Wording.percent($0) } ?? "–"),
                ]
            })
    }

    /// Later observations against the model's range; rows with the writer's usual fields get readable columns.
    func outOfSampleTable(_ ledger: FactLedgerFile) -> Table {
        let standard = ["series", "year", "observed", "median"]
        let caption = "Out-of-sample checks: observations after the calibration years, never used in fitting"
        if ledger.outOfSample.allSatisfy({ row in standard.allSatisfy { row[$0] != nil } }) {
            return Table(
                id: "table-out-of-sample", caption: caption,
                header: ["Series", "Year", "Observed", "Model median [90% range]", "Inside the range"],
                rows: ledger.outOfSample.map { row in
                    var model = row["median"]?.text() ?? "–"
                    if let lower = row["lower"]?.number, let upper = row["upper"]?.number {
                        model += " " + Wording.range(lower, upper)
                    }
                    let series = row["series"]?.text() ?? "–"
                    return [
                        .text(Self.seriesLabel(series)), .number(row["year"]?.text(plain: true) ?? "–"),
                        .number(row["observed"]?.text() ?? "–"), .number(model), .text(row["inside"]?.text() ?? "–"),
                    ]
                })
        }
        var keys: [String] = []
        for row in ledger.outOfSample { for key in row.keys.sorted() where !keys.contains(key) { keys.append(key) } }
        return Table(
            id: "table-out-of-sample", caption: caption,
            header: keys.map { $0.replacingOccurrences(of: "_", with: " ") },
            rows: ledger.outOfSample.map { row in keys.map { .text(row[$0]?.text(plain: $0 == "year") ?? "–") } },
            compact: true)
    }

    /// `coca_area_ha|CO` → "Coca area, Colombia".
    static func seriesLabel(_ key: String) -> String {
        let parts = key.split(separator: "|", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return key }
        return PlaceNames.indicator(parts[0]) + ", " + PlaceNames.name(parts[1])
    }
}
