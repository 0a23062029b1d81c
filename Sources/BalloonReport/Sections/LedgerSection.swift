import BalloonAnalysis
import BalloonModel
import Foundation

/// The fact ledger: each stylised fact, how the model uses it, and whether the model reproduces it.
extension ReportContext {
    static let ledgerHowTo =
        "Produce it with `balloon validate --json ledger.json`, then add `--ledger ledger.json` to `balloon report`."

    func ledgerSection() -> ReportSection { Self.ledgerSection(input.ledger, modelVersion: input.modelVersion) }

    /// The section for `ledger` (nil: how to produce one), read by a report of model version `modelVersion`; also
    /// the body of the workbench's validation page (`ValidationPage`).
    static func ledgerSection(_ ledger: FactLedgerReport?, modelVersion: String) -> ReportSection {
        let id = "fact-ledger"
        let title = ReportSectionID.title(id)
        guard let ledger else {
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
        if let overrides = ledger.parameterOverrides, !overrides.isEmpty {
            blocks.append(
                .note(
                    "This ledger is a what-if, not the shipped model's: every member ran with "
                        + Wording.list(overrides.map(\.text)) + " (`balloon validate --set`)."))
        }
        if ledger.modelVersion != modelVersion {
            blocks.append(
                .note(
                    "The ledger was produced by model version \(ledger.modelVersion), this report by "
                        + "\(modelVersion): re-run `balloon validate --json` to match."
                ))
        }
        blocks.append(.table(factTable(ledger)))
        if !ledger.fit.isEmpty { blocks.append(.table(fitTable(ledger))) }
        if !ledger.outOfSample.isEmpty { blocks.append(.table(outOfSampleTable(ledger))) }
        return ReportSection(id: id, title: title, blocks: blocks)
    }

    /// "Of 12 emergent facts, 8 are reproduced. The ledger has 5 inputs, 6 fitted facts, 12 emergent and 3 not modelled."
    static func ledgerSummary(_ ledger: FactLedgerReport) -> String {
        let summary = ledger.summary
        let counts = FactRole.allCases.map { role in
            "\(summary.countsByRole[role.rawValue] ?? ledger.facts(role).count) \(role.label)"
        }
        let first =
            summary.emergentTotal > 0
            ? "Of \(summary.emergentTotal) emergent facts checked, the model reproduces \(summary.emergentPass) "
                + "within tolerance. "
            : "No emergent fact has been checked yet. "
        let runs =
            " Model values come from \(summary.ensembleMembers) runs drawing parameters from the "
            + "\(summary.ensembleKind)."
        return first + "The ledger lists \(ledger.facts.count) facts: " + Wording.list(counts) + "." + runs
    }

    static func factTable(_ ledger: FactLedgerReport) -> Table {
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
                var target = fact.target.isEmpty ? "–" : fact.target
                if !fact.tolerance.isEmpty { target += " (\(fact.tolerance))" }
                var statement = fact.statement
                if !fact.note.isEmpty { statement += " — \(fact.note)" }
                return [
                    Table.Cell(text: fact.id, className: "nowrap"), .text(statement), .text(fact.role.label),
                    .text(target),
                    .text(modelValue(fact)), result, .text(fact.source.isEmpty ? "–" : fact.source),
                ]
            },
            compact: true)
    }

    /// "0.42 [0.31–0.55] share of production seized", or "–" when the model has no number for the fact.
    static func modelValue(_ fact: LedgerEntry) -> String {
        guard let median = fact.median else { return "–" }
        var text = Wording.number(median)
        if let lower = fact.lower, let upper = fact.upper { text += " " + Wording.range(lower, upper) }
        if !fact.metric.isEmpty { text += " " + fact.metric }
        return text
    }

    static func fitTable(_ ledger: FactLedgerReport) -> Table {
        Table(
            id: "table-fit", caption: "How closely the model follows observed series",
            header: ["Series", "Typical error", "Observations inside the 90% range"],
            rows: ledger.fit.map { fit in
                [
                    .text(Self.seriesLabel(fit.series)),
                    .number(fit.rmseLog.isFinite ? "≈ " + Wording.percent(exp(fit.rmseLog) - 1) : "–"),
                    .number(fit.coverage90.isFinite ? Wording.percent(fit.coverage90) : "–"),
                ]
            })
    }

    /// Later observations against the model's range.
    static func outOfSampleTable(_ ledger: FactLedgerReport) -> Table {
        Table(
            id: "table-out-of-sample",
            caption: "Out-of-sample checks: observations after the calibration years, never used in fitting",
            header: ["Series", "Year", "Observed", "Model median [90% range]", "Inside the range"],
            rows: ledger.outOfSample.map { check in
                [
                    .text(Self.seriesLabel(check.series)), .number(String(check.year)),
                    .number(Wording.number(check.observed)),
                    .number(Wording.number(check.median) + " " + Wording.range(check.lower, check.upper)),
                    .text(check.inside ? "yes" : "no"),
                ]
            })
    }

    /// `coca_area_ha|CO` → "Coca area, Colombia".
    static func seriesLabel(_ key: String) -> String {
        let parts = key.split(separator: "|", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return key }
        return PlaceNames.indicator(parts[0]) + ", "
            + (Place(resultCode: parts[1]).map { PlaceNames.name($0) } ?? parts[1])
    }
}

extension FactRole {
    /// Words for readers.
    var label: String {
        switch self {
        case .input: "input"
        case .fitted: "fitted"
        case .emergent: "emergent"
        case .notModelled: "not modelled"
        }
    }
}
