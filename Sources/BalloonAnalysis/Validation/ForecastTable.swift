/// The time-split forecast as printed by `balloon validate`.
package enum ForecastTable {
    package static func lines(_ forecast: ForecastReport) -> [String] {
        var lines = [
            "Forecast \(forecast.horizon) from the posterior fitted through \(forecast.fitThrough), no refit "
                + "(\(forecast.members) members; RMSE of log coca area against UNODC)",
            "  country    model  [90% band covers, width]   horizon params centred   persistence of \(forecast.fitThrough)   trend \(forecast.trendWindow)",
        ]
        for row in forecast.rows {
            let band = "[" + percent(row.modelCoverage90) + ", " + number(row.modelMeanLogBandWidth) + "]"
            lines.append(
                "  " + row.country.padded(9) + "  " + number(row.modelRmseLog).padded(5) + "  " + band.padded(26)
                    + number(row.centredRmseLog).padded(25) + number(row.persistenceRmseLog).padded(22)
                    + number(row.trendRmseLog))
        }
        let centred = forecast.centredParameters.map {
            "\($0.name) = \(LedgerTable.short($0.value)) (cites \($0.cites.joined(separator: ", ")))"
        }
        lines.append(
            "  Horizon parameters at their prior centre: "
                + (centred.isEmpty ? "none cite the horizon evidence" : centred.joined(separator: "; ")))
        lines.append("  Forecasting posterior: \(forecast.posterior), made by `\(forecast.posteriorCommand)`")
        return lines
    }

    static func number(_ value: Double?) -> String { value.map { LedgerTable.short($0) } ?? "n/a" }
    static func percent(_ value: Double?) -> String {
        value.map { "\(Int(($0 * 100).rounded()))%" } ?? "n/a"
    }
}
