import Foundation

/// All bundled historical series, parsed.
///
/// ```swift
/// let data = try BundledData.load()
/// let co = data.cocaArea(country: "CO", source: .unodc)   // [Int: Double]
/// print(DataTable.render(series: data.eradication, filter: DataFilter(entity: "Peru")))
/// ```
package struct BundledData: Sendable {
    /// Series names, in a stable order; each is also an accessor.
    package static let seriesNames: [String] = SeriesSchema.all.map(\.name)

    /// Observations per series name.
    package let bySeries: [String: [Observation]]

    package init(bySeries: [String: [Observation]]) {
        self.bySeries = bySeries
    }

    // MARK: Loading

    package enum LoadError: Error, CustomStringConvertible, LocalizedError {
        case resourceMissing(String)
        case unreadable(String, underlying: String)
        package var description: String {
            switch self {
            case .resourceMissing(let f): return "bundled resource \(f) not found"
            case .unreadable(let f, let e): return "cannot read \(f): \(e)"
            }
        }
        package var errorDescription: String? { description }
    }

    /// Loads every series from the package's bundled resources (Bundle.module).
    package static func load() throws -> BundledData {
        try load(directory: resourceDirectory())
    }

    /// Loads every series from the CSV files in `directory` (same file names).
    package static func load(directory: URL) throws -> BundledData {
        var result: [String: [Observation]] = [:]
        for schema in SeriesSchema.all {
            let url = directory.appendingPathComponent(schema.file)
            guard FileManager.default.fileExists(atPath: url.path) else {
                throw LoadError.resourceMissing(schema.file)
            }
            let text: String
            do {
                text = try String(contentsOf: url, encoding: .utf8)
            } catch {
                throw LoadError.unreadable(schema.file, underlying: "\(error)")
            }
            result[schema.name] = try schema.observations(csv: text)
        }
        return BundledData(bySeries: result)
    }

    /// Parses one series from CSV text (throws `CSVError` naming the line).
    package static func parse(series name: String, csv: String) throws -> [Observation] {
        guard let schema = SeriesSchema.named(name) else {
            throw LoadError.resourceMissing(name)
        }
        return try schema.observations(csv: csv)
    }

    /// Directory holding the bundled CSV files.
    package static func resourceDirectory() throws -> URL {
        if let url = Bundle.module.url(forResource: "Resources", withExtension: nil) {
            return url
        }
        if let base = Bundle.module.resourceURL {
            let candidate = base.appendingPathComponent("Resources")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
        }
        throw LoadError.resourceMissing("Resources/")
    }

    /// The raw text of a bundled file (e.g. "eradication_ha.csv" or "README.md").
    package static func resourceText(_ file: String) throws -> String {
        let url = try resourceDirectory().appendingPathComponent(file)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw LoadError.resourceMissing(file)
        }
        return try String(contentsOf: url, encoding: .utf8)
    }

    // MARK: Accessors

    /// A series by name: accessor name ("cocaArea"), file stem
    /// ("coca_cultivation_ha") or either with other case/punctuation ("coca-area").
    package func series(named name: String) -> [Observation]? {
        guard let schema = SeriesSchema.named(name) else { return nil }
        return bySeries[schema.name]
    }

    /// Every observation of every series, series in `seriesNames` order.
    package var allObservations: [Observation] {
        Self.seriesNames.flatMap { bySeries[$0] ?? [] }
    }

    package var cocaArea: [Observation] { bySeries["cocaArea"] ?? [] }
    package var cocaAreaByRegion: [Observation] { bySeries["cocaAreaByRegion"] ?? [] }
    package var eradication: [Observation] { bySeries["eradication"] ?? [] }
    package var production: [Observation] { bySeries["production"] ?? [] }
    package var seizures: [Observation] { bySeries["seizures"] ?? [] }
    package var prices: [Observation] { bySeries["prices"] ?? [] }
    package var homicideRate: [Observation] { bySeries["homicideRate"] ?? [] }
    package var funding: [Observation] { bySeries["funding"] ?? [] }
    package var costs: [Observation] { bySeries["costs"] ?? [] }
    package var demand: [Observation] { bySeries["demand"] ?? [] }
    package var yields: [Observation] { bySeries["yields"] ?? [] }
    package var farmAndSourcePrices: [Observation] { bySeries["farmAndSourcePrices"] ?? [] }
    package var cocaAreaByZone: [Observation] { bySeries["cocaAreaByZone"] ?? [] }
    package var seizuresMore: [Observation] { bySeries["seizuresMore"] ?? [] }
    package var productionMore: [Observation] { bySeries["productionMore"] ?? [] }
    package var consumerPrices: [Observation] { bySeries["consumerPrices"] ?? [] }

    // MARK: Coca area convenience

    /// All annual coca-area rows for a country and source kind, grouped by year,
    /// best first (see `cocaArea(country:source:)` for the order). Nothing is
    /// dropped: where one source has two rows in a year, both are here.
    package func cocaAreaObservations(country: String, source: SourcePreference = .any) -> [Int: [Observation]] {
        var out: [Int: [Observation]] = [:]
        for o in cocaArea
        where EntityNames.matches(o.entity, country) && o.isAnnual
            && o.value != nil && source.matches(agency: o.source)
        {
            out[o.year!, default: []].append(o)
        }
        return out.mapValues { $0.sorted(by: Self.preferred) }
    }

    /// Coca area, year -> hectares, for a country ("Colombia" or "CO") and a source kind.
    ///
    /// Where several rows qualify in one year, the documented preference picks one:
    /// 1. for `.any`, the source kind: UNODC, then national, then U.S. government
    ///    (UNODC is the one cross-country survey series; U.S. estimates differ by up to 60%);
    /// 2. a row not marked `DERIVED` (acre conversions) before one that is;
    /// 3. a row whose notes/agency do not say rounded/approx. before one that does;
    /// 4. the agency's plain headline figure before a qualified variant
    ///    ("incl. small plots adjustment", "via", "as cited by");
    /// 5. file order.
    /// E.g. Colombia 2009 UNODC has 68,000 (headline), 68,025 (via Bloomberg) and
    /// 73,000 (incl. small plots): 68,000 is picked; all three stay in
    /// `cocaAreaObservations`.
    package func cocaArea(country: String, source: SourcePreference = .any) -> [Int: Double] {
        cocaAreaObservations(country: country, source: source).compactMapValues { $0.first?.value }
    }

    /// Sort predicate implementing the preference documented on `cocaArea(country:source:)`.
    static func preferred(_ a: Observation, _ b: Observation) -> Bool {
        func key(_ o: Observation) -> [Int] {
            let kind: Int
            if SourcePreference.unodc.matches(agency: o.source) {
                kind = 0
            } else if SourcePreference.national.matches(agency: o.source) {
                kind = 1
            } else if SourcePreference.usGovernment.matches(agency: o.source) {
                kind = 2
            } else {
                kind = 3
            }
            let text = (o.notes + " " + (o.source ?? "")).lowercased()
            let rounded = o.flags.contains(.approximate) || text.contains("rounded") ? 1 : 0
            let agency = (o.source ?? "").lowercased()
            let qualified = ["incl.", "via", "as cited", "adjust"].contains { agency.contains($0) } ? 1 : 0
            return [kind, o.flags.contains(.derived) ? 1 : 0, rounded, qualified, o.line]
        }
        return key(a).lexicographicallyPrecedes(key(b))
    }
}

/// Country names and ISO 3166 alpha-2 codes used in the data, and how an entity cell matches a query.
/// (The model's `Country` enum is BalloonModel's; this module does not depend on it.)
package enum EntityNames {
    package static let codes: [String: String] = [
        "CO": "Colombia", "PE": "Peru", "BO": "Bolivia", "EC": "Ecuador", "US": "United States",
    ]

    /// Whether an entity cell matches a query: a code ("CO"), an exact name
    /// (case-insensitive), or a prefix ("Andean" matches "Andean total (BOL+COL+PER)").
    package static func matches(_ entity: String, _ query: String) -> Bool {
        let q = query.trimmingCharacters(in: .whitespaces)
        if q.isEmpty { return true }
        if let name = codes[q.uppercased()], q.count == 2 {
            return entity.caseInsensitiveCompare(name) == .orderedSame
        }
        if entity.caseInsensitiveCompare(q) == .orderedSame { return true }
        return entity.lowercased().hasPrefix(q.lowercased())
    }
}
