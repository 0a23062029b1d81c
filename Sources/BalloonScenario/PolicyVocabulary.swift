import BalloonModel

/// The words a `[[policy]]` block may use, from the same enums and atlas the parser checks them against, for
/// forms that write scenario text (the workbench's instrument form): instruments with their quantity key, the
/// places each kind of instrument aims at (a country or region; a consumer market; a country's outgoing routes or
/// one route segment), and the payers.
package struct PolicyVocabulary: Sendable, Codable, Equatable {
    package struct InstrumentWord: Sendable, Codable, Equatable {
        /// As written after `instrument =`.
        package var name: String
        /// The key of its quantity (`hectares`, `families`, …).
        package var quantity: String
        /// What the quantity is: a number per year, a share from 0 to 1 (`coverage`), or on/off (`enabled`).
        package var quantityKind: String
        /// Whether `budget_usd` may stand in for the quantity.
        package var acceptsBudget: Bool
        /// `territory` (country or region), `market`, or `route`.
        package var target: String
    }

    package struct Place: Sendable, Codable, Equatable {
        package var code: String
        package var name: String
    }

    package var instruments: [InstrumentWord]
    package var countries: [Place]
    /// Coca regions, `CC.NAME`, with their country's code.
    package var regions: [Place]
    package var markets: [Place]
    /// Route segments of the trafficking network (`route = "…"`), named `FROM>TO` with the mode.
    package var routes: [Place]
    package var payers: [String]

    package init(atlas: Atlas = .standard) {
        instruments = Instrument.allCases.map { instrument in
            let kind: String =
                switch instrument {
                case .communityControl: "share"
                case .decriminalization: "switch"
                default: "perYear"
                }
            let target: String =
                switch instrument.targetKind {
                case .territory: "territory"
                case .market: "market"
                case .route: "route"
                }
            return InstrumentWord(
                name: instrument.rawValue, quantity: instrument.quantityKey, quantityKind: kind,
                acceptsBudget: instrument.acceptsBudget, target: target)
        }
        countries = Country.allCases.map { Place(code: $0.code, name: $0.name) }
        regions = atlas.regions.map { Place(code: $0.id, name: $0.name) }
        markets = Market.allCases.map { Place(code: $0.code, name: $0.name) }
        let network = atlas.network
        routes = network.edges.map { edge in
            Place(
                code: edge.id,
                name: "\(network.nodes[edge.from].name) to \(network.nodes[edge.to].name) (\(edge.mode.rawValue))")
        }
        payers = Payer.allCases.map(\.code)
    }
}
