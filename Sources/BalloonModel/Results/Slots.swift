/// Output slots, resolved to integer indices once so the monthly step never hashes a string.
struct Slots {
    static let andeanTotal = Place.andean.code
    static let world = Place.world.code
    static let total = Place.total.code

    var registry = SeriesRegistry()

    /// Land indicators: `[indicator][place]` where place is region 0..<R, then country R..<R+4, then Andean total.
    let land: [[Int]]
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
    let flowPlacesOfEdge: [[Int]]
    let worldSeizures: Int
    let worldProduction: Int
    let worldConsumption: Int
    let interception: Int
    let activeRoutes: Int
    let effectiveRoutes: Int
    let marketArrivals: [Int]
    let marketConsumption: [Int]
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
    /// `[place][instrument][payer]` over `SpendingPlace` indices (countries, markets, transit).
    let spending: [[[Int]]]
    let operating: [[Int]]
    let overhead: [[Int]]
    let spendingByPlace: [Int]
    let spendingTotal: Int

    init(regionIDs: [String], network: Network) {
        var registry = SeriesRegistry()
        let regionPlaces = regionIDs
        self.regionPlaces = regionIDs
        let countryPlaces = Country.allCases.map(\.code)
        let landPlaces = regionPlaces + countryPlaces + [Slots.andeanTotal]
        land = landIndicators.map { registry.register($0, places: landPlaces) }
        regionStatePresence = registry.register(Indicators.statePresence, places: regionPlaces)
        regionArmedPresence = registry.register(Indicators.armedPresence, places: regionPlaces)
        regionYield = registry.register(Indicators.cocaYield, places: regionPlaces)
        countryLeafPrice = registry.register(Indicators.leafPrice, places: countryPlaces)
        countrySourcePrice = registry.register(Indicators.sourcePrice, places: countryPlaces)
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
            if let country = node.country ?? node.sourceCountry { return country.rawValue }
            return countryPlaces.count + foreignNodes.firstIndex(of: node.id)!
        }
        // Seizures on a segment into a market count for the market; otherwise for the place it leaves.
        seizurePlaceOfEdge = network.edges.map { edge in
            nodes[edge.to].market != nil ? jurisdiction(ofNode: edge.to) : jurisdiction(ofNode: edge.from)
        }
        flowPlacesOfEdge = network.edges.map { edge in
            nodes[edge.to].market != nil ? [] : [jurisdiction(ofNode: edge.to)]
        }
        worldSeizures = registry.register(Indicators.seizures, Slots.world)
        worldProduction = registry.register(Indicators.cocaineProduction, Slots.world)
        worldConsumption = registry.register(Indicators.consumption, Slots.world)
        interception = registry.register(Indicators.interceptionRate, Slots.world)
        activeRoutes = registry.register(Indicators.activeRoutes, Slots.world)
        effectiveRoutes = registry.register(Indicators.effectiveRoutes, Slots.world)

        marketArrivals = registry.register(Indicators.arrivals, places: marketPlaces)
        marketConsumption = registry.register(Indicators.consumption, places: marketPlaces)
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
        spending = moneyPlaces.map { place in
            Instrument.allCases.map { instrument in
                Payer.allCases.map { payer in
                    registry.register(Indicators.spending, "\(place)/\(instrument.rawValue)/\(payer.code)")
                }
            }
        }
        operating = moneyPlaces.map { place in
            Instrument.allCases.map { registry.register(Indicators.operatingCost, "\(place)/\($0.rawValue)") }
        }
        overhead = moneyPlaces.map { place in
            Instrument.allCases.map { registry.register(Indicators.overheadCost, "\(place)/\($0.rawValue)") }
        }
        spendingByPlace = registry.register(Indicators.spending, places: moneyPlaces)
        spendingTotal = registry.register(Indicators.spending, Slots.total)
        self.registry = registry
    }

    func land(_ indicator: Land, place: Int) -> Int { land[indicator.rawValue][place] }
}
