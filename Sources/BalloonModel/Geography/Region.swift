/// A coca region: the model's spatial unit (MODEL.md section 2).
///
/// Attributes with no published value are priors; `docs/model.md` lists each with its range.
public struct Region: Sendable, Codable, Equatable {
    /// Stable identifier used in scenario files and outputs, e.g. `PE.VRAEM`.
    public var id: String
    public var name: String
    public var country: Country
    /// Share of the country's illicit coca in this region at the default start (2000).
    public var initialShare: Double
    /// Identifiers of neighbouring regions (across borders too); displaced replanting goes there.
    public var neighbours: [String]
    /// Share of the region's coca inside national parks: never sprayed (A6).
    public var parkShare: Double
    /// Share in indigenous territories: sprayed only after prior consultation.
    public var indigenousShare: Double
    /// Share inside the 10 km Ecuador border band: not sprayed from 2006 (A3).
    public var borderBandShare: Double
    /// Standing forest available for new coca, hectares.
    public var forestFrontierHectares: Double
    /// State presence, 0 (absent) to 1 (full control), at the start.
    public var statePresence: Double
    /// Armed-group and trafficking-organisation presence, 0 to 1, at the start.
    public var armedPresence: Double
    /// Share of the armed presence that demobilises under a peace agreement (FARC areas).
    public var demobilisingShare: Double
    /// Remoteness, 0 (market town) to 1 (deep frontier): raises the cost of selling licit crops.
    public var remoteness: Double
    /// Share of rural households below the poverty line (drives the A9 inverted-U).
    public var poverty: Double
    /// Yield relative to the country average (VRAEM above, Yungas below).
    public var yieldMultiplier: Double
    /// Share of the country's legal coca area located here.
    public var legalShare: Double
}

public extension Region {
    /// Share of the region's coca that aerial spraying may reach under the given constraints.
    func sprayableShare(borderBandProtected: Bool, indigenousConsulted: Bool) -> Double {
        var excluded = parkShare
        if !indigenousConsulted { excluded += indigenousShare }
        if borderBandProtected { excluded += borderBandShare }
        return max(0, 1 - min(1, excluded))
    }
}

/// The numeric attributes of a region, cheap to copy: what the monthly step reads.
public struct RegionTraits: Sendable, Equatable {
    public let country: Country
    public let initialShare: Double
    public let parkShare: Double
    public let indigenousShare: Double
    public let borderBandShare: Double
    public let forestFrontierHectares: Double
    public let statePresence: Double
    public let armedPresence: Double
    public let demobilisingShare: Double
    public let remoteness: Double
    public let poverty: Double
    public let yieldMultiplier: Double
    public let legalShare: Double

    public init(_ region: Region) {
        country = region.country
        initialShare = region.initialShare
        parkShare = region.parkShare
        indigenousShare = region.indigenousShare
        borderBandShare = region.borderBandShare
        forestFrontierHectares = region.forestFrontierHectares
        statePresence = region.statePresence
        armedPresence = region.armedPresence
        demobilisingShare = region.demobilisingShare
        remoteness = region.remoteness
        poverty = region.poverty
        yieldMultiplier = region.yieldMultiplier
        legalShare = region.legalShare
    }

    func sprayableShare(borderBandProtected: Bool, indigenousConsulted: Bool) -> Double {
        var excluded = parkShare
        if !indigenousConsulted { excluded += indigenousShare }
        if borderBandProtected { excluded += borderBandShare }
        return max(0, 1 - min(1, excluded))
    }
}
