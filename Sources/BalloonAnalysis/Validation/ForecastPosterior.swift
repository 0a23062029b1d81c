import BalloonModel
import Foundation

extension ParameterEnsemble {
    /// The resource holding the posterior fitted through `ForecastTest().fitThrough` (docs/calibration.md).
    package static let forecastResourceName = "posterior-fit-through-2013"

    /// The posterior fitted only to observations through 2013, bundled for the time-split forecast test;
    /// nil if none has been shipped.
    package static func bundledForecastPosterior() -> ParameterEnsemble? { cachedForecastPosterior }

    private static let cachedForecastPosterior: ParameterEnsemble? = {
        guard
            let url = Bundle.module.url(
                forResource: forecastResourceName, withExtension: "json", subdirectory: "Resources"),
            let data = try? Data(contentsOf: url)
        else { return nil }
        return try? decode(data)
    }()
}

extension ObservedTargets {
    /// UNODC coca area by country, as the forecast test reads it.
    package var unodcAreaByCountry: [Country: [Int: Double]] {
        var area: [Country: [Int: Double]] = [:]
        for (code, values) in unodcArea {
            if let country = Country(identifier: code) { area[country] = values }
        }
        return area
    }
}
