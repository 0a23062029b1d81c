import BalloonModel

/// Route segments chosen by where their ends lie, so experiments and outcomes name places by type
/// (a country, a market) rather than by segment id.
struct ResponseSignSegments: Sendable {
    let network: Network

    /// The Andean country whose territory a node is, if any.
    func territory(_ node: Int) -> Country? { network.nodes[node].country ?? network.nodes[node].sourceCountry }

    /// Segments that cross out of these countries: from a node in one of them to a node in none.
    func exits(from countries: Set<Country>) -> [Int] {
        network.edges.indices.filter { index in
            let edge = network.edges[index]
            guard let from = territory(edge.from), countries.contains(from) else { return false }
            return territory(edge.to).map { !countries.contains($0) } ?? true
        }
    }

    /// Segments leaving an export hub (coast or port) of one of these countries.
    func outOfHubs(of countries: Set<Country>) -> [Int] {
        network.edges.indices.filter { index in
            let node = network.nodes[network.edges[index].from]
            return node.kind == .hub && territory(network.edges[index].from).map(countries.contains) == true
        }
    }

    /// Segments that end in a consumer market.
    func into(_ market: Market) -> [Int] {
        network.edges.indices.filter { network.nodes[network.edges[$0].to].market == market }
    }

    /// The ids of segments, as results name them.
    func ids(_ segments: [Int]) -> [String] { segments.map { network.edges[$0].id } }
}
