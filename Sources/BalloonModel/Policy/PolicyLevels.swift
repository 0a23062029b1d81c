/// The instruments in force in one month, resolved to their targets; refilled each month in place.
///
/// Country-level quantities stay at the country here and are split over regions by the step that
/// uses them (spraying follows sprayable coca, manual eradication follows coca), so a region
/// target and a country target of the same instrument add up.
struct PolicyLevels {
    static let instrumentCount = Instrument.allCases.count
    static let payerCount = Payer.allCases.count

    /// Per-year quantities (instrument units): flat `[place * instrumentCount + column]`.
    private(set) var countryQuantities: [Double]
    private(set) var regionQuantities: [Double]
    /// Interdiction effort per edge, US$ million per year (on top of the baseline).
    private(set) var edgeEffort: [Double]
    private(set) var marketQuantities: [Double]
    /// Payer weights of each instrument's cost this month: `[(place * instrumentCount + column) * payerCount + payer]`.
    private(set) var payerWeights: [Double]
    /// Each payer's share of an instrument's cost at a place (same layout as `payerWeights`): the
    /// weights over their sum, or all to the host country when nothing is in force. Worked out when
    /// the levels are filled, not at every cost booked.
    private(set) var payerShares: [Double]
    /// The months the current levels hold for: no action starts or ends inside them, and the levels
    /// depend on nothing else, so `fill` keeps them for any month in this span (empty before the first fill).
    private var unchangedMonths: Range<MonthIndex> = 0..<0

    init(regionCount: Int, edgeCount: Int) {
        let n = PolicyLevels.instrumentCount
        countryQuantities = Array(repeating: 0, count: Country.allCases.count * n)
        regionQuantities = Array(repeating: 0, count: regionCount * n)
        edgeEffort = Array(repeating: 0, count: edgeCount)
        marketQuantities = Array(repeating: 0, count: Market.allCases.count * n)
        payerWeights = Array(repeating: 0, count: SpendingPlace.count * n * PolicyLevels.payerCount)
        payerShares = payerWeights
    }

    @inline(__always) func country(_ c: Int, _ column: Int) -> Double {
        countryQuantities[c * PolicyLevels.instrumentCount + column]
    }
    @inline(__always) func region(_ r: Int, _ column: Int) -> Double {
        regionQuantities[r * PolicyLevels.instrumentCount + column]
    }
    @inline(__always) func market(_ m: Int, _ column: Int) -> Double {
        marketQuantities[m * PolicyLevels.instrumentCount + column]
    }
    @inline(__always) func payerShare(place: Int, column: Int, payer: Int) -> Double {
        payerShares[(place * PolicyLevels.instrumentCount + column) * PolicyLevels.payerCount + payer]
    }

    mutating func reset() {
        countryQuantities.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
        regionQuantities.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
        edgeEffort.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
        marketQuantities.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
        payerWeights.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
    }

    static func payerIndex(country: Country) -> Int { SpendingPlace.country(country) }
    static func payerIndex(market: Market) -> Int { SpendingPlace.market(market) }

    /// An action reduced to plain numbers once per run, so filling the levels never copies an enum payload.
    struct CompiledAction {
        enum Kind { case country, region, edges, market }
        let kind: Kind
        let column: Int
        let index: Int
        let edgeStart: Int
        let edgeCount: Int
        let payerPlace: Int
        let firstMonth: MonthIndex
        let lastMonth: MonthIndex
        let quantity: Double
        let takesMaximum: Bool
        let payerShares: (Double, Double, Double)
    }

    static func compile(_ actions: [PolicyAction], atlas: Atlas, parameters: ModelParameters) -> (
        [CompiledAction], [Int]
    ) {
        var compiled: [CompiledAction] = []
        var edgeList: [Int] = []
        for action in actions {
            let column = Instrument.allCases.firstIndex(of: action.instrument)!
            let quantity = PolicyLevels.quantity(of: action, parameters: parameters)
            let shares = (
                action.payerShares.count > 0 ? action.payerShares[0] : 1,
                action.payerShares.count > 1 ? action.payerShares[1] : 0,
                action.payerShares.count > 2 ? action.payerShares[2] : 0
            )
            let takesMaximum = action.instrument == .communityControl || action.instrument == .decriminalization
            var kind = CompiledAction.Kind.country, index = 0, payerPlace = 0, edgeStart = 0, edgeCount = 0
            switch action.target {
            case .country(let country):
                kind = .country; index = country.rawValue; payerPlace = payerIndex(country: country)
            case .region(let region):
                kind = .region; index = region; payerPlace = payerIndex(country: atlas.regions[region].country)
            case .edges(let edges):
                kind = .edges; edgeStart = edgeList.count; edgeCount = edges.count
                edgeList += edges
                payerPlace = -1  // booked segment by segment, see `fill`
            case .market(let market):
                kind = .market; index = market.rawValue; payerPlace = payerIndex(market: market)
            }
            compiled.append(
                CompiledAction(
                    kind: kind, column: column, index: index, edgeStart: edgeStart, edgeCount: edgeCount,
                    payerPlace: payerPlace, firstMonth: action.firstMonth, lastMonth: action.lastMonth,
                    quantity: quantity, takesMaximum: takesMaximum, payerShares: shares))
        }
        return (compiled, edgeList)
    }

