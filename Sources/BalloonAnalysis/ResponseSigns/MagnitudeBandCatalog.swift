import BalloonModel

/// The seven magnitude bands under the sign table, each computed on paired runs of the same members.
///
/// A band passes when the ensemble median of each of its numbers lies inside it (as the fact ledger
/// judges facts); the share of members inside is reported beside it.
package enum MagnitudeBandCatalog {
    typealias Outcomes = ResponseSignOutcomes
    typealias Experiment = ResponseSignExperiment
    typealias Metric = MagnitudeBandCheck.Metric

    static let start = Experiment.startYear
    static let medium = ResponseHorizon.medium.years(from: start)
    static let whole = start...Experiment.lastYear

    static func relative(
        _ outcome: Outcomes.Outcome, _ runs: ResponseSignMemberRuns, _ experiment: Experiment,
        _ years: ClosedRange<Int>
    ) -> Double? {
        PairedMeasure.of(outcome, base: runs.history, changed: runs[experiment], years: years)?.relativeChange
    }

    /// U.S. users lost per year of spending → US$ per 1% fewer U.S. users (infinite when users did not fall).
    static func costPerPercentFewerUsers(_ runs: ResponseSignMemberRuns, _ experiment: Experiment) -> Double? {
        guard let change = relative(Outcomes.users(.unitedStates), runs, experiment, medium) else { return nil }
        let percent = -change * 100
        let spending = Experiment.budgetUSDPerYear * Double(whole.count)
        return percent > 1e-9 ? spending / percent : .infinity
    }

    /// US$ per kilogram of world consumption avoided, over the years of the change.
    static func costPerKilogramKept(_ runs: ResponseSignMemberRuns, _ experiment: Experiment) -> Double? {
        let years = Double(whole.count)
        let kept =
            (Outcomes.worldConsumption(runs.history, whole) - Outcomes.worldConsumption(runs[experiment], whole))
            * years * 1_000
        guard kept.isFinite else { return nil }
        return kept > 1 ? Experiment.budgetUSDPerYear * years / kept : .infinity
    }

    package static let checks: [MagnitudeBandCheck] = [
        MagnitudeBandCheck(
            1, [.eradicationBudgetColombia],
            method: "+US$500 M/yr manual eradication in Colombia 2010–14: "
                + "(Δ Peru + Δ Bolivia area) ÷ (− Δ Colombia area), year-end 2014",
            metrics: [Metric(name: "share reappearing", lower: 0.2, upper: 0.6)]
        ) { runs in
            let year = Experiment.lastYear...Experiment.lastYear
            let colombia = Outcomes.cocaArea(.colombia), others = Outcomes.cocaArea(.peru, .bolivia)
            let cut = colombia(runs.history, year) - colombia(runs[.eradicationBudgetColombia], year)
            let gain = others(runs[.eradicationBudgetColombia], year) - others(runs.history, year)
            guard cut.isFinite, gain.isFinite, cut > 0 else { return [nil] }
            return [gain / cut]
        },
        MagnitudeBandCheck(
            2, [.eradicationBudgetColombia, .interdictionOutOfColombia],
            method: "US$500 M/yr each, 2010–14, on manual eradication in Colombia and on interdiction out of "
                + "Colombia: US$ per kg of world consumption avoided 2010–14, eradication ÷ interdiction",
            metrics: [Metric(name: "cost ratio", lower: 3, upper: 10)]
        ) { runs in
            guard let eradication = costPerKilogramKept(runs, .eradicationBudgetColombia),
                let interdiction = costPerKilogramKept(runs, .interdictionOutOfColombia), interdiction.isFinite
            else { return [nil] }
            return [eradication / interdiction]
        },
        MagnitudeBandCheck(
            3, [.tripledSourceSpending],
            method: "history's eradication and military aid in Colombia, Peru and Bolivia ×3, 2010–14: "
                + "relative change in arrivals_t in all markets, mean 2012–14",
            metrics: [Metric(name: "change in cocaine reaching consumers", lower: -0.30, upper: -0.10)]
        ) { runs in
            [relative(Outcomes.arrivalsEverywhere, runs, .tripledSourceSpending, medium)]
        },
        MagnitudeBandCheck(
            4, [.tripledSourceSpending],
            method: "same runs as band 3: relative change in U.S. retail price per pure gram ÷ relative change "
                + "in the producers' mean leaf price, 2012–14, scaled to a doubling (×1.0); not computable where "
                + "the leaf price rose less than 1%",
            metrics: [Metric(name: "U.S. retail change for a doubled leaf price", lower: -.infinity, upper: 0.05)]
        ) { runs in
            guard let leaf = relative(Outcomes.producerLeafPrice, runs, .tripledSourceSpending, medium), leaf >= 0.01,
                let retail = relative(Outcomes.retailPrice(.unitedStates), runs, .tripledSourceSpending, medium)
            else { return [nil] }
            return [retail / leaf]
        },
        MagnitudeBandCheck(
            5, [.unitedStatesShortfall],
            method: "every segment into the United States closed January–April 2010: U.S. retail price and "
                + "purity, mean 2010–11 (annual results; the months 9–21 fall in these two years), and the price "
                + "in 2013–14 (back within a few years)",
            metrics: [
                Metric(name: "price per pure gram", lower: 0.40, upper: 0.90),
                Metric(name: "purity", lower: -0.35, upper: -0.15),
                Metric(name: "price after 3–4 years", lower: -0.10, upper: 0.10),
            ]
        ) { runs in
            let shock = start...(start + 1), later = (start + 3)...(start + 4)
            return [
                relative(Outcomes.retailPrice(.unitedStates), runs, .unitedStatesShortfall, shock),
                relative(Outcomes.purity(.unitedStates), runs, .unitedStatesShortfall, shock),
                relative(Outcomes.retailPrice(.unitedStates), runs, .unitedStatesShortfall, later),
            ]
        },
        MagnitudeBandCheck(
            6, [.leaderCaptureEcuador],
            method: "one leader captured in Ecuador, January 2010: relative change in Ecuador's homicide rate, "
                + "mean 2010 (results are annual, not 6-monthly)",
            metrics: [Metric(name: "homicide change", lower: 0.15, upper: 0.60)]
        ) { runs in
            [relative(Outcomes.homicideRate(.ecuador), runs, .leaderCaptureEcuador, start...start)]
        },
        MagnitudeBandCheck(
            7, [.eradicationBudgetColombia, .interdictionOutOfColombia, .treatmentUnitedStates],
            method: "US$500 M/yr each, 2010–14, on manual eradication in Colombia, interdiction out of Colombia "
                + "and U.S. treatment: US$ per 1% fewer U.S. users (mean 2012–14); 1 when source control > "
                + "interdiction > treatment, else 0",
            metrics: [Metric(name: "ordering holds", lower: 1, upper: 1)]
        ) { runs in
            guard let source = costPerPercentFewerUsers(runs, .eradicationBudgetColombia),
                let interdiction = costPerPercentFewerUsers(runs, .interdictionOutOfColombia),
                let treatment = costPerPercentFewerUsers(runs, .treatmentUnitedStates)
            else { return [nil] }
            return [source > interdiction && interdiction > treatment ? 1 : 0]
        },
    ]
}
