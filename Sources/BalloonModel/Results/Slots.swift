/// Output slots, resolved to integer indices once so the monthly step never hashes a string.
struct Slots {
    static let andeanTotal = Place.andean.code
    static let world = Place.world.code
    static let total = Place.total.code

    var registry = SeriesRegistry()

    /// Land indicators, flat `[indicator * landPlaceCount + place]` where place is region 0..<R, then
    /// country R..<R+4, then the Andean total (flat, so recording a region's month retains no inner array).
    let land: [Int]
    let landPlaceCount: Int
    let landIndicators: [Indicator] = [
        Indicators.cocaArea, Indicators.illicitArea, Indicators.legalArea, Indicators.grossPlanted,
        Indicators.newPlantings, Indicators.replanted, Indicators.sprayed, Indicators.eradicatedSpraying,
        Indicators.eradicatedManual, Indicators.voluntarilyRemoved, Indicators.abandoned, Indicators.reclassified,
        Indicators.forestCleared,
        Indicators.leafProduction, Indicators.cocaineProduction, Indicators.displacedHouseholds,
        Indicators.farmerIncome, Indicators.herbicide, Indicators.householdsSprayed,
    ]
    enum Land: Int {
        case cocaArea, illicitArea, legalArea, grossPlanted, newPlantings, replanted, sprayed, eradicatedSpraying,
            eradicatedManual, voluntarilyRemoved, abandoned, reclassified, forestCleared, leafProduction,
            cocaineProduction,
            displacedHouseholds, farmerIncome, herbicide, householdsSprayed
    }

    /// Region ids in atlas order, as places of the land indicators.
    let regionPlaces: [String]
    let regionStatePresence: [Int]
    let regionArmedPresence: [Int]
    let regionYield: [Int]
    let countryLeafPrice: [Int]
    let countrySourcePrice: [Int]
    let countrySourceRent: [Int]
    let countrySourceOrders: [Int]
    let countryHomicide: [Int]
    let centralAmericaViolence: Int
    let countryControl: [Int]
    let countryLabs: [Int]
    let countryCaptures: [Int]
    let countryStock: [Int]
    let marketStock: [Int]
    let worldStock: Int
    let countryLosses: [Int]
    let worldLosses: Int
    let countryYield: [Int]
    /// Seizures and flows by node jurisdiction: Andean countries first, then non-Andean node ids, then markets.
    let seizuresByPlace: [Int]
    let flowByPlace: [Int]
    let seizurePlaceOfEdge: [Int]
    /// The jurisdiction a segment's flow enters, unless it enters a market (whose arrivals count instead).
    let flowPlaceOfEdge: [Int?]
    let worldSeizures: Int
    let worldProduction: Int
    let worldConsumption: Int
    let worldUnmetDemand: Int
    let interception: Int
    let activeRoutes: Int
    let effectiveRoutes: Int
    let marketArrivals: [Int]
    let marketConsumption: [Int]
    let marketUnmetDemand: [Int]
    let marketShortageRent: [Int]
    let marketLight: [Int]
    let marketHeavy: [Int]
    let marketUsers: [Int]
    let marketRetail: [Int]
    let marketPurity: [Int]
    let marketWholesale: [Int]
    let marketTreatment: [Int]
    let marketInitiation: [Int]
    let routeFlow: [Int]
    let routeSeizures: [Int]
    /// Spending by `SpendingPlace` (countries, markets, transit), instrument column and payer, flat
    /// `[(place * instrumentCount + column) * payerCount + payer]` (see `spending(place:column:payer:)`).
    let spending: [Int]
    /// Operating and overhead cost, flat `[place * instrumentCount + column]`.
    let operating: [Int]
    let overhead: [Int]
    let spendingByPlace: [Int]
    let spendingTotal: Int

