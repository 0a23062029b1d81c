import BalloonModel

/// Sentences shared by many captions: scenario-versus-baseline comparisons and baseline trends.
extension ReportContext {
    /// A named series to speak about, e.g. ("Peru", Peru's coca area).
    typealias Subject = (name: String, line: (ScenarioResult) -> ScenarioLine?)

    /// "In 2035, compared with History: under Plan Peru, Peru's coca area is 31% lower [18–40%] and Colombia's is
    /// 12% higher, while Bolivia's barely changes; under Plan Ecuador, …" — subjects ordered by the size of their
    /// change, those within 1% (1 point) grouped at the end; nil without alternatives.
    ///
    /// With `inPoints`, subjects are shares already in percent (purity, state control) and changes are
    /// differences in percentage points: "is 12 points lower (37% against 49%)".
    func comparisonSentence(_ noun: String, _ subjects: [Subject], year: Int? = nil, inPoints: Bool = false) -> String?
    {
        let year = year ?? focusYear
        let threshold = inPoints ? 1 : 0.01
        let clauses: [String] = alternatives.compactMap { scenario in
            let changes = subjects.compactMap { subject -> (String, Double, (lower: Double, upper: Double)?)? in
                if inPoints {
                    guard let change = difference(scenario, subject.line, in: year) else { return nil }
                    return (subject.name, change, nil)
                }
                guard let change = relativeChange(scenario, subject.line, in: year) else { return nil }
                return (subject.name, change.central, change.band)
            }
            .sorted { abs($0.1) > abs($1.1) }
            guard !changes.isEmpty else { return nil }
            let moved = changes.filter { abs($0.1) >= threshold }
            let still = changes.filter { abs($0.1) < threshold }
            func phrase(_ change: (String, Double, (lower: Double, upper: Double)?)) -> String {
                guard inPoints else { return Wording.comparison(change.1, band: change.2) }
                let subject = subjects.first { $0.name == change.0 }
                let base = subject.flatMap { $0.line(baseline)?.value(in: year) } ?? .nan
                return "is \(Wording.points(abs(change.1))) \(change.1 < 0 ? "lower" : "higher") "
                    + "(\(Wording.percent((base + change.1) / 100)) against \(Wording.percent(base / 100)))"
            }
            // An unnamed subject is the noun itself: "the amount seized worldwide is 5% lower".
            func owner(_ name: String) -> String { name.isEmpty ? "" : Wording.possessive(name) + " " }
            guard let first = moved.first else {
                if changes.count == 1 && !inPoints {
                    return "under \(scenario.title), \(owner(changes[0].0))\(noun) \(Wording.comparison(changes[0].1))"
                }
                return
                    "under \(scenario.title), the \(noun) changes by less than \(inPoints ? "1 point" : "1%") everywhere"
            }
            var parts = ["\(owner(first.0))\(noun) \(phrase(first))"]
            for change in moved.dropFirst() { parts.append("\(owner(change.0))\(phrase(change))") }
            var clause = "under \(scenario.title), " + Wording.list(parts)
            if !still.isEmpty {
                clause +=
                    ", while " + Wording.list(still.map { Wording.possessive($0.0) })
                    + (still.count == 1 ? " barely changes" : " barely change")
            }
            return clause
        }
        guard !clauses.isEmpty else { return nil }
        return "In \(year), compared with \(baseline.title): " + clauses.joined(separator: "; ") + "."
    }

    /// "Under History, Colombia's coca area goes from 146,000 ha in 2000 to 99,000 ha in 2035, and Peru's from …".
    func trendSentence(_ noun: String, _ subjects: [Subject], unit: String, to year: Int? = nil) -> String {
        let year = year ?? focusYear
        let first = years.first ?? year
        let parts: [String] = subjects.compactMap { subject in
            guard let line = subject.line(baseline), let start = line.value(in: first), let end = line.value(in: year)
            else { return nil }
            return "from \(Wording.quantity(start, unit)) in \(first) to \(Wording.quantity(end, unit)) in \(year)"
                + (subject.name.isEmpty ? "" : " for \(Wording.place(subject.name))")
        }
        guard !parts.isEmpty else { return "Under \(baseline.title), the model reports no \(noun)." }
        return "Under \(baseline.title), \(noun) goes " + Wording.list(parts) + "."
    }

    /// The comparison when there are alternatives, else the baseline's trend.
    func caption(_ noun: String, _ subjects: [Subject], unit: String, inPoints: Bool = false) -> String {
        comparisonSentence(noun, subjects, inPoints: inPoints) ?? trendSentence(noun, subjects, unit: unit)
    }

    /// Subjects for an indicator at several places, named by `PlaceNames`.
    func subjects(_ indicator: Indicator, _ places: [Place], scale: Double = 1) -> [Subject] {
        places.map { place in
            (PlaceNames.name(place), { $0.line(indicator, place)?.scaled(scale) })
        }
    }
}
