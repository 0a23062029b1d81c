import BalloonModel

extension ValidationSummary {
    /// The fact ledger as far as this digest knows it, for pages that show validation without rerunning it: every
    /// fact of the catalog with its role, target and source; emergent facts marked reproduced or not as the digest
    /// recorded them; the other roles, and the model's numbers, left unchecked (the digest keeps only the verdicts);
    /// the coca-area fit per country and the forecast.
    package func ledger(modelVersion: String) -> FactLedgerReport {
        let passing = Set(emergentPassing)
        let facts = FactCatalog.all.map { fact in
            LedgerEntry(
                id: fact.id, statement: fact.statement, target: fact.target, tolerance: fact.tolerance,
                source: fact.source, role: fact.role, setParameters: fact.setParameters, metric: fact.metric,
                median: nil, lower: nil, upper: nil, pass: fact.role == .emergent ? passing.contains(fact.id) : nil,
                note: fact.note)
        }
        let fit = self.fit.compactMap { row -> SeriesFit? in
            guard let country = ForecastTest.countries.first(where: { $0.name == row.country }) else { return nil }
            return SeriesFit(
                series: SeriesKey(Indicators.cocaArea, .country(country)).fileKey, rmseLog: row.rmseLog,
                coverage90: row.coverage90, observations: row.observations, meanLogBandWidth: row.meanLogBandWidth)
        }
        var ledger = FactLedgerReport(
            modelVersion: modelVersion, facts: facts, fit: fit, outOfSample: [], ensembleMembers: members,
            ensembleKind: "posterior")
        ledger.forecast = forecast
        return ledger
    }
}
