@testable import BalloonAnalysis
import Testing

/// The status line is computed from the digest, grades each country's fit and counts forecast skill honestly.
struct ValidationStatusTests {
    static func summary(
        rmse: [Double], coverage: [Double] = [0.8, 0.8, 0.8], modelForecast: [Double?], persistence: [Double?]
    ) -> ValidationSummary {
        let countries = ["CO", "PE", "BO"]
        let facts = (0..<3).map { index in
            LedgerEntry(
                id: "SF\(index)", statement: "", target: "", tolerance: "", source: "", role: .emergent,
                setParameters: [], metric: "", median: 1, lower: 1, upper: 1, pass: index == 0, note: "")
        }
        var ledger = FactLedgerReport(
            modelVersion: "test", facts: facts,
            fit: zip(countries, zip(rmse, coverage)).map {
                SeriesFit(
                    series: "coca_area_ha|\($0.0)", rmseLog: $0.1.0, coverage90: $0.1.1, observations: 20,
                    meanLogBandWidth: 0.4)
            }, outOfSample: [], ensembleMembers: 10, ensembleKind: "posterior")
        ledger.forecast = ForecastReport(
            fitThrough: 2013, horizon: "2014–2019", trendWindow: "2009–2013", posterior: "p", posteriorCommand: "c",
            members: 10, centredParameters: [],
            rows: zip(["Colombia", "Peru", "Bolivia"], zip(modelForecast, persistence)).map {
                ForecastReport.Row(
                    country: $0.0, observations: 6, modelRmseLog: $0.1.0, modelCoverage90: nil,
                    modelMeanLogBandWidth: nil, centredRmseLog: nil, centredCoverage90: nil,
                    persistenceRmseLog: $0.1.1, trendRmseLog: nil)
            })
        return ValidationSummary(ledger: ledger, posterior: "fingerprint", command: "balloon validate")
    }

    @Test func theStatusGradesEachCountryAndCountsForecastsBetterThanPersistence() {
        let digest = Self.summary(
            rmse: [0.44, 0.1, 0.25], modelForecast: [0.5, 0.2, nil], persistence: [1.0, 0.1, 0.09])
        #expect(digest.fit.map(\.country) == ["Colombia", "Peru", "Bolivia"])
        let text = ValidationStatus.sentences(digest).joined(separator: " ")
        #expect(text.contains("1 of 3 emergent facts"))
        #expect(text.contains("poorly in Colombia (RMSE of log 0.44, its 90% band covers 80%)"))
        #expect(text.contains("well in Peru"))
        #expect(text.contains("roughly in Bolivia"))
        // Bolivia's forecast cannot be judged: 1 better (Colombia) of 2 judged.
        #expect(text.contains("in 1 of 2 countries (Colombia)"))
    }

    /// A close median path with a band that misses most observations is over-confident, not "well".
    @Test(arguments: [
        (0.10, 0.56, "closely but over-confidently"), (0.10, 0.82, "well"), (0.10, 0.99, "closely, with a wide band"),
        (0.25, 0.50, "roughly but over-confidently"), (0.25, 0.90, "roughly"), (0.39, 0.90, "poorly"),
    ])
    func theGradeJudgesTheBandAsWellAsTheMedian(rmse: Double, coverage: Double, words: String) {
        let digest = Self.summary(
            rmse: [0.1, 0.1, rmse], coverage: [0.8, 0.8, coverage], modelForecast: [nil, nil, nil],
            persistence: [nil, nil, nil])
        let text = ValidationStatus.sentences(digest).joined(separator: " ")
        #expect(text.contains("\(words) in Bolivia (RMSE of log"))
    }

    @Test(arguments: [(1990, true), (1999, true), (2000, false), (2010, false)])
    func aStartBeforeTheFittedYearsIsFlagged(startYear: Int, flagged: Bool) {
        let caveat = ValidationStatus.startCaveat(startYear: startYear)
        #expect((caveat != nil) == flagged)
        if let caveat { #expect(caveat.contains("starts in \(startYear), before 2000")) }
    }
}
