/// The trafficking network reduced once per run to flat tables of numbers and indices.
///
/// The monthly step reads these instead of `Network`: copying an `Edge`, `Node` or `Route` out of
/// the atlas retains their strings and arrays, and walking `[[Int]]` retains each inner array, which
/// made route choice the costliest part of a month.
struct RouteTable {
    /// Each route's source country and market (`Country.rawValue`, `Market.rawValue`).
    let source: [Int]
    let market: [Int]
    /// Route k's segments, in order from source to market, are `edges[edgeStart[k]..<edgeStart[k + 1]]`.
    let edgeStart: [Int]
    let edges: [Int]
    /// Market m's routes, in route order, are `marketRoutes[marketStart[m]..<marketStart[m + 1]]`.
    let marketStart: [Int]
    let marketRoutes: [Int]
    /// Each segment's markup, US$/kg.
    let markup: [Double]
    /// Each segment's base seizure probability times `base_seizure_scale` (before its registered cap).
    let scaledBaseSeizure: [Double]
    /// The Andean country a segment leaves (`Node.andeanCountry`), if any.
    let originCountry: [Int?]
    /// The paste segments, with the market pool whose harvest each carries and whose laboratories it feeds.
    let pasteEdges: [Int]
    let pasteOriginPool: [Int]
    let pasteDestinationPool: [Int]

    init(network: Network, baseSeizureScale: Double) {
        let routes = network.routes
        source = routes.map(\.source.rawValue)
        market = routes.map(\.market.rawValue)
        var edgeStart = [0]
        var edges: [Int] = []
        for route in routes {
            edges += route.edges
            edgeStart.append(edges.count)
        }
        self.edgeStart = edgeStart
        self.edges = edges
        var marketStart = [0]
        var marketRoutes: [Int] = []
        for market in Market.allCases {
            marketRoutes += routes.indices.filter { routes[$0].market == market }
            marketStart.append(marketRoutes.count)
        }
        self.marketStart = marketStart
        self.marketRoutes = marketRoutes
        markup = network.edges.map(\.markupUSDPerKg)
        scaledBaseSeizure = network.edges.map { $0.baseSeizureProbability * baseSeizureScale }
        originCountry = network.edges.map { network.nodes[$0.from].andeanCountry?.rawValue }
        pasteEdges = network.pasteEdges
        let pool = { (node: Int) -> Int in
            guard let country = network.nodes[node].andeanCountry else {
                preconditionFailure(
                    "a paste segment must join two Andean countries; node \(network.nodes[node].id) is none")
            }
            return country.marketPool.rawValue
        }
        pasteOriginPool = pasteEdges.map { pool(network.edges[$0].from) }
        pasteDestinationPool = pasteEdges.map { pool(network.edges[$0].to) }
    }

    var routeCount: Int { source.count }

    /// Positions in `edges` of route k's segments.
    @inline(__always)
    func segments(ofRoute k: Int) -> Range<Int> { edgeStart[k]..<edgeStart[k + 1] }

    /// Positions in `marketRoutes` of market m's routes.
    @inline(__always)
    func routes(ofMarket m: Int) -> Range<Int> { marketStart[m]..<marketStart[m + 1] }
}
