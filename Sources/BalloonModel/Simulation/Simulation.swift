import RealModule

/// The region-level simulator: a value type stepped month by month (MODEL.md sections 2–5).
///
/// State is held as struct-of-arrays, indexed by region, country, edge, route or market. Each
/// mechanism lives in its own extension file (`Simulation+Planting.swift`, `Simulation+Eradication.swift`,
/// …; docs/architecture.md lists them) and is called in a fixed order by `step()`.
public struct Simulation {
    public let configuration: SimulationConfiguration
    let p: ModelParameters
    let atlas: Atlas
    /// Per-region numbers copied out of `atlas.regions` so the step never retains a string.
    let traits: [RegionTraits]
    /// Region indices by country.
    let regionsOfCountry: [[Int]]
    let regionCount: Int
    let edgeCount: Int
    let seed: UInt64

    // MARK: Region state
    var matureHectares: [Double]
    var immatureHectares: [Double]
    var legalHectares: [Double]
    /// Hectares killed by forced eradication whose growers have not yet decided to replant or leave.
    var pendingReplant: [Double]
    /// Voluntarily uprooted hectares whose families are still being paid, and those whose payments ended.
    var paidVoluntary: [Double]
    var unpaidVoluntary: [Double]
    /// Voluntarily uprooted hectares by month of enrolment: a ring of `paymentLength` months per region,
    /// flat `[region * paymentLength + slot]`.
    var paidCohorts: [Double]
    let paymentLength: Int
    var sprayPenalty: [Double]
    var productivity: [Double]
    /// Smoothed annual eradication hazard: hectares eradicated per hectare standing, per year.
    var hazard: [Double]
    var statePresence: [Double]
    var armedPresence: [Double]
    var demobilised: [Double]
    var demobilisedFloor: [Double]
    var alternativeDevelopmentFamilies: [Double]
    var householdsAtStart: [Double]
    var incomingDisplaced: [Double]
    var forestRemaining: [Double]
    var poverty: [Double]
    var sprayIntensity: [Double]
    var carryingArea: [Double]
    /// This year's weather multiplier on yields, per region, and the year it was drawn for (`drawWeather`).
    var weather: [Double]
    var weatherYear = Int.min
    var referenceProfitRatio: [Double]

    // MARK: Country state
    var sourceInventory: [Double]
    var sourcePrice: [Double]
    var sourceDemandSmoothed: [Double]
    /// Each source's stock on offer this month, before shipments (scratch for the price step).
    var sourceOffered: [Double]
    /// What growers get for the leaf in one kilogram of HCl, US$ (the leaf market, M2/M7): their own
    /// laboratories' price and the paste traders' netback, by the shares each takes.
    var leafValue: [Double]
    /// What each pool's laboratories pay for the leaf in one kilogram of HCl, US$.
    var labLeafValue: [Double]
    /// Leaf, in kg of HCl it yields a month, that each pool's laboratories are set up to process.
    var labCapacity: [Double]
    /// The share of laboratories' output that raids are expected to destroy.
    var labRaidShare: [Double]
    /// Kilograms each pool's raids destroyed this month (scratch for the leaf market).
    var labDestroyed: [Double]
    /// This month's harvest by pool, in kg of HCl it yields, and what reaches each pool's laboratories
    /// after paste trade (scratch for the intermediate trade and the leaf market).
    var poolHarvest: [Double]
    var labThroughput: [Double]
    /// The share of each pool's harvest its own laboratories take, and what the rest earns growers per
    /// kilogram of the whole harvest (scratch for `payGrowers`).
    var localLabShare: [Double]
    var growerExportValue: [Double]
    /// Each paste segment's share of its pool's harvest, the share traders aim for this month and the
    /// netback it offered then, by position in `routeTable.pasteEdges`.
    var pasteShare: [Double]
    var pasteTarget: [Double]
    var pasteNetbackAtChoice: [Double]
    var fragmentation: [Double]
    var flowSmoothed: [Double]
    var flowReference: [Double]
    var captureAccumulator: [Double]
    var labAccumulator: [Double]
    var prisonShock: [Double]
    /// Central America's trafficking flow, smoothed as the countries' is, and at the start.
    var transitFlowSmoothed = 0.0
    var transitFlowReference = 0.0
    /// The consumption-weighted wholesale price of the start month (the contested-rent index's base).
    var wholesaleValueReference = 0.0

