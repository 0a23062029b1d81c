import BalloonModel
import Testing

@testable import BalloonReport

/// The report turns result codes into `Place` in one spot; every code a run writes must come back as the place
/// that wrote it, or the report would silently lose a series.
struct PlaceCodeTests {
    @Test func everyPlaceCodeARunWritesReadsBackAsAPlaceWithThatCode() {
        let codes = Set(ReportFixtures.eradicationResults.keys.map(\.place))
        #expect(codes.count > 50)
        for code in codes {
            #expect(Place(resultCode: code)?.code == code, "\(code)")
        }
    }

    @Test(arguments: [
        ("CO", Place.country(.colombia)), ("US", .market(.unitedStates)), ("WORLD", .world), ("ANDEAN", .andean),
        ("TOTAL", .total), ("CO/aerial_spraying/US", .spending(.country(.colombia), .aerialSpraying, .unitedStates)),
        ("TRANSIT/interdiction", .spending(.transitZone, .interdiction, nil)),
    ])
    func codesReadAsTheirTypedPlace(code: String, place: Place) {
        #expect(Place(resultCode: code) == place)
    }

    @Test func regionsAreTheAtlasRegions() {
        let regions = Set(
            ReportFixtures.eradicationResults.keys.map(\.place).compactMap { code -> String? in
                guard case .region(let id) = Place(resultCode: code) else { return nil }
                return id
            })
        #expect(regions == Set(Atlas.standard.regions.map(\.id)))
    }

    @Test(arguments: ["CO/aerial_spraying/NOBODY", "XX/aerial_spraying", "CO/flying"])
    func aSpendingCodeWithAnUnknownPartIsNotAPlace(code: String) {
        #expect(Place(resultCode: code) == nil)
    }
}
