import Testing

@testable import BalloonModel

/// Readers outside the model find series through `Indicators` and `Place`; these keep that catalog complete.
struct IndicatorCatalogTests {
    @Test func everyReportedIndicatorIsInTheCatalogUnderAUniqueName() {
        let layout = SimulationConfiguration().atlas.layout
        let catalogued = Set(Indicators.all.map(\.name))
        #expect(catalogued.count == Indicators.all.count, "two indicators share a name")
        for name in Set(layout.keys.map(\.indicator)) {
            #expect(catalogued.contains(name), "\(name) is reported but missing from Indicators.all")
            #expect(Indicators.named(name)?.name == name)
        }
    }

    @Test func typedPlacesNameTheSeriesTheModelReports() {
        let results = Simulation.run(SimulationConfiguration(startYear: 2000, endYear: 2001))
        let places: [Place] =
            Country.allCases.map(Place.country) + Market.allCases.map(Place.market) + [.andean, .world, .total]
        for place in places {
            let indicator =
                place == .total
                ? Indicators.spending
                : place == .world
                    ? Indicators.seizures
                    : (Market.allCases.map(Place.market).contains(place) ? Indicators.users : Indicators.cocaArea)
            #expect(results.series(indicator, place) != nil, "no \(indicator.name) at \(place.code)")
        }
        #expect(
            results.series(Indicators.spending, .spending(.country(.colombia), .aerialSpraying, .unitedStates))
                != nil)
        #expect(results.series(Indicators.spending, .transitZone) != nil)
    }
}
