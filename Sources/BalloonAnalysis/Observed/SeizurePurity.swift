import BalloonData

/// How reported seizures are read against the model's, which count pure cocaine.
///
/// Agencies weigh cocaine as seized, at whatever purity it had (UNODC: "not purity-adjusted"). The
/// bundled data give both weights for one year and place, the world in 2009 (732 t as seized, 615 t
/// purity-adjusted; UNODC, World Drug Report 2011, `seizures_more_t.csv`), so a reported tonne is read
/// as 615 / 732 = 0.84 t pure. The same share is used for every place and year: no country's purity at
/// seizure is bundled, and most of the seized weight is taken at the wholesale level in producing and
/// transit countries, where the world's share is set. A row that is already purity-adjusted is taken as
/// it is.
package struct SeizurePurity: Sendable, Equatable {
    /// Pure tonnes per reported tonne.
    package let pureShare: Double

    /// The share from the bundled years with both weights (their mean, if several), or nil when there are none.
    package init?(data: BundledData) {
        var reported: [String: Double] = [:]
        var adjusted: [String: Double] = [:]
        for observation in data.seizures + data.seizuresMore {
            guard let year = observation.year, let tons = observation.value, tons > 0 else { continue }
            let key = "\(observation.entity)|\(year)"
            switch Self.weighing(observation.item) {
            case .notPurityAdjusted: reported[key] = reported[key] ?? tons
            case .purityAdjusted: adjusted[key] = adjusted[key] ?? tons
            case .unstated: continue
            }
        }
        let shares = adjusted.keys.sorted().compactMap { key in reported[key].map { adjusted[key]! / $0 } }
        guard !shares.isEmpty else { return nil }
        pureShare = shares.reduce(0, +) / Double(shares.count)
    }

    /// Pure tonnes for a reported row: purity-adjusted rows as they are, every other row at `pureShare`.
    package func pureTonnes(_ tons: Double, item: String?) -> Double {
        Self.weighing(item) == .purityAdjusted ? tons : tons * pureShare
    }

    enum Weighing { case purityAdjusted, notPurityAdjusted, unstated }

    /// What a row's product column says about its weight.
    static func weighing(_ item: String?) -> Weighing {
        let text = (item ?? "").lowercased()
        if text.contains("not purity-adjusted") { return .notPurityAdjusted }
        if text.contains("purity-adjusted") { return .purityAdjusted }
        return .unstated
    }
}