    // MARK: Network state
    var perceivedRisk: [Double]
    var edgeClosed: [Bool]
    var routeCost: [Double]
    var routeSurvival: [Double]
    /// Each route's share of its market's supply this month (`updateRouteWeights`).
    var routeWeight: [Double]
    /// The network as flat tables, fixed for the run.
    let routeTable: RouteTable
    /// Each segment's perceived risk and markup this month, once `segmentTermsReady` (`updateRouteCosts`).
    var segmentRisk: [Double]
    var segmentMarkup: [Double]
    var segmentTermsReady: [Bool]
    /// Segments leaving Central America and Mexico, the transit zone whose violence the model reports.
    let centralAmericaExits: [Int]

    // MARK: Market state
    var lightUsers: [Double]
    var heavyUsers: [Double]
    var marketInventory: [Double]
    var consumptionSmoothed: [Double]
    var scarcity: [Double]
    var purity: [Double]
    var retailAddOn: [Double]
    var baseInitiation: [Double]
    var lastRetailPrice: [Double]
    var lastDeliveredCost: [Double]

    // MARK: Numbers fixed for the run, worked out once instead of every month
    /// Instruments' columns in `PolicyLevels`, held here so the step does not reach the shared global.
    let columns = InstrumentColumns.shared
    /// The share of the spray yield penalty that remains after a month.
    let sprayPenaltyRetained: Double
    /// A9's poverty factor at each region's start poverty (`povertyFactor`), at least 1e-6.
    let startPovertyFactor: [Double]

    // MARK: Scratch (reused every month so the step does not allocate)
    /// Productivity's price effect by country this month (`updateLand`).
    var yieldPriceEffect: [Double]
    var levels: PolicyLevels
    let compiledActions: [PolicyLevels.CompiledAction]
    let compiledEdges: [Int]
    /// Where interdiction on each segment is booked (`Network.spendingPlace(ofEdge:)`).
    let edgeSpendingPlace: [Int]
    /// Months in which a voluntary programme pays, per region (country programmes count for each region).
    let voluntaryFunding: [[ClosedRange<MonthIndex>]]
    var edgeSeizure: [Double]
    var edgeFlow: [Double]
    var edgeSeized: [Double]
    var countryFlow: [Double]
    var marketArrivals: [Double]
    var marketCost: [Double]
    var sprayedByCountry: [Double]
    var sprayIntensityCountry: [Double]
    var areaGrowthCountry: [Double]
    var previousCountryArea: [Double]
    var routeShipment: [Double]
    var sourceDemand: [Double]
    var monthlyProduction: [Double]
    /// Coca spraying may reach in each region when eradication is planned (`planEradication`).
    var sprayableHectares: [Double]
    var plannedSpraying: [Double]
    var plannedManual: [Double]
    var plannedKills: [Double]
    var sprayingBanned: [Bool]
    var borderBandProtected: [Bool]
    var indigenousConsulted: [Bool]
    var announcementActive: [Bool]

    var recorder: Recorder
    /// Registered bounds (`ModelBound`): their limits for this run, which bound has bound this month,
    /// and in how many months each has bound so far.
    let boundLimits: BoundLimits
    var bindingThisMonth: [Bool]
    var bindingMonths: [Int]
    let slots: Slots
    var month: MonthIndex
    var yearIndex = 0
    var monthsInYear = 0

