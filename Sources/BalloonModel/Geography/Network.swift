/// How cocaine moves along a route segment; interdiction instruments can target a mode.
public enum TransportMode: String, CaseIterable, Sendable, Codable {
    case land, river, air, maritime, port
}

/// What a segment carries: cocaine hydrochloride towards the consumer markets, or coca paste and base
/// from where the leaf grows to laboratories in another country (docs/model.md, "Intermediate trade").
public enum TradedProduct: String, CaseIterable, Sendable, Codable {
    case hydrochloride, paste
}

/// A place on the trafficking network: a producing country's interior, an export hub, a transit zone or a market.
public struct Node: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable { case source, hub, transit, market }
    public var id: String
    public var name: String
    public var kind: Kind
    /// The producing country whose cocaine enters here (sources only).
    public var sourceCountry: Country?
    /// The Andean country whose territory this is, if any (for seizures and violence by country).
    public var country: Country?
    /// The consumer market this node is (markets only).
    public var market: Market?

    /// The Andean country whose books this node's seizures, flows and interdiction go into: its
    /// territory's country, else (for a producing region's node) the country producing there.
    public var andeanCountry: Country? { country ?? sourceCountry }
}

/// A route segment between two nodes.
///
/// `markupUSDPerKg` is the cost added per kilogram moved (transport, labour, bribes and the risk
/// compensation at baseline enforcement); with `baseSeizureProbability` it is set so that the
/// chain of prices matches the ladder of SF12 (an `input` use of that fact: see docs/model.md).
public struct Edge: Sendable, Codable, Equatable {
    public var id: String
    public var from: Int
    public var to: Int
    public var mode: TransportMode
    public var markupUSDPerKg: Double
    /// Share of shipments lost on this segment per transit with no added interdiction effort.
    public var baseSeizureProbability: Double
    /// Interdiction effort at the default baseline, US$ million per year (enforcement already in place).
    public var baselineEffort: Double
    /// Paste segments join two producing countries' interiors and are not part of any route to a
    /// market; their markup is per kilogram of HCl the paste makes.
    public var product: TradedProduct = .hydrochloride
}

/// A complete route from a source to a market: the unit traffickers choose among.
public struct Route: Sendable, Equatable {
    public var source: Country
    public var market: Market
    public var edges: [Int]
}

/// The trafficking network: nodes, segments and every simple route from a source to a market.
public struct Network: Sendable, Equatable {
    public var nodes: [Node]
    public var edges: [Edge]
    public var routes: [Route]

    public init(nodes: [Node], edges: [Edge]) {
        self.nodes = nodes
        self.edges = edges
        self.routes = Network.enumerateRoutes(nodes: nodes, edges: edges, maxLength: 5)
    }

    public func nodeIndex(_ id: String) -> Int? { nodes.firstIndex { $0.id == id } }

    /// Whose books interdiction on a segment goes into: the Andean country it leaves, else the consumer
    /// market it enters, else the transit places together. An index into the spending places
    /// (countries, then markets, then transit; see `SpendingPlace`).
    public func spendingPlace(ofEdge index: Int) -> Int {
        let edge = edges[index]
        if let country = nodes[edge.from].andeanCountry {
            return SpendingPlace.country(country)
        }
        if let market = nodes[edge.to].market { return SpendingPlace.market(market) }
        return SpendingPlace.transit
    }
    public func edgeIndex(_ id: String) -> Int? { edges.firstIndex { $0.id == id } }

    /// The paste segments: from one producing country's interior to another's laboratories.
    public var pasteEdges: [Int] { edges.indices.filter { edges[$0].product == .paste } }

    /// Depth-first enumeration of simple paths; the network is small, so this runs once per configuration.
    static func enumerateRoutes(nodes: [Node], edges: [Edge], maxLength: Int) -> [Route] {
        var outgoing = [[Int]](repeating: [], count: nodes.count)
        for (index, edge) in edges.enumerated() where edge.product == .hydrochloride {
            outgoing[edge.from].append(index)
        }
        var routes: [Route] = []
        for (start, node) in nodes.enumerated() where node.kind == .source {
            guard let country = node.sourceCountry else { continue }
            var path: [Int] = []
            var visited = Set<Int>([start])
            func walk(_ at: Int) {
                if let market = nodes[at].market {
                    routes.append(Route(source: country, market: market, edges: path))
                    return
                }
                guard path.count < maxLength else { return }
                for edgeIndex in outgoing[at] {
                    let next = edges[edgeIndex].to
                    guard !visited.contains(next) else { continue }
                    visited.insert(next)
                    path.append(edgeIndex)
                    walk(next)
                    path.removeLast()
                    visited.remove(next)
                }
            }
            walk(start)
        }
        return routes
    }
}

/// The places spending is booked to: each Andean country, each consumer market, and the transit zones.
public enum SpendingPlace {
    public static let transitCode = Place.transitZone.code
    public static let count = Country.allCases.count + Market.allCases.count + 1
    public static let transit = Country.allCases.count + Market.allCases.count

    public static func country(_ country: Country) -> Int { country.rawValue }
    public static func market(_ market: Market) -> Int { Country.allCases.count + market.rawValue }

    public static var codes: [String] { Country.allCases.map(\.code) + Market.allCases.map(\.code) + [transitCode] }
}
