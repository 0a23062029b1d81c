/// The model's geography: coca regions, their adjacency and the trafficking network.
public struct Atlas: Sendable, Equatable {
    public var regions: [Region]
    public var network: Network
    /// Resolved neighbour indices, parallel to `regions`.
    public let neighbourIndices: [[Int]]
    /// The series this geography reports, built once and shared by every run.
    public let layout: SeriesLayout

    public init(regions: [Region], network: Network) {
        self.regions = regions
        self.network = network
        let ids = regions.map(\.id)
        neighbourIndices = regions.map { region in region.neighbours.compactMap { ids.firstIndex(of: $0) } }
        layout = SeriesLayout(regionIDs: ids, network: network)
    }

    public static func == (lhs: Atlas, rhs: Atlas) -> Bool { lhs.regions == rhs.regions && lhs.network == rhs.network }

    /// The bundled geography of MODEL.md section 2.
    public static let standard = Atlas(regions: defaultRegions, network: defaultNetwork)

    public func regionIndex(_ id: String) -> Int? {
        let key = id.uppercased()
        return regions.firstIndex { $0.id.uppercased() == key }
    }

    public func regionIndices(of country: Country) -> [Int] {
        regions.indices.filter { regions[$0].country == country }
    }
}

extension Atlas {
    /// Nodes and segments of the trafficking network (MODEL.md M6).
    ///
    /// Markups and base seizure probabilities are priors set so that prices along the chain follow
    /// the ladder of SF12 (Colombian port US$5,500–7,000, Central America ≈ 10,000, U.S. wholesale
    /// 20,000–28,000, Europe ≈ 40,000 per kg). Baseline efforts are priors for enforcement already
    /// in place before any scenario adds more.
    static let defaultNetwork: Network = {
        let nodes: [Node] = [
            Node(
                id: "CO", name: "Colombia (producing regions)", kind: .source, sourceCountry: .colombia,
                country: .colombia),
            Node(id: "PE", name: "Peru (producing regions)", kind: .source, sourceCountry: .peru, country: .peru),
            Node(
                id: "BO", name: "Bolivia (producing regions)", kind: .source, sourceCountry: .bolivia, country: .bolivia
            ),
            Node(id: "CO_PACIFIC", name: "Colombia's Pacific coast", kind: .hub, country: .colombia),
            Node(id: "CO_CARIBBEAN", name: "Colombia's Caribbean coast", kind: .hub, country: .colombia),
            Node(id: "VENEZUELA", name: "Venezuela", kind: .hub),
            Node(id: "EC_PORTS", name: "Ecuador's ports (Guayaquil, Esmeraldas)", kind: .hub, country: .ecuador),
            Node(id: "PE_COAST", name: "Peru's coast (Callao, Paita)", kind: .hub, country: .peru),
            Node(id: "BRAZIL", name: "Brazil (Amazon and Atlantic ports)", kind: .transit),
            Node(id: "SOUTHERN_CONE", name: "Paraguay–Argentina corridor", kind: .transit),
            Node(id: "CENTRAL_AMERICA", name: "Central America and Mexico", kind: .transit),
            Node(id: "CARIBBEAN", name: "Caribbean", kind: .transit),
            Node(id: "WEST_AFRICA", name: "West Africa", kind: .transit),
            Node(id: "US", name: "United States", kind: .market, market: .unitedStates),
            Node(id: "EU", name: "Europe", kind: .market, market: .europe),
            Node(id: "SA", name: "Brazil/South America", kind: .market, market: .southAmerica),
            Node(id: "ROW", name: "Rest of world", kind: .market, market: .restOfWorld),
        ]
        func index(_ id: String) -> Int { nodes.firstIndex { $0.id == id }! }
        func edge(
            _ from: String, _ to: String, _ mode: TransportMode, _ markup: Double, _ seizure: Double,
            effort: Double = 0, product: TradedProduct = .hydrochloride
        ) -> Edge {
            Edge(
                id: product == .paste ? "\(from)>\(to):paste" : "\(from)>\(to)", from: index(from), to: index(to),
                mode: mode, markupUSDPerKg: markup, baseSeizureProbability: seizure, baselineEffort: effort,
                product: product)
        }
        let edges: [Edge] = [
            edge("CO", "CO_PACIFIC", .river, 3_500, 0.10),
            edge("CO", "CO_CARIBBEAN", .land, 3_500, 0.10),
            edge("CO", "VENEZUELA", .land, 3_000, 0.04),
            edge("CO", "EC_PORTS", .land, 3_500, 0.06),
            edge("CO", "BRAZIL", .river, 3_500, 0.04),
            edge("PE", "PE_COAST", .land, 2_500, 0.08),
            edge("PE", "EC_PORTS", .land, 3_000, 0.08),
            edge("PE", "BRAZIL", .river, 2_500, 0.05),
            edge("PE", "BO", .air, 1_000, 0.05),
            edge("BO", "BRAZIL", .air, 2_500, 0.06),
            edge("BO", "SOUTHERN_CONE", .land, 2_500, 0.06),
            edge("CO_PACIFIC", "CENTRAL_AMERICA", .maritime, 3_000, 0.15),
            edge("EC_PORTS", "CENTRAL_AMERICA", .maritime, 3_000, 0.10),
            edge("PE_COAST", "CENTRAL_AMERICA", .maritime, 3_500, 0.10),
            edge("CO_CARIBBEAN", "CARIBBEAN", .maritime, 3_000, 0.12),
            edge("VENEZUELA", "CARIBBEAN", .air, 3_000, 0.10),
            edge("VENEZUELA", "WEST_AFRICA", .air, 6_000, 0.05),
            edge("BRAZIL", "WEST_AFRICA", .maritime, 6_000, 0.05),
            edge("CO_CARIBBEAN", "EU", .port, 25_000, 0.12),
            edge("EC_PORTS", "EU", .port, 25_000, 0.10),
            edge("PE_COAST", "EU", .port, 25_000, 0.08),
            edge("BRAZIL", "EU", .port, 25_000, 0.10),
            edge("SOUTHERN_CONE", "EU", .port, 25_000, 0.08),
            edge("WEST_AFRICA", "EU", .land, 18_000, 0.08),
            edge("CARIBBEAN", "EU", .maritime, 24_000, 0.10),
            edge("CENTRAL_AMERICA", "US", .land, 14_000, 0.10),
            edge("CARIBBEAN", "US", .maritime, 14_000, 0.15),
            edge("BRAZIL", "SA", .land, 2_000, 0.05),
            edge("SOUTHERN_CONE", "SA", .land, 2_000, 0.05),
            edge("PE_COAST", "ROW", .port, 40_000, 0.08),
            edge("EC_PORTS", "ROW", .port, 40_000, 0.08),
            edge("BRAZIL", "ROW", .port, 40_000, 0.08),
            // Paste and base flown to another country's laboratories (docs/model.md, "Intermediate trade"):
            // Peru's and Bolivia's to Colombia's (the 1990s air bridge), Peru's to Bolivia's (today). A
            // transporter charges US$300 per kilogram taken from Peru to Bolivia (La República via InSight
            // Crime, c. 2013), taken here per kg of HCl the paste makes; 3% of potential flights were
            // interdicted under Peru's air-bridge denial (IDA P-3472, 2000).
            edge("PE", "CO", .air, 300, 0.03, product: .paste),
            edge("BO", "CO", .air, 300, 0.03, product: .paste),
            edge("PE", "BO", .air, 300, 0.03, product: .paste),
        ]
        return Network(nodes: nodes, edges: edges)
    }()
}