    public init(configuration: SimulationConfiguration) {
        self.configuration = configuration
        p = configuration.parameters
        atlas = configuration.atlas
        seed = configuration.seed
        regionCount = atlas.regions.count
        traits = configuration.atlas.regions.map(RegionTraits.init)
        let regionList = configuration.atlas.regions
        regionsOfCountry = Country.allCases.map { country in
            regionList.indices.filter { regionList[$0].country == country }
        }
        edgeCount = atlas.network.edges.count
        month = configuration.firstMonth
        let regions = atlas.regions
        let zeros = [Double](repeating: 0, count: regionCount)
        let countryZeros = [Double](repeating: 0, count: Country.allCases.count)
        let marketZeros = [Double](repeating: 0, count: Market.allCases.count)

        matureHectares = zeros
        immatureHectares = zeros
        legalHectares = zeros
        pendingReplant = zeros
        paidVoluntary = zeros
        unpaidVoluntary = zeros
        paymentLength = min(60, max(1, Int(configuration.parameters.substitutionPaymentMonths.rounded())))
        paidCohorts = [Double](repeating: 0, count: paymentLength * configuration.atlas.regions.count)
        sprayPenalty = zeros
        productivity = [Double](repeating: 1, count: regionCount)
        hazard = zeros
        statePresence = regions.map(\.statePresence)
        armedPresence = regions.map(\.armedPresence)
        demobilised = zeros
        demobilisedFloor = zeros
        alternativeDevelopmentFamilies = zeros
        householdsAtStart = zeros
        incomingDisplaced = zeros
        forestRemaining = regions.map(\.forestFrontierHectares)
        poverty = regions.map(\.poverty)
        sprayIntensity = zeros
        carryingArea = zeros
        weather = zeros
        referenceProfitRatio = [Double](repeating: 1, count: regionCount)
        sprayPenaltyRetained = Double.exp(-1 / configuration.parameters.sprayYieldRecoveryMonths)
        startPovertyFactor = regions.map {
            max(1e-6, Simulation.povertyFactor($0.poverty, parameters: configuration.parameters))
        }
        yieldPriceEffect = countryZeros

        sourceInventory = countryZeros
        sourcePrice = Country.allCases.map {
            configuration.initial.sourcePriceUSDPerKg[$0] ?? configuration.parameters.sourcePriceUSDPerKg[$0.rawValue]
        }
        sourceDemandSmoothed = countryZeros
        sourceOffered = countryZeros
        leafValue = countryZeros
        labLeafValue = countryZeros
        labCapacity = countryZeros
        labRaidShare = countryZeros
        labDestroyed = countryZeros
        poolHarvest = countryZeros
        labThroughput = countryZeros
        localLabShare = [Double](repeating: 1, count: Country.allCases.count)
        growerExportValue = countryZeros
        fragmentation = countryZeros
        flowSmoothed = countryZeros
        flowReference = countryZeros
        captureAccumulator = countryZeros
        labAccumulator = countryZeros
        prisonShock = countryZeros

        let seizureScale = configuration.parameters.baseSeizureScale
        let limits = BoundLimits(widening: configuration.boundWidening)
        let baseCap = limits.upper[ModelBound.baseSeizureProbability.rawValue]
        perceivedRisk = configuration.atlas.network.edges.map { min(baseCap, $0.baseSeizureProbability * seizureScale) }
        edgeClosed = [Bool](repeating: false, count: edgeCount)
        routeCost = [Double](repeating: 0, count: atlas.network.routes.count)
        routeSurvival = [Double](repeating: 1, count: atlas.network.routes.count)
        routeWeight = [Double](repeating: 0, count: atlas.network.routes.count)
        routeTable = RouteTable(network: configuration.atlas.network, baseSeizureScale: seizureScale)
        segmentRisk = [Double](repeating: 0, count: edgeCount)
        segmentMarkup = [Double](repeating: 0, count: edgeCount)
        segmentTermsReady = [Bool](repeating: false, count: edgeCount)
        pasteShare = [Double](repeating: 0, count: routeTable.pasteEdges.count)
        pasteTarget = pasteShare
        pasteNetbackAtChoice = pasteShare

        lightUsers = Market.allCases.map {
            (configuration.initial.lightUsersMillions[$0] ?? configuration.parameters.lightUsersMillions[$0.rawValue])
                * 1e6
        }
        heavyUsers = Market.allCases.map {
            (configuration.initial.heavyUsersMillions[$0] ?? configuration.parameters.heavyUsersMillions[$0.rawValue])
                * 1e6
        }
        marketInventory = marketZeros
        consumptionSmoothed = marketZeros
        scarcity = [Double](repeating: 1, count: Market.allCases.count)
        purity = configuration.parameters.retailPurity
        retailAddOn = marketZeros
        baseInitiation = marketZeros
        lastRetailPrice = Market.allCases.map {
            configuration.initial.retailPricePerPureGram[$0]
                ?? configuration.parameters.retailPricePerPureGram[$0.rawValue]
        }
        lastDeliveredCost = marketZeros

        levels = PolicyLevels(regionCount: regionCount, edgeCount: edgeCount)
        let network = configuration.atlas.network
        edgeSpendingPlace = network.edges.indices.map { network.spendingPlace(ofEdge: $0) }
        centralAmericaExits = network.edges.indices.filter {
            network.nodes[network.edges[$0].from].id == Simulation.centralAmericaNode
        }
        (compiledActions, compiledEdges) = PolicyLevels.compile(
            configuration.actions, atlas: configuration.atlas,
            parameters: configuration.parameters)
        voluntaryFunding = regionList.indices.map { r in
            configuration.actions.compactMap { action -> ClosedRange<MonthIndex>? in
                guard action.instrument == .voluntarySubstitution, action.lastMonth >= action.firstMonth else {
                    return nil
                }
                switch action.target {
                case .country(let country):
                    return country == regionList[r].country ? action.firstMonth...action.lastMonth : nil
                case .region(let index): return index == r ? action.firstMonth...action.lastMonth : nil
                default: return nil
                }
            }
        }
        edgeSeizure = perceivedRisk
        edgeFlow = [Double](repeating: 0, count: edgeCount)
        edgeSeized = [Double](repeating: 0, count: edgeCount)
        countryFlow = countryZeros
        marketArrivals = marketZeros
        marketCost = marketZeros
        sprayedByCountry = countryZeros
        sprayIntensityCountry = countryZeros
        areaGrowthCountry = countryZeros
        previousCountryArea = countryZeros
        routeShipment = [Double](repeating: 0, count: atlas.network.routes.count)
        sourceDemand = countryZeros
        monthlyProduction = countryZeros
        sprayableHectares = zeros
        plannedSpraying = zeros
        plannedManual = zeros
        plannedKills = zeros
        sprayingBanned = [Bool](repeating: false, count: Country.allCases.count)
        borderBandProtected = [Bool](repeating: false, count: regionCount)
        indigenousConsulted = [Bool](repeating: false, count: regionCount)
        announcementActive = [Bool](repeating: false, count: regionCount)

        let years = Array(configuration.startYear...configuration.endYear)
        slots = configuration.atlas.layout.slots
        recorder = Recorder(layout: configuration.atlas.layout, years: years)
        boundLimits = limits
        bindingThisMonth = [Bool](repeating: false, count: ModelBound.allCases.count)
        bindingMonths = [Int](repeating: 0, count: ModelBound.allCases.count)

        initialiseLand()
        initialiseMarkets()
    }

