import BalloonAnalysis
import Foundation

/// The fact ledger and the fit tables as the report's last pages show them, for the workbench's validation page:
/// the same section (`ledgerSection`) and table renderer as `Report.html`, plus the time-split forecast table.
package enum ValidationPage {
    /// HTML (a fragment without `<html>` or stylesheet) of the ledger section and, when `ledger` has one, the
    /// forecast section.
    package static func html(_ ledger: FactLedgerReport, modelVersion: String) -> String {
        var sections = [ReportContext.ledgerSection(ledger, modelVersion: modelVersion)]
        if let forecast = ledger.forecast { sections.append(forecastSection(forecast)) }
        var numbering = Report.Numbering()
        return sections.enumerated().map { index, section in
            Report.render(section, number: index + 1, numbering: &numbering)
        }.joined(separator: "\n")
    }

    static func forecastSection(_ forecast: ForecastReport) -> ReportSection {
        func number(_ value: Double?) -> Table.Cell { .number(value.map { String(format: "%.2f", $0) } ?? "–") }
        let table = Table(
            id: "table-forecast",
            caption:
                "Forecast \(forecast.horizon) with no refit (RMSE of log coca area against UNODC; lower is better)",
            header: [
                "Country", "Model (median)", "90% band covers", "Horizon parameters at prior centre",
                "Persistence of \(forecast.fitThrough)", "Trend \(forecast.trendWindow)",
            ],
            rows: forecast.rows.map { row in
                [
                    .text(row.country), number(row.modelRmseLog),
                    .number(
                        row.modelCoverage90.map { "\(Wording.percent($0)) of \(row.observations)" } ?? "–"),
                    number(row.centredRmseLog), number(row.persistenceRmseLog), number(row.trendRmseLog),
                ]
            })
        return ReportSection(
            id: "forecast", title: "Time-split forecast",
            blocks: [
                .paragraph(
                    "The model fitted to 2000–\(forecast.fitThrough) only (\(forecast.members) members of "
                        + "`\(forecast.posteriorCommand)`), run forward with no refit and scored against the "
                        + "observations it never saw, beside two naive forecasts."),
                .table(table),
            ])
    }
}
