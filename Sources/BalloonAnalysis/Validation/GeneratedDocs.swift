import Foundation

/// Markdown tables generated into the docs from the shipped posterior and its validation digest, and the splice
/// that puts them between marker comments. Tests keep the docs equal to them; `balloon validate --regenerate .`
/// rewrites them (docs/calibration.md).
package enum GeneratedDocs {
    /// Sections and the files that carry them.
    package static let sections: [(file: String, name: String)] = [
        ("docs/model.md", "ensemble-fit"), ("docs/calibration.md", "forecast"),
        ("docs/calibration.md", "prior-posterior"),
    ]

    /// The markdown of one section from the bundled (or given) posterior and digest.
    package static func markdown(_ name: String, summary: ValidationSummary?, posterior: ParameterEnsemble?) -> String {
        switch name {
        case "ensemble-fit": return ensembleFit(summary)
        case "forecast": return forecast(summary?.forecast)
        case "prior-posterior": return priorPosterior(posterior)
        default: preconditionFailure("no generated section named \(name)")
        }
    }

    static func ensembleFit(_ summary: ValidationSummary?) -> String {
        guard let summary, !summary.fit.isEmpty else { return "No validation digest is bundled.\n" }
        var lines = [
            "Ensemble of \(summary.members) posterior members (`\(summary.command)`), coca area against UNODC, 2000–2019:",
            "",
            "| country | RMSE of log area (median) | 90% band covers | mean band width (log) | width ÷ RMSE | goal (issue 10) |",
            "|---|---|---|---|---|---|",
        ]
        for row in summary.fit {
            let goal = row.country == "Colombia" ? "RMSE ≤ 0.30" : "RMSE ≤ 0.20"
            let width = row.meanLogBandWidth
            lines.append(
                "| \(row.country) | \(ValidationStatus.fixed(row.rmseLog)) | \(ValidationStatus.percent(row.coverage90)) "
                    + "of \(row.observations) | \(width.map(ValidationStatus.fixed) ?? "n/a") | "
                    + "\(width.map { row.rmseLog > 0 ? ValidationStatus.fixed($0 / row.rmseLog) : "n/a" } ?? "n/a") | "
                    + "\(goal), coverage 70–95%, width ≤ 4 × RMSE |")
        }
        lines.append("")
        lines.append(
            "Emergent facts passing: \(summary.emergentPass) of \(summary.emergentTotal)"
                + (summary.emergentPassing.isEmpty ? "." : " (\(summary.emergentPassing.joined(separator: ", "))).")
        )
        return lines.joined(separator: "\n") + "\n"
    }

    static func forecast(_ forecast: ForecastReport?) -> String {
        guard let forecast else { return "No forecast posterior is bundled.\n" }
        var lines = [
            "Forecast \(forecast.horizon) with no refit, \(forecast.members) members of the posterior fitted through "
                + "\(forecast.fitThrough) (`\(forecast.posteriorCommand)`); RMSE of log coca area against UNODC:",
            "",
            "| country | model (median) | 90% band covers | horizon parameters at prior centre | persistence of \(forecast.fitThrough) | trend \(forecast.trendWindow) |",
            "|---|---|---|---|---|---|",
        ]
        for row in forecast.rows {
            let cells = [
                row.country, number(row.modelRmseLog),
                row.modelCoverage90.map(ValidationStatus.percent).map { "\($0) of \(row.observations)" } ?? "n/a",
                number(row.centredRmseLog), number(row.persistenceRmseLog), number(row.trendRmseLog),
            ]
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        lines.append("")
        lines.append(
            "Parameters set from 2014–2019 facts (their catalog entries cite "
                + ForecastTest.horizonEvidence.sorted().joined(separator: " or ") + "), at their prior centre in the "
                + "fourth column: "
                + forecast.centredParameters.map { "`\($0.name)` = \(LedgerTable.short($0.value))" }
                .joined(separator: ", ") + ".")
        return lines.joined(separator: "\n") + "\n"
    }

    static func priorPosterior(_ posterior: ParameterEnsemble?) -> String {
        guard let posterior, let record = posterior.calibration else { return "No calibrated posterior is bundled.\n" }
        var lines = [
            "From the shipped posterior (`\(posterior.provenance)`, fitted to \(record.calibrationYears)): median "
                + "[90% interval], the posterior interval's width over the prior's, and the same ratio given the other "
                + "fitted parameters (the width left once the combinations the data pin down are known; "
                + "docs/calibration.md, \"Dropping what the data did not narrow\").",
            "",
            "| parameter | prior | posterior | width ratio | given the others |",
            "|---|---|---|---|---|",
        ]
        for row in record.parameters {
            lines.append(
                "| `\(row.name)` | \(g(row.priorMedian)) [\(g(row.priorLower)), \(g(row.priorUpper))] | "
                    + "\(g(row.posteriorMedian)) [\(g(row.posteriorLower)), \(g(row.posteriorUpper))] | "
                    + "\(ValidationStatus.fixed(row.widthRatio)) | "
                    + "\(row.jointDetermination == nil ? "—" : ValidationStatus.fixed(row.conditionalWidthRatio)) |")
        }
        let ratios = record.parameters.map(\.widthRatio)
        if !ratios.isEmpty {
            let narrowed = ratios.filter { $0 <= 0.6 }.count
            lines.append("")
            lines.append(
                "\(narrowed) of \(ratios.count) parameters narrowed to 0.6 of their prior width or less "
                    + "(mean width ratio \(ValidationStatus.fixed(ratios.reduce(0, +) / Double(ratios.count))));"
                    + " the final ABC tolerance was \(record.generations.last?.epsilon.map(g) ?? "n/a").")
        }
        if let firstFit = record.firstFit {
            let dropped = record.screen.rows.filter { $0.droppedWidthRatio != nil }
            lines.append("")
            lines.append(
                "Dropped after a first fit of \(firstFit.parameters.count) parameters (tolerance "
                    + "\(firstFit.epsilon.map(g) ?? "n/a"), \(firstFit.simulations) simulations) because the data did not "
                    + "narrow them (posterior 90% interval, given the other fitted parameters, wider than "
                    + "\(g(Calibrator.dropWidthRatio)) of the prior's), "
                    + "then refitted without them: "
                    + dropped.map { row in
                        "`\(row.name)` (width ratio given the others \(ValidationStatus.fixed(row.droppedWidthRatio ?? 0)), "
                            + (row.carried == true ? "carried at its prior" : "fixed at its literature value") + ")"
                    }.joined(separator: ", ") + ".")
        }
        // Dropped parameters carried at their priors are explained above, with their own reason.
        let carried = record.screen.rows.filter { $0.carried == true && $0.droppedWidthRatio == nil }.map(\.name)
        if !carried.isEmpty {
            let headlines = HeadlineOutputs.all.map(\.name).joined(separator: "; ")
            lines.append("")
            lines.append(
                "Not fitted but carried at their priors (drawn uniformly over their ranges in every ensemble member, "
                    + "because they move a headline output — \(headlines) — by at least "
                    + "\(Int(ParameterScreen.carryShare * 100))% of the most influential candidate's μ* on that output, "
                    + "while their μ* on the calibration distance is under \(Int(ParameterScreen.carryShare * 100))% of "
                    + "the largest, so the data cannot narrow them): "
                    + carried.map { "`\($0)`" }.joined(separator: ", ") + ".")
        }
        let leftOut = record.screen.fixedButInfluential
        if !leftOut.isEmpty {
            lines.append("")
            lines.append(
                "Fixed at their catalog values (docs/parameters.md gives each one's basis: a literature value, or a "
                    + "prior's choice where no estimate exists) although they move a headline output as much (the data "
                    + "see them, so they are not carried at their priors, and they are not among the fitted): "
                    + leftOut.map { "`\($0)`" }.joined(separator: ", ")
                    + ". The bands leave their uncertainty out; `balloon sensitivity --parameters` can vary them.")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func number(_ value: Double?) -> String { value.map(ValidationStatus.fixed) ?? "n/a" }

    /// Three significant digits, for parameter values of any scale.
    static func g(_ value: Double) -> String { String(format: "%.3g", value) }

    /// Why a generated section cannot be placed.
    package struct MarkerError: Error, CustomStringConvertible {
        package var description: String
    }

    static func begin(_ name: String) -> String {
        "<!-- generated:\(name) begin: do not edit; `balloon validate --regenerate .` rewrites it -->"
    }
    static func end(_ name: String) -> String { "<!-- generated:\(name) end -->" }

    /// The text between the section's markers in `document`.
    package static func section(_ name: String, in document: String, file: String) throws(MarkerError) -> String {
        let (start, stop) = try bounds(name, in: document, file: file)
        return String(document[start..<stop])
    }

    /// `document` with the text between the section's markers replaced by `content`.
    package static func replacing(_ name: String, in document: String, with content: String, file: String)
        throws(MarkerError) -> String
    {
        let (start, stop) = try bounds(name, in: document, file: file)
        return String(document[..<start]) + content + String(document[stop...])
    }

    static func bounds(_ name: String, in document: String, file: String) throws(MarkerError) -> (
        String.Index, String.Index
    ) {
        guard let open = document.range(of: begin(name) + "\n"),
            let close = document.range(of: end(name), range: open.upperBound..<document.endIndex)
        else {
            throw MarkerError(
                description:
                    "\(file) has no generated section '\(name)'; add the two lines\n\(begin(name))\n\(end(name))")
        }
        return (open.upperBound, close.lowerBound)
    }
}