    /// Fill the levels for `month` from the actions in force. Every call must pass the same actions,
    /// edge list and places (one run's): only the months change.
    /// - Parameter edgePlaces: the spending place of every segment (`Network.spendingPlace(ofEdge:)`).
    mutating func fill(month: MonthIndex, actions: [CompiledAction], edgeList: [Int], edgePlaces: [Int]) {
        guard !unchangedMonths.contains(month) else { return }
        unchangedMonths = PolicyLevels.unchangedMonths(around: month, actions: actions)
        reset()
        let n = PolicyLevels.instrumentCount
        for action in actions where month >= action.firstMonth && month <= action.lastMonth {
            let q = action.quantity
            let slot = action.index * n + action.column
            switch action.kind {
            case .country: countryQuantities[slot] = combine(action.takesMaximum, countryQuantities[slot], q)
            case .region: regionQuantities[slot] = combine(action.takesMaximum, regionQuantities[slot], q)
            case .market: marketQuantities[slot] = combine(action.takesMaximum, marketQuantities[slot], q)
            case .edges:
                guard action.edgeCount > 0 else { continue }
                // A budget spread over several segments: each gets an equal share of the effort.
                let share = q / Double(action.edgeCount)
                for k in action.edgeStart..<(action.edgeStart + action.edgeCount) {
                    edgeEffort[edgeList[k]] += share
                    addPayers(action, place: edgePlaces[edgeList[k]], weight: share)
                }
                continue
            }
            addPayers(action, place: action.payerPlace, weight: q)
        }
        updatePayerShares()
    }

    /// The months around `month` in which the same actions are in force: from the latest start or end
    /// at or before it to the first one after it.
    static func unchangedMonths(around month: MonthIndex, actions: [CompiledAction]) -> Range<MonthIndex> {
        var lower = MonthIndex.min
        var upper = MonthIndex.max
        func note(_ boundary: MonthIndex) {
            if boundary <= month { lower = max(lower, boundary) } else { upper = min(upper, boundary) }
        }
        // An action changes the levels in its first month and in the month after its last.
        for action in actions {
            note(action.firstMonth)
            if action.lastMonth < .max { note(action.lastMonth + 1) }
        }
        return lower..<upper
    }

    /// Each place and instrument's payer weights over their sum, summed payer by payer in order.
    private mutating func updatePayerShares() {
        let payers = PolicyLevels.payerCount
        for base in stride(from: 0, to: payerWeights.count, by: payers) {
            var weightSum = 0.0
            for payer in 0..<payers { weightSum += payerWeights[base + payer] }
            for payer in 0..<payers {
                payerShares[base + payer] =
                    weightSum > 0
                    ? payerWeights[base + payer] / weightSum : (payer == Payer.hostCountry.rawValue ? 1 : 0)
            }
        }
    }

    private mutating func addPayers(_ action: CompiledAction, place: Int, weight quantity: Double) {
        let weight = max(quantity, 1e-9)
        let base = (place * PolicyLevels.instrumentCount + action.column) * PolicyLevels.payerCount
        payerWeights[base] += action.payerShares.0 * weight
        payerWeights[base + 1] += action.payerShares.1 * weight
        payerWeights[base + 2] += action.payerShares.2 * weight
    }

    /// Flows add up; levels (coverage, decriminalisation) take the largest in force.
    private func combine(_ takesMaximum: Bool, _ existing: Double, _ new: Double) -> Double {
        takesMaximum ? max(existing, new) : existing + new
    }

    /// A budget becomes a quantity at the instrument's full unit cost (operating plus overhead).
    static func quantity(of action: PolicyAction, parameters p: ModelParameters) -> Double {
        switch action.amount {
        case .quantityPerYear(let value), .level(let value):
            return value
        case .budgetUSDPerYear(let usd):
            switch action.instrument {
            case .aerialSpraying: return usd / p.sprayCostPerHectare
            case .manualEradication, .concertedEradication: return usd / p.manualCostPerHectare
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
