/// The instruments in force in one month, resolved to their targets; refilled each month in place.
///
/// Country-level quantities stay at the country here and are split over regions by the step that
/// uses them (spraying follows sprayable coca, manual eradication follows coca), so a region
/// target and a country target of the same instrument add up.
struct PolicyLevels {
    /// Per-year quantities (instrument units) by country and by region.
    var countryQuantity: [[Double]]
    var regionQuantity: [[Double]]
    /// Interdiction effort per edge, US$ million per year (on top of the baseline).
    var edgeEffort: [Double]
    var marketQuantity: [[Double]]
    /// Payer shares of each instrument's cost this month, weighted by quantity.
    var payerWeight: [[[Double]]]

    init(regionCount: Int, edgeCount: Int) {
        let instruments = Instrument.allCases.count
        countryQuantity = Array(repeating: Array(repeating: 0, count: instruments), count: Country.allCases.count)
        regionQuantity = Array(repeating: Array(repeating: 0, count: instruments), count: regionCount)
        edgeEffort = Array(repeating: 0, count: edgeCount)
        marketQuantity = Array(repeating: Array(repeating: 0, count: instruments), count: Market.allCases.count)
        payerWeight = Array(
            repeating: Array(repeating: Array(repeating: 0, count: Payer.allCases.count), count: instruments),
            count: Country.allCases.count + Market.allCases.count)
    }

    mutating func reset() {
        for i in countryQuantity.indices { for j in countryQuantity[i].indices { countryQuantity[i][j] = 0 } }
        for i in regionQuantity.indices { for j in regionQuantity[i].indices { regionQuantity[i][j] = 0 } }
        for i in edgeEffort.indices { edgeEffort[i] = 0 }
        for i in marketQuantity.indices { for j in marketQuantity[i].indices { marketQuantity[i][j] = 0 } }
        for i in payerWeight.indices {
            for j in payerWeight[i].indices { for k in payerWeight[i][j].indices { payerWeight[i][j][k] = 0 } }
        }
    }

    /// Index into `payerWeight` for a country or a market.
    static func payerIndex(country: Country) -> Int { country.rawValue }
    static func payerIndex(market: Market) -> Int { Country.allCases.count + market.rawValue }

    /// Fill the levels for `month` from the actions in force.
    mutating func fill(month: MonthIndex, actions: [PolicyAction], atlas: Atlas, parameters: ModelParameters) {
        reset()
        for action in actions where month >= action.firstMonth && month <= action.lastMonth {
            let instrument = action.instrument
            let quantity = PolicyLevels.quantity(of: action, parameters: parameters)
            let column = Instrument.allCases.firstIndex(of: instrument)!
            switch action.target {
            case .country(let country):
                countryQuantity[country.rawValue][column] = combine(instrument, countryQuantity[country.rawValue][column], quantity)
                addPayers(PolicyLevels.payerIndex(country: country), column, action.payerShares, quantity)
            case .region(let index):
                regionQuantity[index][column] = combine(instrument, regionQuantity[index][column], quantity)
                addPayers(PolicyLevels.payerIndex(country: atlas.regions[index].country), column, action.payerShares, quantity)
            case .edges(let edges):
                guard !edges.isEmpty else { continue }
                // A budget spread over several segments: each gets an equal share of the effort.
                let share = quantity / Double(edges.count)
                for edge in edges { edgeEffort[edge] += share }
                let payerCountry = atlas.network.nodes[atlas.network.edges[edges[0]].from].country ?? .colombia
                addPayers(PolicyLevels.payerIndex(country: payerCountry), column, action.payerShares, quantity)
            case .market(let market):
                marketQuantity[market.rawValue][column] = combine(instrument, marketQuantity[market.rawValue][column], quantity)
                addPayers(PolicyLevels.payerIndex(market: market), column, action.payerShares, quantity)
            }
        }
    }

    /// Flows add up; levels (coverage, decriminalisation) take the largest in force.
    private func combine(_ instrument: Instrument, _ existing: Double, _ new: Double) -> Double {
        switch instrument {
        case .communityControl, .decriminalization: max(existing, new)
        default: existing + new
        }
    }

    private mutating func addPayers(_ place: Int, _ column: Int, _ shares: [Double], _ quantity: Double) {
        let weight = max(quantity, 1e-9)
        for (payer, share) in shares.enumerated() where payer < Payer.allCases.count {
            payerWeight[place][column][payer] += share * weight
        }
    }

    /// A budget becomes a quantity at the instrument's full unit cost (operating plus overhead).
    static func quantity(of action: PolicyAction, parameters p: ModelParameters) -> Double {
        switch action.amount {
        case .quantityPerYear(let value), .level(let value):
            return value
        case .budgetUSDPerYear(let usd):
            switch action.instrument {
            case .aerialSpraying: return usd / p.sprayCostPerHectare
            case .manualEradication: return usd / p.manualCostPerHectare
            case .voluntarySubstitution: return usd / p.substitutionCostPerFamily
            case .alternativeDevelopment: return usd / p.alternativeDevelopmentCostPerFamilyYear
            case .labDestruction: return usd / p.labDestructionCostPerLab
            case .interdiction, .militaryAid, .prevention: return usd / 1_000_000
            case .organizationTargeting: return usd / p.captureCostUSD
            case .treatment: return usd / p.treatmentCostPerEpisode
            case .communityControl, .decriminalization: return 0
            }
        }
    }
}
