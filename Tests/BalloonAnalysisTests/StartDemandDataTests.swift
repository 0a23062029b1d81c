import BalloonData
import BalloonModel
import Foundation
import Testing

/// The start year's users and consumption outside the U.S. come from UNODC's regional figures in the bundled
/// demand data (docs/sources-demand.md); this keeps the catalog's defaults equal to what those rows give.
struct StartDemandDataTests {
    let demand: [Observation]
    let parameters = ModelParameters()

    init() throws {
        demand = try #require(try BundledData.load().series(named: "demand"))
    }

    func figure(_ market: String, _ year: Int, _ indicator: String) throws -> Double {
        let row = demand.first { $0.entity == market && $0.year == year && $0.item == indicator }
        return try #require(row?.value, "no \(market) \(year) '\(indicator)' row in demand.csv")
    }

    /// Tonnes a year and users (millions) at the start, from the catalog's defaults, as the model computes them.
    func start(_ market: Market) -> (tonnes: Double, users: Double) {
        let light = parameters.lightUsersMillions[market.rawValue]
        let heavy = parameters.heavyUsersMillions[market.rawValue]
        return (parameters.gramsPerYear(lightUsers: light, heavyUsers: heavy), light + heavy)
    }

    /// Two years of the 1998–2008 log-linear growth in UNODC's West & Central European figures.
    @Test func europesStartIsUNODCs1998FigureGrownToTwoThousand() throws {
        func in2000(_ indicator: String) throws -> Double {
            let first = try figure("West & Central Europe", 1998, indicator)
            let last = try figure("West & Central Europe", 2008, indicator)
            return first * pow(last / first, 0.2)
        }
        let europe = start(.europe)
        let tonnes = try in2000("cocaine consumption"), users = try in2000("past-year cocaine users")
        #expect(abs(europe.tonnes - tonnes) <= 0.02 * tonnes, "Europe: \(europe.tonnes) t against \(tonnes)")
        #expect(abs(europe.users - users) <= 0.02 * users, "Europe: \(europe.users) M users against \(users)")
    }

    /// South America's users are UNODC's 2004–05 count, and every market outside the U.S. consumes per user what
    /// Europe does (the U.S.'s heavy share, applied everywhere, gave 670 t for a world that production less
    /// seizures could feed about 450 t of).
    @Test func southAmericaAndTheRestConsumePerUserWhatEuropeDoes() throws {
        let southAmericanUsers = try #require(
            demand.first { $0.entity == "South America" && $0.yearText == "2004-2005" }?.value)
        #expect(abs(start(.southAmerica).users - southAmericanUsers) <= 0.02 * southAmericanUsers)
        let europe = start(.europe)
        for market in [Market.southAmerica, .restOfWorld] {
            let perUser = start(market).tonnes / start(market).users
            #expect(
                abs(perUser - europe.tonnes / europe.users) <= 0.03 * perUser,
                "\(market.code): \(perUser) g a user against Europe's \(europe.tonnes / europe.users)")
        }
        let unitedStates = start(.unitedStates)
        #expect(unitedStates.tonnes / unitedStates.users > 1.3 * europe.tonnes / europe.users)
    }
}
