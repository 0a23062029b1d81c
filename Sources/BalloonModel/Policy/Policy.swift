/// The policy instruments of MODEL.md section 4.
public enum Instrument: String, CaseIterable, Sendable, Codable {
    case aerialSpraying = "aerial_spraying"
    case manualEradication = "manual_eradication"
    case voluntarySubstitution = "voluntary_substitution"
    case communityControl = "community_control"
    case alternativeDevelopment = "alternative_development"
    case labDestruction = "lab_destruction"
    case interdiction
    case organizationTargeting = "organization_targeting"
    case militaryAid = "military_aid"
    case treatment
    case prevention
    case decriminalization
    /// Coca removed by agreement with growers' unions (Bolivia's "rationalisation" under the cato):
    /// the enforcement arm of community control, replanted far less than forced eradication.
    case concertedEradication = "concerted_eradication"

    /// The unit of a quantity for this instrument, as written in scenario files.
    public var quantityKey: String {
        switch self {
        case .aerialSpraying, .manualEradication, .concertedEradication: "hectares"
        case .voluntarySubstitution, .alternativeDevelopment: "families"
        case .communityControl: "coverage"
        case .labDestruction: "labs"
        case .interdiction: "effort_usd_m"
        case .organizationTargeting: "captures"
        case .militaryAid, .prevention: "usd_m"
        case .treatment: "episodes"
        case .decriminalization: "enabled"
        }
    }

    /// Whether a budget can stand in for the quantity (converted with the instrument's unit cost).
    public var acceptsBudget: Bool {
        switch self {
        case .communityControl, .decriminalization: false
        default: true
        }
    }

    /// What the instrument is aimed at.
    public var targetKind: TargetKind {
        switch self {
        case .interdiction: .route
        case .treatment, .prevention, .decriminalization: .market
        default: .territory
        }
    }

    public enum TargetKind: Sendable { case territory, route, market }
}

/// Where an instrument or event applies.
public enum PolicyTarget: Sendable, Equatable, Codable {
    case country(Country)
    case region(Int)
    /// Route segments by index into the network's edges.
    case edges([Int])
    case market(Market)
}

/// How much of an instrument: a quantity per year in the instrument's unit, or a budget in US$ per year.
public enum PolicyAmount: Sendable, Equatable, Codable {
    case quantityPerYear(Double)
    case budgetUSDPerYear(Double)
    /// Community-control coverage (0–1) or decriminalisation (1 = on): a level, not a flow.
    case level(Double)
}

/// Months are counted from year 0: `year * 12 + (month - 1)`.
public typealias MonthIndex = Int

public extension MonthIndex {
    static func of(year: Int, month: Int = 1) -> MonthIndex { year * 12 + (month - 1) }
}

/// One instrument applied to a target over a span of months.
public struct PolicyAction: Sendable, Equatable, Codable {
    public var instrument: Instrument
    public var target: PolicyTarget
    public var firstMonth: MonthIndex
    /// Inclusive.
    public var lastMonth: MonthIndex
    public var amount: PolicyAmount
    /// Shares of the cost by payer; they sum to 1.
    public var payerShares: [Double]

    public init(
        instrument: Instrument, target: PolicyTarget, firstMonth: MonthIndex, lastMonth: MonthIndex,
        amount: PolicyAmount, payerShares: [Double] = [1, 0, 0]
    ) {
        self.instrument = instrument
        self.target = target
        self.firstMonth = firstMonth
        self.lastMonth = lastMonth
        self.amount = amount
        self.payerShares = payerShares
    }
}

/// Dated institutional events (MODEL.md M12).
public enum EventKind: String, CaseIterable, Sendable, Codable {
    /// No spraying in the 10 km Ecuador border band (Colombia, 2006).
    case borderNoSprayBand = "border_no_spray_band"
    /// Aerial spraying suspended or banned (Colombia, October 2015).
    case sprayingBan = "spraying_ban"
    /// Prior consultation done: spraying allowed in indigenous territories.
    case indigenousConsultation = "indigenous_consultation"
    /// A peace agreement demobilises part of the armed presence (Colombia–FARC, 2016).
    case peaceAgreement = "peace_agreement"
    /// A programme that pays for having coca is announced; registration closes at the end date (PNIS 2016–17).
    case substitutionAnnouncement = "substitution_announcement"
    /// A trafficking leader captured or killed.
    case leaderCapture = "leader_capture"
    /// Route segments closed (an air-bridge denial, a port shut) until the end date.
    case routeClosure = "route_closure"
    /// A prison crisis: organisations fragment and violence rises (Ecuador).
    case prisonCrisis = "prison_crisis"
    /// A change in the legal coca area (Bolivia's 2017 law).
    case legalAreaChange = "legal_area_change"
}

public struct ModelEvent: Sendable, Equatable, Codable {
    public var kind: EventKind
    public var target: PolicyTarget
    public var firstMonth: MonthIndex
    /// Inclusive; events without a duration last to the end of the run.
    public var lastMonth: MonthIndex
    /// Event-specific size: captures for `leaderCapture`, hectares for `legalAreaChange`.
    public var magnitude: Double

    public init(
        kind: EventKind, target: PolicyTarget, firstMonth: MonthIndex, lastMonth: MonthIndex = .max,
        magnitude: Double = 1
    ) {
        self.kind = kind
        self.target = target
        self.firstMonth = firstMonth
        self.lastMonth = lastMonth
        self.magnitude = magnitude
    }

    func isActive(_ month: MonthIndex) -> Bool { month >= firstMonth && month <= lastMonth }
}
