import BalloonData

/// Outcome observations after the calibration window, for out-of-sample checks only.
public enum OutOfSampleData {
    public static func load(_ data: BundledData, after lastFittedYear: Int = ObservedTargets.calibrationYears.upperBound)
        -> [String: [Int: Double]] {
        var result: [String: [Int: Double]] = [:]
        for (code, name) in ObservedTargets.countries {
            let later = data.cocaArea(country: name, source: .unodc).filter { $0.key > lastFittedYear }
            if !later.isEmpty { result["coca_area_ha|\(code)"] = later }
        }
        for observation in data.seizures {
            guard let year = observation.year, year > lastFittedYear, observation.yearEnd == nil,
                  let tons = observation.value, observation.item?.lowercased().hasPrefix("cocaine") == true,
                  !observation.flags.contains(.lowerBound), !observation.flags.contains(.partialYear) else { continue }
            let place: String
            switch observation.entity {
            case "Colombia": place = "CO"
            case "Global": place = "WORLD"
            default: continue
            }
            if result["seizures_t|\(place)"]?[year] == nil { result["seizures_t|\(place)", default: [:]][year] = tons }
        }
        return result
    }
}
