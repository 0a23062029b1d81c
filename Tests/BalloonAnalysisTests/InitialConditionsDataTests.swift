import BalloonData
import BalloonModel
import Testing

/// The model starts from the UNODC coca areas written into `HistoricalStart` (the model cannot read files);
/// this keeps that table equal to the bundled survey series it was copied from.
struct InitialConditionsDataTests {
    /// Years without a UNODC row (the 1990s priors, U.S.-estimate years) are not compared.
    @Test func historicalStartEqualsTheBundledUNODCAreaInEverySurveyYear() throws {
        let data = try BundledData.load()
        var compared = 0
        for country in [Country.colombia, .peru, .bolivia] {
            let survey = data.cocaArea(country: country.code, source: .unodc)
            for year in 2000...2019 {
                guard let observed = survey[year] else { continue }
                let model = HistoricalStart.cocaHectares(country, year: year)
                #expect(
                    abs(model - observed) <= 0.005 * observed,
                    "\(country.code) \(year): HistoricalStart has \(model) ha, coca_cultivation_ha.csv has \(observed)")
                compared += 1
            }
        }
        #expect(compared >= 40, "too few survey years compared: \(compared)")
    }
}
