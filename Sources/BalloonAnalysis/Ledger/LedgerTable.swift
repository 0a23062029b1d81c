/// The ledger as printed by `balloon validate`.
package enum LedgerTable {
    package static func render(_ report: FactLedgerReport) -> String {
        var lines = [
            "Fact ledger (\(report.summary.ensembleMembers) members of the \(report.summary.ensembleKind) ensemble; pass = ensemble median within tolerance)"
        ]
        if let overrides = report.parameterOverrides, !overrides.isEmpty {
            lines.append(
                "Every member runs with " + ParameterOverride.text(of: overrides)
                    + ": a what-if of the shipped model, not its ledger (a fitted parameter's calibrated values are replaced)"
            )
        }
        lines.append("id    role          result  model median [5–95%]             tolerance")
        for fact in report.facts {
            let result: String
            switch fact.pass {
            case .some(true): result = "pass"
            case .some(false): result = "FAIL"
            case .none: result = "—"
            }
            let numbers =
                fact.median.map { "\(short($0)) [\(short(fact.lower ?? .nan)), \(short(fact.upper ?? .nan))]" } ?? "—"
            lines.append(
                fact.id.padded(5) + " " + fact.role.rawValue.padded(13) + " " + result.padded(7) + " "
                    + numbers.padded(32) + " " + fact.tolerance)
            lines.append(
                "      " + fact.statement
                    + (fact.setParameters.isEmpty ? "" : " (set: \(fact.setParameters.joined(separator: ", ")))"))
        }
        let counts = report.summary.countsByRole
        lines.append("")
        lines.append(
            "Roles: input \(counts["input"] ?? 0), fitted \(counts["fitted"] ?? 0), emergent \(counts["emergent"] ?? 0), not modelled \(counts["not_modelled"] ?? 0). "
                + "Emergent facts passing: \(report.summary.emergentPass) of \(report.summary.emergentTotal).")
        lines.append("")
        lines.append(
            "Fit to calibration targets, 2000–2019 (RMSE of log, ensemble median; coverage of the data by the 90% band; mean band width, log)"
        )
        for fit in report.fit {
            lines.append(
                "  " + fit.series.padded(26) + " RMSE log " + short(fit.rmseLog) + "   coverage "
                    + short(fit.coverage90) + "   band width " + (fit.meanLogBandWidth.map(short) ?? "n/a")
                    + "   (\(fit.observations) observations)")
        }
        if let forecast = report.forecast {
            lines.append("")
            lines.append(contentsOf: ForecastTable.lines(forecast))
        }
        if !report.inSample.isEmpty {
            lines.append("")
            let inside = report.inSample.filter(\.inside).count
            lines.append(
                "Data checks in the fitted years (never fitted; 2015 US$): \(inside) of \(report.inSample.count) inside"
            )
            for check in report.inSample {
                lines.append(
                    "  " + check.series.padded(30) + " \(check.year)  observed " + short(check.observed) + "  model "
                        + short(check.median) + "  allowed [" + short(check.allowedLower) + ", "
                        + short(check.allowedUpper) + "] " + check.allowance + "  "
                        + (check.inside ? "inside" : "outside"))
            }
        }
        lines.append("")
        if report.outOfSample.isEmpty {
            lines.append("Out-of-sample: no post-2019 outcome observations bundled.")
        } else {
            lines.append("Out-of-sample checks (years after 2019, never used for fitting)")
            for check in report.outOfSample {
                lines.append(
                    "  " + check.series.padded(18) + " \(check.year)  observed " + short(check.observed) + "  model "
                        + short(check.median) + " [" + short(check.lower) + ", " + short(check.upper) + "]  "
                        + (check.inside ? "inside" : "outside"))
            }
        }
        return lines.joined(separator: "\n")
    }

    static func short(_ value: Double) -> String {
        guard value.isFinite else { return "n/a" }
        let magnitude = abs(value)
        let digits = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : 3
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        return digits == 0 ? String(Int(rounded)) : "\(rounded)"
    }
}
