import BalloonModel

extension Place {
    /// The place a result key names (`CO`, `US`, `WORLD`, `CO.GUAVIARE`, `CO/aerial_spraying/US`…): the one spot
    /// where the report turns place codes back into `Place`, for the keys of results and ledger files.
    ///
    /// Ids are looked up in `atlas` (regions, then trafficking nodes, then route segments); an id the atlas does not
    /// know is a region when it has a dot (`CO.GUAVIARE`), else a transit node. Nil when the code is not one that
    /// `Place.code` writes.
    init?(resultCode code: String, atlas: Atlas = .standard) {
        let parts = code.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let place: Place
        if parts.count == 2 || parts.count == 3 {
            guard let site = Self.spendingSite(parts[0]), let instrument = Instrument(rawValue: parts[1]) else {
                return nil
            }
            let payer = parts.count == 3 ? Payer.allCases.first { $0.code == parts[2] } : nil
            if parts.count == 3 && payer == nil { return nil }
            place = .spending(site, instrument, payer)
        } else if let aggregate = Aggregate(rawValue: code) {
            place = .aggregate(aggregate)
        } else if let country = Country.allCases.first(where: { $0.code == code }) {
            place = .country(country)
        } else if let market = Market.allCases.first(where: { $0.code == code }) {
            place = .market(market)
        } else if atlas.regions.contains(where: { $0.id == code }) {
            place = .region(code)
        } else if atlas.network.nodes.contains(where: { $0.id == code }) {
            place = .transit(code)
        } else if atlas.network.edges.contains(where: { $0.id == code }) {
            place = .segment(code)
        } else {
            place = code.contains(".") ? .region(code) : .transit(code)
        }
        guard place.code == code else { return nil }
        self = place
    }

    private static func spendingSite(_ code: String) -> SpendingSite? {
        if code == Aggregate.transitZone.rawValue { return .transitZone }
        if let country = Country.allCases.first(where: { $0.code == code }) { return .country(country) }
        if let market = Market.allCases.first(where: { $0.code == code }) { return .market(market) }
        return nil
    }
}
