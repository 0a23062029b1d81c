import Foundation

/// How far to trust the model, in plain words, from the stored validation digest (issue 10: stated up front on the
/// report's first page and in `balloon run`'s output).
package enum ValidationStatus {
    /// The status sentences for `posterior`, or one sentence saying it is unknown when `summary` was computed on
    /// another posterior or parameter catalog (stale numbers are never shown).
    package static func sentences(summary: ValidationSummary?, posterior: ParameterEnsemble?) -> [String] {
        guard let summary, let posterior, summary.describes(posterior) else {
            return ["Validation status unknown for this posterior: run `balloon validate` to measure it."]
        }
        return sentences(summary)
    }

    /// A warning for a run that starts before the first fitted year, or nil. Such a run is outside what the fit
    /// describes: the fitted carrying-area ratios are the 2000 start's and multiply any other start's, and from
    /// 1990 `history` reaches 2000 far from the observed areas (docs/model.md, section 7, "Known gaps").
    package static func startCaveat(startYear: Int) -> String? {
        let first = ObservedTargets.calibrationYears.lowerBound
        guard startYear < first else { return nil }
        return "This run starts in \(startYear), before \(first), the first year the model was fitted to: the fitted "
            + "carrying-area ratios describe the \(first) start, and from 1990 `history` reaches \(first) far from the "
            + "observed coca areas (docs/model.md, section 7). Read it as a check of the mechanics, not as analysis."
    }

    /// The status sentences of a digest, whatever posterior it describes.
    static func sentences(_ summary: ValidationSummary) -> [String] {
        var first =
            "Validation: the model reproduces \(summary.emergentPass) of \(summary.emergentTotal) emergent facts "
            + "from the literature (facts no parameter was set from)"
        if !summary.fit.isEmpty {
            first +=
                "; its ensemble fits 2000–2019 coca area "
                + summary.fit.map {
                    "\(grade($0.rmseLog, coverage: $0.coverage90)) in \($0.country) (RMSE of log "
                        + "\(fixed($0.rmseLog)), its 90% band covers \(percent($0.coverage90)))"
                }.joined(separator: ", ")
        }
        var lines = [first + "."]
        if let forecast = summary.forecast {
            let judged = forecast.rows.filter { $0.modelRmseLog != nil && $0.persistenceRmseLog != nil }
            let better = judged.filter { $0.modelRmseLog! < $0.persistenceRmseLog! }.map(\.country)
            lines.append(
                "Fitted to 2000–\(forecast.fitThrough) only, it forecasts \(forecast.horizon) better than carrying "
                    + "\(forecast.fitThrough) forward in \(better.count) of \(judged.count) countries"
                    + (better.isEmpty ? "." : " (\(better.joined(separator: ", "))).")
                    + " Read its numbers as scenarios, not predictions.")
        }
        return lines
    }

    /// The issue's goals in words: the median path within RMSE of log 0.20 ("closely") or 0.30 ("roughly"),
    /// and a 90% band that covers 70–95% of the observations. A close median with a band that misses more
    /// than 30% of the data is over-confident, not "well": a reader would take its band at its word.
    static func grade(_ rmseLog: Double, coverage: Double) -> String {
        guard rmseLog <= 0.30 else { return "poorly" }
        let level = rmseLog <= 0.20 ? "closely" : "roughly"
        if coverage < 0.70 { return "\(level) but over-confidently" }
        if coverage > 0.95 { return "\(level), with a wide band" }
        return level == "closely" ? "well" : level
    }

    static func fixed(_ value: Double) -> String { String(format: "%.2f", value) }

    static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }
}
