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
    var matureHectares: StateVector<Double>
    var immatureHectares: StateVector<Double>
    var legalHectares: StateVector<Double>
    /// Hectares killed by forced eradication whose growers have not yet decided to replant or leave.
    var pendingReplant: StateVector<Double>
    /// Voluntarily uprooted hectares whose families are still being paid, and those whose payments ended.
    var paidVoluntary: StateVector<Double>
    var unpaidVoluntary: StateVector<Double>
    /// Voluntarily uprooted hectares by month of enrolment: a ring of `paymentLength` months per region,
    /// flat `[region * paymentLength + slot]`.
    var paidCohorts: StateVector<Double>
    let paymentLength: Int
    /// Share of the mature fields still carrying spray damage (A6), recovering over `spray_yield_recovery_months`.
    var sprayDamagedShare: StateVector<Double>
    var productivity: StateVector<Double>
    /// Smoothed annual eradication hazard: hectares eradicated per hectare standing, per year.
    var hazard: StateVector<Double>
    var statePresence: StateVector<Double>
    var armedPresence: StateVector<Double>
    var demobilised: StateVector<Double>
    var demobilisedFloor: StateVector<Double>
    var alternativeDevelopmentFamilies: StateVector<Double>
    var householdsAtStart: StateVector<Double>
    var incomingDisplaced: StateVector<Double>
    var forestRemaining: StateVector<Double>
    var poverty: StateVector<Double>
    var sprayIntensity: StateVector<Double>
    var carryingArea: StateVector<Double>
    /// This year's weather multiplier on yields, per region, and the year it was drawn for (`drawWeather`).
    var weather: StateVector<Double>
    var weatherYear = Int.min
    var referenceLandPull: StateVector<Double>

    // MARK: Country state
    var sourceInventory: StateVector<Double>
    var sourcePrice: StateVector<Double>
    /// Each source's orders (`sourceBids`) smoothed over about three months: what its price clears against.
    var sourceOrdersSmoothed: StateVector<Double>
    /// Each source's stock on offer this month, before shipments (scratch for the price step).
    var sourceOffered: StateVector<Double>
    /// What each source is asked for this month: its routes' orders plus those turned away at short
    /// sources, filled or not (scratch; the source price reads its smoothed value).
    var sourceBids: StateVector<Double>
    /// The part of each source's price that is the consumer markets' shortage rent, bid back to the
    /// source by traffickers competing for its stock (M7, "Scarcity travels upstream").
    var sourceRent: StateVector<Double>
    /// Each source's shipments this month weighted by the rent per kilogram they meet where they arrive,
    /// and the shipments themselves (scratch for the price step).
    var sourceRentOnOffer: StateVector<Double>
    var sourceShipped: StateVector<Double>
    /// What growers get for the leaf in one kilogram of HCl, US$ (the leaf market, M2/M7): their own
    /// laboratories' price and the paste traders' netback, by the shares each takes.
    var leafValue: StateVector<Double>
    /// What each pool's laboratories pay for the leaf in one kilogram of HCl, US$.
    var labLeafValue: StateVector<Double>
    /// Leaf, in kg of HCl it yields a month, that each pool's laboratories are set up to process.
    var labCapacity: StateVector<Double>
    /// The share of laboratories' output that raids are expected to destroy.
    var labRaidShare: StateVector<Double>
    /// Kilograms each pool's raids destroyed this month (scratch for the leaf market).
    var labDestroyed: StateVector<Double>
    /// This month's harvest by pool, in kg of HCl it yields, and what reaches each pool's laboratories
    /// after paste trade (scratch for the intermediate trade and the leaf market).
    var poolHarvest: StateVector<Double>
    var labThroughput: StateVector<Double>
    /// The share of each pool's harvest its own laboratories take, and what the rest earns growers per
    /// kilogram of the whole harvest (scratch for `payGrowers`).
    var localLabShare: StateVector<Double>
    var growerExportValue: StateVector<Double>
    /// Each paste segment's share of its pool's harvest, the share traders aim for this month and the
    /// netback it offered then, by position in `routeTable.pasteEdges`.
    var pasteShare: StateVector<Double>
    var pasteTarget: StateVector<Double>
    var pasteNetbackAtChoice: StateVector<Double>
    var fragmentation: StateVector<Double>
    var flowSmoothed: StateVector<Double>
    var flowReference: StateVector<Double>
    var captureAccumulator: StateVector<Double>
    var labAccumulator: StateVector<Double>
    var prisonShock: StateVector<Double>
    /// Central America's trafficking flow, smoothed as the countries' is, and at the start.
    var transitFlowSmoothed = 0.0
    var transitFlowReference = 0.0
    /// The consumption-weighted wholesale price of the start month (the contested-rent index's base).
    var wholesaleValueReference = 0.0

    // MARK: Network state
    var perceivedRisk: StateVector<Double>
    var edgeClosed: StateVector<Bool>
    var routeCost: StateVector<Double>
    var routeSurvival: StateVector<Double>
    /// Each route's share of its market's supply this month (`updateRouteWeights`).
    var routeWeight: StateVector<Double>
    /// The network as flat tables, fixed for the run.
    let routeTable: RouteTable
    /// Each segment's perceived risk and markup this month, once `segmentTermsReady` (`updateRouteCosts`).
    var segmentRisk: StateVector<Double>
    var segmentMarkup: StateVector<Double>
    var segmentTermsReady: StateVector<Bool>
    /// Segments leaving Central America and Mexico, the transit zone whose violence the model reports.
    let centralAmericaExits: [Int]

    // MARK: Market state
    var lightUsers: StateVector<Double>
    var heavyUsers: StateVector<Double>
    var marketInventory: StateVector<Double>
    /// What consumers bought, smoothed over about three months: the trade violence reads (M9).
    var consumptionSmoothed: StateVector<Double>
    /// What consumers asked for at the month's price, served or not, smoothed over about three months:
    /// what dealers stock and order for, so a market that is rationed keeps ordering (M7).
    var demandSmoothed: StateVector<Double>
    var scarcity: StateVector<Double>
    var purity: StateVector<Double>
    var retailAddOn: StateVector<Double>
    var baseInitiation: StateVector<Double>
    var lastRetailPrice: StateVector<Double>
    /// Each market's delivered cost per kilogram, net of the shortage rent its sources captured
    /// (`sourceRent`): what the market's own shortage rent multiplies, so no rent is charged twice.
    var lastDeliveredCost: StateVector<Double>

    // MARK: Numbers fixed for the run, worked out once instead of every month
    /// Instruments' columns in `PolicyLevels`, held here so the step does not reach the shared global.
    let columns = InstrumentColumns.shared
    /// The share of the spray-damaged fields still damaged after a month (`spray_yield_recovery_months`).
    let sprayDamageRetained: Double
    /// A9's poverty factor at each region's start poverty (`povertyFactor`), at least 1e-6.
    let startPovertyFactor: [Double]
    /// The share of each region's, and each country's, coca sprayed a year under the start year's
    /// policies (`initialiseSprayIntensity`): the start's poverty and homicide rates already include
    /// it, so spraying's effects on them are counted from it.
    var startSprayIntensity: [Double]
    var startSprayIntensityCountry: [Double]
    /// The share of organisations' fragmentation that remains after a month (`updateViolence`).
    let fragmentationRetained: Double
    /// What a registered hectare is paid a year under an announced programme (`expectedAnnouncedPayment`).
    let announcedPaymentPerHectareYear: Double

    // MARK: Scratch (reused every month so the step does not allocate)
    /// Productivity's price effect by country this month (`updateLand`).
    var yieldPriceEffect: StateVector<Double>
    var levels: PolicyLevels
    let compiledActions: [PolicyLevels.CompiledAction]
    let compiledEdges: [Int]
    /// Where interdiction on each segment is booked (`Network.spendingPlace(ofEdge:)`).
    let edgeSpendingPlace: [Int]
    /// Months in which a voluntary programme pays, per region (country programmes count for each region).
    let voluntaryFunding: [[ClosedRange<MonthIndex>]]
    var edgeSeizure: StateVector<Double>
    var edgeFlow: StateVector<Double>
    var edgeSeized: StateVector<Double>
    var countryFlow: StateVector<Double>
    var marketArrivals: StateVector<Double>
    var marketCost: StateVector<Double>
    var sprayedByCountry: StateVector<Double>
    var sprayIntensityCountry: StateVector<Double>
    var areaGrowthCountry: StateVector<Double>
    var previousCountryArea: StateVector<Double>
    var routeShipment: StateVector<Double>
    var sourceDemand: StateVector<Double>
    var monthlyProduction: StateVector<Double>
    /// Coca spraying may reach in each region when eradication is planned (`planEradication`).
    var sprayableHectares: StateVector<Double>
    var plannedSpraying: StateVector<Double>
    var plannedManual: StateVector<Double>
    var plannedKills: StateVector<Double>
    var sprayingBanned: StateVector<Bool>
    var borderBandProtected: StateVector<Bool>
    var indigenousConsulted: StateVector<Bool>
    var announcementActive: StateVector<Bool>

    var recorder: Recorder
    /// Registered bounds (`ModelBound`): their limits for this run, which bound has bound this month,
    /// and in how many months each has bound so far.
    let boundLimits: BoundLimits
    var bindingThisMonth: StateVector<Bool>
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

        matureHectares = StateVector(zeros)
        immatureHectares = StateVector(zeros)
        legalHectares = StateVector(zeros)
        pendingReplant = StateVector(zeros)
        paidVoluntary = StateVector(zeros)
        unpaidVoluntary = StateVector(zeros)
        paymentLength = min(60, max(1, Int(configuration.parameters.substitutionPaymentMonths.rounded())))
        paidCohorts = StateVector([Double](repeating: 0, count: paymentLength * configuration.atlas.regions.count))
        sprayDamagedShare = StateVector(zeros)
        productivity = StateVector([Double](repeating: 1, count: regionCount))
        hazard = StateVector(zeros)
        statePresence = StateVector(regions.map(\.statePresence))
        armedPresence = StateVector(regions.map(\.armedPresence))
        demobilised = StateVector(zeros)
        demobilisedFloor = StateVector(zeros)
        alternativeDevelopmentFamilies = StateVector(zeros)
        householdsAtStart = StateVector(zeros)
        incomingDisplaced = StateVector(zeros)
        forestRemaining = StateVector(regions.map(\.forestFrontierHectares))
        poverty = StateVector(regions.map(\.poverty))
        sprayIntensity = StateVector(zeros)
        startSprayIntensity = zeros
        startSprayIntensityCountry = countryZeros
        carryingArea = StateVector(zeros)
        weather = StateVector(zeros)
        referenceLandPull = StateVector([Double](repeating: 1, count: regionCount))
        sprayDamageRetained = Double.exp(-1 / configuration.parameters.sprayYieldRecoveryMonths)
        startPovertyFactor = regions.map {
            max(1e-6, Simulation.povertyFactor($0.poverty, parameters: configuration.parameters))
        }
        fragmentationRetained = Double.pow(0.5, 1 / configuration.parameters.fragmentationHalfLifeMonths)
        announcedPaymentPerHectareYear = Simulation.announcedPaymentPerHectareYear(configuration.parameters)
        yieldPriceEffect = StateVector(countryZeros)

        sourceInventory = StateVector(countryZeros)
        sourcePrice = StateVector(
            Country.allCases.map {
                configuration.initial.sourcePriceUSDPerKg[$0]
                    ?? configuration.parameters.sourcePriceUSDPerKg[$0.rawValue]
            })
        sourceOrdersSmoothed = StateVector(countryZeros)
        sourceOffered = StateVector(countryZeros)
        sourceBids = StateVector(countryZeros)
        sourceRent = StateVector(countryZeros)
        sourceRentOnOffer = StateVector(countryZeros)
        sourceShipped = StateVector(countryZeros)
        leafValue = StateVector(countryZeros)
        labLeafValue = StateVector(countryZeros)
        labCapacity = StateVector(countryZeros)
        labRaidShare = StateVector(countryZeros)
        labDestroyed = StateVector(countryZeros)
        poolHarvest = StateVector(countryZeros)
        labThroughput = StateVector(countryZeros)
        localLabShare = StateVector([Double](repeating: 1, count: Country.allCases.count))
        growerExportValue = StateVector(countryZeros)
        fragmentation = StateVector(countryZeros)
        flowSmoothed = StateVector(countryZeros)
        flowReference = StateVector(countryZeros)
        captureAccumulator = StateVector(countryZeros)
        labAccumulator = StateVector(countryZeros)
        prisonShock = StateVector(countryZeros)

        let seizureScale = configuration.parameters.baseSeizureScale
        let limits = BoundLimits(widening: configuration.boundWidening)
        let baseCap = limits.upper[ModelBound.baseSeizureProbability.rawValue]
        perceivedRisk = StateVector(
            configuration.atlas.network.edges.map { min(baseCap, $0.baseSeizureProbability * seizureScale) })
        edgeClosed = StateVector([Bool](repeating: false, count: edgeCount))
        routeCost = StateVector([Double](repeating: 0, count: atlas.network.routes.count))
        routeSurvival = StateVector([Double](repeating: 1, count: atlas.network.routes.count))
        routeWeight = StateVector([Double](repeating: 0, count: atlas.network.routes.count))
        routeTable = RouteTable(network: configuration.atlas.network, baseSeizureScale: seizureScale)
        segmentRisk = StateVector([Double](repeating: 0, count: edgeCount))
        segmentMarkup = StateVector([Double](repeating: 0, count: edgeCount))
        segmentTermsReady = StateVector([Bool](repeating: false, count: edgeCount))
        pasteShare = StateVector([Double](repeating: 0, count: routeTable.pasteEdges.count))
        pasteTarget = StateVector(pasteShare.array)
        pasteNetbackAtChoice = StateVector(pasteShare.array)

        lightUsers = StateVector(
            Market.allCases.map {
                (configuration.initial.lightUsersMillions[$0]
                    ?? configuration.parameters.lightUsersMillions[$0.rawValue]) * 1e6
            })
        heavyUsers = StateVector(
            Market.allCases.map {
                (configuration.initial.heavyUsersMillions[$0]
                    ?? configuration.parameters.heavyUsersMillions[$0.rawValue]) * 1e6
            })
        marketInventory = StateVector(marketZeros)
        consumptionSmoothed = StateVector(marketZeros)
        demandSmoothed = StateVector(marketZeros)
        scarcity = StateVector([Double](repeating: 1, count: Market.allCases.count))
        purity = StateVector(configuration.parameters.retailPurity)
        retailAddOn = StateVector(marketZeros)
        baseInitiation = StateVector(marketZeros)
        lastRetailPrice = StateVector(
            Market.allCases.map {
                configuration.initial.retailPricePerPureGram[$0]
                    ?? configuration.parameters.retailPricePerPureGram[$0.rawValue]
            })
        lastDeliveredCost = StateVector(marketZeros)

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
        edgeSeizure = StateVector(perceivedRisk.array)
        edgeFlow = StateVector([Double](repeating: 0, count: edgeCount))
        edgeSeized = StateVector([Double](repeating: 0, count: edgeCount))
        countryFlow = StateVector(countryZeros)
        marketArrivals = StateVector(marketZeros)
        marketCost = StateVector(marketZeros)
        sprayedByCountry = StateVector(countryZeros)
        sprayIntensityCountry = StateVector(countryZeros)
        areaGrowthCountry = StateVector(countryZeros)
        previousCountryArea = StateVector(countryZeros)
        routeShipment = StateVector([Double](repeating: 0, count: atlas.network.routes.count))
        sourceDemand = StateVector(countryZeros)
        monthlyProduction = StateVector(countryZeros)
        sprayableHectares = StateVector(zeros)
        plannedSpraying = StateVector(zeros)
        plannedManual = StateVector(zeros)
        plannedKills = StateVector(zeros)
        sprayingBanned = StateVector([Bool](repeating: false, count: Country.allCases.count))
        borderBandProtected = StateVector([Bool](repeating: false, count: regionCount))
        indigenousConsulted = StateVector([Bool](repeating: false, count: regionCount))
        announcementActive = StateVector([Bool](repeating: false, count: regionCount))

        let years = Array(configuration.startYear...configuration.endYear)
        slots = configuration.atlas.layout.slots
        recorder = Recorder(layout: configuration.atlas.layout, years: years)
        boundLimits = limits
        bindingThisMonth = StateVector([Bool](repeating: false, count: ModelBound.allCases.count))
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
        makeStateUnique()
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
