import BalloonModel

/// The runs one parameter draw needs for the ledger: history, and history with one policy changed.
///
/// Each experiment adds one instrument to `history` with the same parameters and seed, so a
/// difference is the instrument's effect (common random numbers). Sizes are chosen to be marginal
/// but well above the noise; they are documented in docs/ledger.md.
package struct FactRuns: Sendable {
    package let parameters: ModelParameters
    package let history: SimulationResults
    /// +20,000 ha sprayed in Colombia in 2006 (SF1).
    package let extraSpraying: SimulationResults
    /// +10% on every Colombian eradication action, 2002–2006 (SF2).
    package let moreEradication: SimulationResults
    /// +US$100 million a year of aerial spraying in Colombia, 2005–2008 (SF3).
    package let eradicationBudget: SimulationResults
    /// +US$100 million a year of interdiction on Colombia's export segments, 2005–2008 (SF3).
    package let interdictionBudget: SimulationResults
    /// U.S. Plan Colombia budget tripled, 2000–2008: spraying and U.S. military aid ×3 (SF4).
    package let tripledPlan: SimulationResults
    /// +US$500 million a year of interdiction on the main Colombian hub segments, 2010–2015 (SF22).
    package let hubInterdiction: SimulationResults
    /// The same US$1 billion a year, 2005–2015, on U.S. treatment / Andean eradication / interdiction (SF23).
    package let treatmentSpending: SimulationResults
    package let sourceControlSpending: SimulationResults
    package let interdictionSpending: SimulationResults
    /// Possession decriminalised in the United States from 2005 (SF25).
    package let decriminalisation: SimulationResults

    package static let years = 2000...2023
    static let exportSegments = ["CO>CO_PACIFIC", "CO>CO_CARIBBEAN", "CO>VENEZUELA", "CO>EC_PORTS", "CO>BRAZIL"]
    static let hubSegments = ["CO_PACIFIC>CENTRAL_AMERICA", "CO_CARIBBEAN>CARIBBEAN", "CO_CARIBBEAN>EU"]

    package init(history base: SimulationConfiguration) {
        parameters = base.parameters
        let atlas = base.atlas
        func run(_ extra: [PolicyAction], scaling: ((inout PolicyAction) -> Void)? = nil) -> SimulationResults {
            var configuration = base
            if let scaling { for index in configuration.actions.indices { scaling(&configuration.actions[index]) } }
            configuration.actions += extra
            return Simulation.run(configuration)
        }
        func action(
            _ instrument: Instrument, _ target: PolicyTarget, _ years: ClosedRange<Int>, _ amount: PolicyAmount,
            payer: Payer = .unitedStates
        ) -> PolicyAction {
            var shares = [0.0, 0.0, 0.0]
            shares[payer.rawValue] = 1
            return PolicyAction(
                instrument: instrument, target: target, firstMonth: .of(year: years.lowerBound),
                lastMonth: .of(year: years.upperBound, month: 12), amount: amount, payerShares: shares)
        }
        let export = PolicyTarget.edges(Self.exportSegments.compactMap { atlas.network.edgeIndex($0) })
        let hubs = PolicyTarget.edges(Self.hubSegments.compactMap { atlas.network.edgeIndex($0) })
        let billion = 1_000_000_000.0
        history = run([])
        extraSpraying = run([action(.aerialSpraying, .country(.colombia), 2006...2006, .quantityPerYear(20_000))])
        moreEradication = run([]) { policy in
            guard policy.target == .country(.colombia), policy.firstMonth >= MonthIndex.of(year: 2002),
                policy.lastMonth <= MonthIndex.of(year: 2006, month: 12),
                policy.instrument == .aerialSpraying || policy.instrument == .manualEradication,
                case .quantityPerYear(let hectares) = policy.amount
            else { return }
            policy.amount = .quantityPerYear(hectares * 1.1)
        }
        eradicationBudget = run([action(.aerialSpraying, .country(.colombia), 2005...2008, .budgetUSDPerYear(1e8))])
        interdictionBudget = run([action(.interdiction, export, 2005...2008, .budgetUSDPerYear(1e8))])
        tripledPlan = run([]) { policy in
            guard policy.target == .country(.colombia), policy.lastMonth <= MonthIndex.of(year: 2008, month: 12),
                policy.instrument == .aerialSpraying || policy.instrument == .militaryAid
            else { return }
            switch policy.amount {
            case .quantityPerYear(let value): policy.amount = .quantityPerYear(value * 3)
            case .budgetUSDPerYear(let value): policy.amount = .budgetUSDPerYear(value * 3)
            case .level: break
            }
        }
        hubInterdiction = run([action(.interdiction, hubs, 2010...2015, .budgetUSDPerYear(5e8))])
        treatmentSpending = run([action(.treatment, .market(.unitedStates), 2005...2015, .budgetUSDPerYear(billion))])
        sourceControlSpending = run([
            action(.manualEradication, .country(.colombia), 2005...2015, .budgetUSDPerYear(billion / 2)),
            action(.manualEradication, .country(.peru), 2005...2015, .budgetUSDPerYear(billion / 2)),
        ])
        interdictionSpending = run([action(.interdiction, hubs, 2005...2015, .budgetUSDPerYear(billion))])
        decriminalisation = run([action(.decriminalization, .market(.unitedStates), 2005...2023, .level(1))])
    }
}

extension SimulationResults {
    /// A value, or nil when the series or year is missing.
    func at(_ indicator: Indicator, _ place: Place, _ year: Int) -> Double? { value(indicator, place, year: year) }

    /// The sum of a series over years.
    func total(_ indicator: Indicator, _ place: Place, _ years: ClosedRange<Int>) -> Double {
        years.reduce(0) { $0 + (value(indicator, place, year: $1) ?? 0) }
    }
}
