import BalloonAnalysis
import BalloonModel

@testable import BalloonReport

/// Short real simulations shared by the report tests: a baseline and two policy scenarios on it.
///
/// The runs are real so the tests exercise the model's own series; expected numbers are always computed
/// from these results in the test, never written down.
enum ReportFixtures {
    static let startYear = 2015
    static let endYear = 2034
    static let policyYears = 2024...2029

    static func configuration(_ actions: [PolicyAction]) -> SimulationConfiguration {
        SimulationConfiguration(startYear: startYear, endYear: endYear, seed: 7, actions: actions)
    }

    static let months = (
        first: MonthIndex.of(year: policyYears.lowerBound), last: MonthIndex.of(year: policyYears.upperBound, month: 12)
    )

    /// A Peru eradication surge paid half by the United States.
    static let eradicationActions = [
        PolicyAction(
            instrument: .manualEradication, target: .country(.peru), firstMonth: months.first,
            lastMonth: months.last, amount: .quantityPerYear(30_000), payerShares: [0.5, 0.5, 0])
    ]

    /// Interdiction on Ecuador's exits, paid by the United States.
    static var interdictionActions: [PolicyAction] {
        let network = Atlas.standard.network
        let edges = ["EC_PORTS>EU", "EC_PORTS>CENTRAL_AMERICA", "EC_PORTS>ROW"].compactMap(network.edgeIndex)
        return [
            PolicyAction(
                instrument: .interdiction, target: .edges(edges), firstMonth: months.first, lastMonth: months.last,
                amount: .quantityPerYear(400), payerShares: [0, 1, 0])
        ]
    }

    static let baselineResults = Simulation.run(configuration([]))
    static let eradicationResults = Simulation.run(configuration(eradicationActions))
    static let interdictionResults = Simulation.run(configuration(interdictionActions))

    static func baseline(ensemble: Bool = false) -> ScenarioResult {
        ScenarioResult(
            name: "status-quo", description: "No new policy", source: "bundled:status-quo", seed: 7,
            results: baselineResults, ensemble: ensemble ? band(baselineResults, name: "status-quo") : nil)
    }

    static func eradication(ensemble: Bool = false) -> ScenarioResult {
        ScenarioResult(
            name: "peru-surge", description: "Eradication surge in Peru", source: "scenarios/peru-surge.toml",
            seed: 7, results: eradicationResults,
            ensemble: ensemble ? band(eradicationResults, name: "peru-surge") : nil,
            changes: ["Adds manual_eradication in PE, 2024-01 to 2029-12: 30000 hectares per year"],
            policyYears: policyYears)
    }

    static func interdiction() -> ScenarioResult {
        ScenarioResult(
            name: "ecuador-ports", description: "Interdiction off Ecuador", source: "scenarios/ecuador-ports.toml",
            seed: 7, results: interdictionResults, policyYears: policyYears)
    }

    /// A stand-in ensemble: the run as median with a ±10% band, enough to check bands are drawn and quoted.
    static func band(_ results: SimulationResults, name: String, members: Int = 20) -> EnsembleSummary {
        var series: [String: EnsembleSummary.Band] = [:]
        for key in results.keys {
            guard let values = results.series(key.indicator, key.place) else { continue }
            series[key.fileKey] = .init(
                unit: "", median: values, p05: values.map { $0 * 0.9 }, p95: values.map { $0 * 1.1 })
        }
        return EnsembleSummary(
            modelVersion: "9.8.7", scenario: name, members: members, seed: 7, posterior: "test", years: results.years,
            series: series)
    }

    static func input(
        _ scenarios: [ScenarioResult], ledger: FactLedgerReport? = nil, observed: ObservedHistory = sampleObserved
    ) -> ReportInput {
        ReportInput(
            scenarios: scenarios, observed: observed, ledger: ledger, modelVersion: "9.8.7",
            command: "balloon report status-quo peru-surge")
    }

    /// Observed values in the model's units for the overlays (illustrative numbers, not data).
    static let sampleObserved = ObservedHistory(series: [
        .init(
            indicator: Indicators.cocaArea, place: .country(.colombia),
            values: [2015: 96_000, 2016: 146_000, 2017: 171_000],
            source: "Survey A"),
        .init(
            indicator: Indicators.cocaArea, place: .country(.peru), values: [2015: 40_300, 2016: 43_900],
            source: "Survey A"),
        .init(
            indicator: Indicators.homicideRate, place: .country(.ecuador), values: [2016: 5.6, 2017: 5.6],
            source: "Police B"),
    ])

    /// The three-scenario report every structural test reads.
    static let standardHTML = Report.html(input([baseline(), eradication(), interdiction()]))
}
