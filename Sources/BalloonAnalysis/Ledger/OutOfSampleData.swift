import BalloonData
import BalloonModel

/// Outcome observations after the calibration window, for out-of-sample checks only.
public enum OutOfSampleData {
    public static func load(_ data: BundledData, after lastFittedYear: Int = ObservedTargets.calibrationYears.upperBound)
        -> [SeriesKey: [Int: Double]] {
        var result: [SeriesKey: [Int: Double]] = [:]
        for (code, name) in ObservedTargets.countries {
            guard let country = Country(identifier: code) else { continue }
            let later = data.cocaArea(country: name, source: .unodc).filter { $0.key > lastFittedYear }
            if !later.isEmpty { result[SeriesKey(Indicators.cocaArea, .country(country))] = later }
        }
        for observation in data.seizures {
            guard let year = observation.year, year > lastFittedYear, observation.yearEnd == nil,
                  let tons = observation.value, observation.item?.lowercased().hasPrefix("cocaine") == true,
                  !observation.flags.contains(.lowerBound), !observation.flags.contains(.partialYear) else { continue }
            let place: Place
            switch observation.entity {
            case "Colombia": place = .country(.colombia)
            case "Global": place = .world
            default: continue
            }
            let key = SeriesKey(Indicators.seizures, place)
            if result[key]?[year] == nil { result[key, default: [:]][year] = tons }
        }
        return result
    }
}