    init(regionIDs: [String], network: Network) {
        var registry = SeriesRegistry()
        let regionPlaces = regionIDs
        self.regionPlaces = regionIDs
        let countryPlaces = Country.allCases.map(\.code)
        let landPlaces = regionPlaces + countryPlaces + [Slots.andeanTotal]
        landPlaceCount = landPlaces.count
        land = landIndicators.flatMap { registry.register($0, places: landPlaces) }
        regionStatePresence = registry.register(Indicators.statePresence, places: regionPlaces)
        regionArmedPresence = registry.register(Indicators.armedPresence, places: regionPlaces)
        regionYield = registry.register(Indicators.cocaYield, places: regionPlaces)
        countryLeafPrice = registry.register(Indicators.leafPrice, places: countryPlaces)
        countrySourcePrice = registry.register(Indicators.sourcePrice, places: countryPlaces)
        countrySourceRent = registry.register(Indicators.sourceRent, places: countryPlaces)
        countrySourceOrders = registry.register(Indicators.sourceOrders, places: countryPlaces)
        countryHomicide = registry.register(Indicators.homicideRate, places: countryPlaces)
        centralAmericaViolence = registry.register(Indicators.violenceIndex, Simulation.centralAmericaNode)
        countryControl = registry.register(Indicators.territorialControl, places: countryPlaces)
        countryLabs = registry.register(Indicators.labsDestroyed, places: countryPlaces)
        countryCaptures = registry.register(Indicators.captures, places: countryPlaces)
        countryStock = registry.register(Indicators.cocaineStock, places: countryPlaces)
        countryYield = registry.register(Indicators.cocaYield, places: countryPlaces)

        let nodes = network.nodes
        let foreignNodes = nodes.filter { $0.country == nil && $0.market == nil && $0.kind != .source }.map(\.id)
        let marketPlaces = Market.allCases.map(\.code)
        let jurisdictions = countryPlaces + foreignNodes + marketPlaces
        seizuresByPlace = registry.register(Indicators.seizures, places: jurisdictions)
        flowByPlace = registry.register(Indicators.traffickingFlow, places: jurisdictions)
        func jurisdiction(ofNode index: Int) -> Int {
            let node = nodes[index]
            if let market = node.market { return countryPlaces.count + foreignNodes.count + market.rawValue }
            if let country = node.andeanCountry { return country.rawValue }
            return countryPlaces.count + foreignNodes.firstIndex(of: node.id)!
        }
        // Seizures on a segment into a market count for the market; otherwise for the place it leaves.
        seizurePlaceOfEdge = network.edges.map { edge in
            nodes[edge.to].market != nil ? jurisdiction(ofNode: edge.to) : jurisdiction(ofNode: edge.from)
        }
        flowPlaceOfEdge = network.edges.map { edge in
            nodes[edge.to].market != nil ? nil : jurisdiction(ofNode: edge.to)
        }
        worldSeizures = registry.register(Indicators.seizures, Slots.world)
        worldProduction = registry.register(Indicators.cocaineProduction, Slots.world)
        worldConsumption = registry.register(Indicators.consumption, Slots.world)
        worldUnmetDemand = registry.register(Indicators.unmetDemand, Slots.world)
        interception = registry.register(Indicators.interceptionRate, Slots.world)
        activeRoutes = registry.register(Indicators.activeRoutes, Slots.world)
        effectiveRoutes = registry.register(Indicators.effectiveRoutes, Slots.world)

        marketArrivals = registry.register(Indicators.arrivals, places: marketPlaces)
        marketConsumption = registry.register(Indicators.consumption, places: marketPlaces)
        marketUnmetDemand = registry.register(Indicators.unmetDemand, places: marketPlaces)
        marketShortageRent = registry.register(Indicators.shortageRent, places: marketPlaces)
        marketLight = registry.register(Indicators.lightUsers, places: marketPlaces)
        marketHeavy = registry.register(Indicators.heavyUsers, places: marketPlaces)
        marketUsers = registry.register(Indicators.users, places: marketPlaces)
        marketRetail = registry.register(Indicators.retailPrice, places: marketPlaces)
        marketPurity = registry.register(Indicators.purity, places: marketPlaces)
        marketWholesale = registry.register(Indicators.wholesalePrice, places: marketPlaces)
        marketTreatment = registry.register(Indicators.treatmentEpisodes, places: marketPlaces)
        marketInitiation = registry.register(Indicators.initiation, places: marketPlaces)
        marketStock = registry.register(Indicators.cocaineStock, places: marketPlaces)
        worldStock = registry.register(Indicators.cocaineStock, Slots.world)
        countryLosses = registry.register(Indicators.losses, places: countryPlaces)
        worldLosses = registry.register(Indicators.losses, Slots.world)

        let edgeIDs = network.edges.map(\.id)
        routeFlow = registry.register(Indicators.routeFlow, places: edgeIDs)
        routeSeizures = registry.register(Indicators.routeSeizures, places: edgeIDs)

        let moneyPlaces = SpendingPlace.codes
        spending = moneyPlaces.flatMap { place in
            Instrument.allCases.flatMap { instrument in
                Payer.allCases.map { payer in
                    registry.register(Indicators.spending, "\(place)/\(instrument.rawValue)/\(payer.code)")
                }
            }
        }
        operating = moneyPlaces.flatMap { place in
            Instrument.allCases.map { registry.register(Indicators.operatingCost, "\(place)/\($0.rawValue)") }
        }
        overhead = moneyPlaces.flatMap { place in
            Instrument.allCases.map { registry.register(Indicators.overheadCost, "\(place)/\($0.rawValue)") }
        }
        spendingByPlace = registry.register(Indicators.spending, places: moneyPlaces)
        spendingTotal = registry.register(Indicators.spending, Slots.total)
        self.registry = registry
    }

    @inline(__always)
    func land(_ indicator: Land, place: Int) -> Int { land(indicatorIndex: indicator.rawValue, place: place) }

    /// The slot of the `index`-th of `landIndicators` at a place.
    @inline(__always)
    func land(indicatorIndex index: Int, place: Int) -> Int { land[index * landPlaceCount + place] }

    @inline(__always)
    func spending(place: Int, column: Int, payer: Int) -> Int {
        spending[(place * Instrument.allCases.count + column) * Payer.allCases.count + payer]
    }

    /// Positions in `spending` of one place's series, instrument by instrument, payer by payer.
    func spendingPositions(place: Int) -> Range<Int> {
        let perPlace = Instrument.allCases.count * Payer.allCases.count
        return (place * perPlace)..<((place + 1) * perPlace)
    }

    @inline(__always)
    func operating(place: Int, column: Int) -> Int { operating[place * Instrument.allCases.count + column] }

    @inline(__always)
    func overhead(place: Int, column: Int) -> Int { overhead[place * Instrument.allCases.count + column] }
}
