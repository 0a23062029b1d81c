/// Sentences shared by many captions: scenario-versus-baseline comparisons and baseline trends.
extension ReportContext {
    /// A named series to speak about, e.g. ("Peru", Peru's coca area).
    typealias Subject = (name: String, line: (ScenarioResult) -> ScenarioLine?)

    /// "In 2035, compared with History, under Plan Peru Peru's coca area is 31% lower [18–40%] and Colombia's
    /// 12% higher; under Plan Ecuador …" — subjects ordered by the size of their change; nil without alternatives.
    func comparisonSentence(_ noun: String, _ subjects: [Subject], year: Int? = nil) -> String? {
        let year = year ?? focusYear
        let clauses: [String] = alternatives.compactMap { scenario in
            let changes = subjects.compactMap { subject -> (String, Double, (lower: Double, upper: Double)?)? in
                guard let change = relativeChange(scenario, subject.line, in: year) else { return nil }
                return (subject.name, change.central, change.band)
            }
            .sorted { abs($0.1) > abs($1.1) }
            guard let first = changes.first else { return nil }
            // An unnamed subject is the noun itself: "the amount seized worldwide is 5% lower".
            let owner = first.0.isEmpty ? "" : Wording.possessive(first.0) + " "
            var parts = ["\(owner)\(noun) \(Wording.comparison(first.1, band: first.2))"]
            for change in changes.dropFirst() {
                parts.append("\(Wording.possessive(change.0)) \(Wording.comparison(change.1, band: change.2))")
            }
            return "under \(scenario.title) \(Wording.list(parts))"
        }
        guard !clauses.isEmpty else { return nil }
        return "In \(year), compared with \(baseline.title), " + clauses.joined(separator: "; ") + "."
    }

    /// "Under History, Colombia's coca area goes from 146,000 ha in 2000 to 99,000 ha in 2035, and Peru's from …".
    func trendSentence(_ noun: String, _ subjects: [Subject], unit: String, to year: Int? = nil) -> String {
        let year = year ?? focusYear
        let first = years.first ?? year
        let parts: [String] = subjects.compactMap { subject in
            guard let line = subject.line(baseline), let start = line.value(in: first), let end = line.value(in: year)
            else { return nil }
            return "from \(Wording.quantity(start, unit)) in \(first) to \(Wording.quantity(end, unit)) in \(year)"
                + (subject.name.isEmpty ? "" : " for \(subject.name)")
        }
        guard !parts.isEmpty else { return "Under \(baseline.title), the model reports no \(noun)." }
        return "Under \(baseline.title), \(noun) goes " + Wording.list(parts) + "."
    }

    /// The comparison when there are alternatives, else the baseline's trend.
    func caption(_ noun: String, _ subjects: [Subject], unit: String) -> String {
        comparisonSentence(noun, subjects) ?? trendSentence(noun, subjects, unit: unit)
    }

    /// Subjects for an indicator at several places, named by `PlaceNames`.
    func subjects(_ indicator: String, _ places: [String], scale: Double = 1) -> [Subject] {
        places.map { place in
            (PlaceNames.name(place), { $0.line(indicator, place)?.scaled(scale) })
        }
    }
}
