import BalloonModel

/// The model output a sensitivity analysis explains: one indicator at one place in one year.
package struct SensitivityTarget: Sendable, Codable, Equatable {
    package var indicator: String
    package var place: String
    package var year: Int

    package init(indicator: String, place: String, year: Int) {
        self.indicator = indicator
        self.place = place
        self.year = year
    }

    /// Places tried, in order, when none is given: the aggregates.
    static let preferredPlaces = ["ANDEAN", "WORLD", "TOTAL"]

    /// Checks the requested output against what the model reports, filling in the place (the first of
    /// ANDEAN, WORLD, TOTAL that exists, or the only place) and the year (the last simulated one).
    /// - Parameter results: any run of the scenario, for its list of series and years.
    /// - Throws: `AnalysisError` naming `--output`, `--place` or `--year`, with the valid choices.
    package static func resolve(
        indicator: String, place: String?, year: Int?,
        in results: SimulationResults
    ) throws(AnalysisError) -> SensitivityTarget {
        let placesByIndicator = results.placesByIndicator
        guard let places = placesByIndicator[indicator] else {
            let names = placesByIndicator.keys.sorted()
            throw AnalysisError(
                .unknownOutput, field: "--output", message: "the model reports no indicator '\(indicator)'",
                fix: (AnalysisError.closestName(for: indicator, among: names).map { "did you mean '\($0)'? " } ?? "")
                    + "Indicators are listed in docs/outputs.md")
        }
        let chosenPlace: String
        if let place {
            guard places.contains(place) else {
                throw AnalysisError(
                    .unknownOutput, field: "--place", message: "'\(indicator)' is not reported for place '\(place)'",
                    fix: "use one of \(places.prefix(30).joined(separator: ", "))\(places.count > 30 ? ", …" : "")")
            }
            chosenPlace = place
        } else if let preferred = preferredPlaces.first(where: places.contains) {
            chosenPlace = preferred
        } else if places.count == 1 {
            chosenPlace = places[0]
        } else {
            throw AnalysisError(
                .unknownOutput, field: "--place", message: "'\(indicator)' is reported for several places",
                fix: "choose one with --place, e.g. \(places.prefix(8).joined(separator: ", "))")
        }
        let chosenYear = year ?? results.years.last!
        guard results.years.contains(chosenYear) else {
            throw AnalysisError(
                .unknownOutput, field: "--year",
                message: "\(chosenYear) is outside the simulated years \(results.years.first!)–\(results.years.last!)",
                fix: "choose a year in that span, or change it with --from/--to")
        }
        return SensitivityTarget(indicator: indicator, place: chosenPlace, year: chosenYear)
    }

    /// This output in `results` (which must report it: `resolve` checked).
    package func value(in results: SimulationResults) -> Double {
        results.value(indicator, place, year: year) ?? .nan
    }
}