    /// Run the whole configured span and return annual results.
    public static func run(_ configuration: SimulationConfiguration) -> SimulationResults {
        var simulation = Simulation(configuration: configuration)
        simulation.runToEnd()
        return simulation.results
    }

    public var results: SimulationResults {
        var results = recorder.results
        results.boundMonths = Dictionary(
            uniqueKeysWithValues: ModelBound.allCases.map { ($0, bindingMonths[$0.rawValue]) })
        return results
    }

    public mutating func runToEnd() {
        for _ in 0..<configuration.monthCount { step() }
    }

    /// Advance one month: policy, institutions, land, production, trafficking, markets, demand, violence,
    /// then the month's stocks are recorded.
    public mutating func step() {
        recorder.beginMonth()
        levels.fill(month: month, actions: compiledActions, edgeList: compiledEdges, edgePlaces: edgeSpendingPlace)
        applyEvents()
        updateTerritory()
        updateLand()
        drawSegmentSeizures()
        produce()
        traffic()
        clearMarkets()
        updateDemand()
        updateViolence()
        recordStocks()
        countBindingBounds()
        month += 1
        monthsInYear += 1
        if monthsInYear == 12 {
            closeYear()
            monthsInYear = 0
            yearIndex += 1
        }
    }

    var year: Int { month / 12 }

    @inline(__always)
    mutating func noise(_ entity: UInt64, _ purpose: RandomPurpose) -> Double {
        CounterRandom.normal(
            seed: seed, entity: entity, month: UInt64(truncatingIfNeeded: month), purpose: purpose.rawValue)
    }

    mutating func countryIndex(ofRegion region: Int) -> Int { traits[region].country.rawValue }
}
