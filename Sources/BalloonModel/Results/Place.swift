/// Where a series is reported: the typed half of a `SeriesKey`. Its `code` is the place column of the CSV and
/// the part after `|` in JSON keys; code outside the model names places with this type, never with strings.
public enum Place: Hashable, Sendable {
    /// A producing region by its atlas id, e.g. `CO.GUAVIARE`.
    case region(String)
    case country(Country)
    case market(Market)
    /// A trafficking node outside the Andean countries and the markets (seizures and flows), by node id.
    case transit(String)
    /// A route segment by its edge id (route flows and seizures).
    case segment(String)
    /// A sum over places.
    case aggregate(Aggregate)
    /// Spending, operating or overhead cost of one instrument at one spending place, optionally for one payer.
    case spending(SpendingSite, Instrument, Payer?)

    /// Sums over places.
    public enum Aggregate: String, Sendable, CaseIterable {
        /// The four Andean countries (land indicators).
        case andean = "ANDEAN"
        /// Every place (world production, seizures, consumption, routes).
        case world = "WORLD"
        /// Every place, instrument and payer (spending).
        case total = "TOTAL"
        /// Transit-zone interdiction outside any country or market (spending).
        case transitZone = "TRANSIT"
    }

    /// Where money is spent: an Andean country, a market, or the transit zone.
    public enum SpendingSite: Hashable, Sendable {
        case country(Country)
        case market(Market)
        case transitZone

        public var code: String {
            switch self {
            case .country(let country): country.code
            case .market(let market): market.code
            case .transitZone: Aggregate.transitZone.rawValue
            }
        }
    }

    public static let andean = Place.aggregate(.andean)
    public static let world = Place.aggregate(.world)
    public static let total = Place.aggregate(.total)
    public static let transitZone = Place.aggregate(.transitZone)

    /// The place's text in files: `CO`, `US`, `ANDEAN`, `CO.GUAVIARE`, `CO/aerial_spraying/US`…
    public var code: String {
        switch self {
        case .region(let id), .transit(let id), .segment(let id): id
        case .country(let country): country.code
        case .market(let market): market.code
        case .aggregate(let aggregate): aggregate.rawValue
        case .spending(let site, let instrument, let payer):
            "\(site.code)/\(instrument.rawValue)" + (payer.map { "/\($0.code)" } ?? "")
        }
    }
}
