/// Every behavioural and economic parameter of the model, with its default value.
///
/// Defaults, ranges and sources live in `ParameterCatalog` (one entry per parameter) so that
/// scenario overrides, calibration and the documentation all read the same table. Per-country
/// arrays are indexed by `Country.rawValue`; per-market arrays by `Market.rawValue`.
/// Money is in constant US dollars of `ModelParameters.baseYear`.
public struct ModelParameters: Sendable, Equatable, Codable {
    /// The year whose dollars every monetary value is expressed in.
    public static let baseYear = 2015

    // MARK: M1 farmer land-use choice
    public var profitElasticity = 0.45
    public var plantingAdjustmentMonths = 12.0
    public var abandonmentAdjustmentMonths = 36.0
    public var armedPresenceEffect = 0.5
    public var statePresenceEffect = 1.0
    public var povertyPeak = 0.5
    public var povertyWidth = 0.25
    public var eradicationRiskWeight = 0.3
    public var hazardMemoryMonths = 12.0
    /// Share of the fields growers expect eradication to take that they plant over (A8, A7).
    public var eradicationCompensation = 0.5
    /// Licit net return per hectare relative to coca's at reference prices (before remoteness).
    public var licitReturnRatio = 0.6
    public var remotenessPenalty = 0.6
    /// Carrying area ÷ start area by country: above 1 when the start year's area was held below what
    /// growers wanted (Bolivia after Plan Dignidad, Peru after the 1990s collapse).
    public var carryingAreaRatio = [1.0, 1.0, 1.0, 1.0]

    // MARK: M2 agronomy
    public var maturationMonths = 7.0
    public var cocaineYieldKgPerHectare = [6.4, 5.4, 6.2, 6.4]
    public var leafYieldKgPerHectare = [5_800.0, 2_400.0, 2_300.0, 5_800.0]
    public var sprayYieldLoss = 0.43
    public var sprayYieldRecoveryMonths = 8.0
    public var productivityAdaptation = 0.15
    public var adaptationMonths = 36.0
    /// Elasticity of productivity to the source price (more harvests, fertiliser, denser planting when coca pays).
    public var yieldPriceResponse = 0.2
    public var weatherYieldSD = 0.05

    // MARK: M3 eradication and replanting
    public var sprayKillShare = 0.25
    public var manualKillShare = 0.7
    public var forcedReplantProbability = 0.6
    public var replantDelayMonths = 6.0
    public var displacementShare = 0.3
    public var forestShareOfNewPlanting = 0.35
    public var forestShareOfDisplacedPlanting = 0.6
    public var armedEradicationShield = 0.3
    public var herbicideLitresPerHectare = 13.5
    public var householdsPerCocaHectare = 0.8

    // MARK: M4 voluntary substitution, community control, alternative development
    public var hectaresPerFamily = 0.42
    public var voluntaryReplantWhilePaid = 0.004
    public var voluntaryReplantAfterPayments = 0.3
    public var substitutionPaymentMonths = 24.0
    public var announcementEnrolmentBelief = 0.5
    public var communityControlEffect = 0.5
    public var concertedReplantProbability = 0.2
    public var alternativeDevelopmentLicitGain = 0.5
    public var alternativeDevelopmentRemotenessCut = 0.3
    public var alternativeDevelopmentLifeMonths = 60.0
    public var povertySprayEffect = 0.1
    public var povertyAlternativeDevelopmentEffect = 0.2
    public var paymentStopMonths = 3.0
    /// Legal coca hectares by country (Bolivia 22,000 under the 2017 law; Peru's ENACO share).
    public var legalHectares = [0.0, 3_750.0, 12_000.0, 0.0]
    public var legalDiversionShare = 0.2

    // MARK: M5 processing
    public var leafValueShare = 0.30
    public var kilogramsPerLab = 50.0
    /// Elasticity of the odds of the leaf's value share to laboratory capacity over the harvest.
    public var leafPriceFlexibility = 0.5
    /// Months over which laboratories adjust their capacity to the harvest and their expectation of raids.
    public var labAdjustmentMonths = 12.0
    /// Share of each country's cocaine stock seized at source per year (labs, stockpiles, domestic transport).
    public var domesticSeizureRate = [0.2, 0.1, 0.1, 0.0]

    // MARK: M6 trafficking and interdiction
    public var routeChoiceSensitivity = 8.0
    public var riskLearningRate = 0.5
    public var riskShareOfMarkup = 0.5
    public var interdictionEfficiency = 0.001
    /// Multiplies every segment's base seizure probability (enforcement already in place).
    public var baseSeizureScale = 1.0
    public var seizureNoiseSD = 0.3

    // MARK: M7 prices and purity
    public var sourcePriceUSDPerKg = [2_220.0, 1_080.0, 1_480.0, 2_220.0]
    public var sourcePriceAdjustment = 0.05
    /// Elasticity of the source price to traffickers' stock cover: price ∝ cover^(−flexibility).
    public var sourcePriceFlexibility = 0.5
    public var sourceInventoryCoverMonths = 3.0
    /// Share of the consumer markets' shortage rent that traffickers competing for a source's stock bid
    /// back into its price.
    public var sourceRentShare = 0.5
    /// Share of the source stock lost each month (spoilage, theft, unrecorded destruction).
    public var sourceLossRate = 0.01
    public var retailPricePerPureGram = [280.0, 200.0, 20.0, 200.0]
    public var retailPurity = [0.6, 0.5, 0.4, 0.5]
    public var purityResponse = 0.5
    public var marketInventoryCoverMonths = 2.0
    public var wholesaleAdjustment = 0.1
    /// How far the wholesale shortage rent rises per share of dealers' wanted stock that is missing
    /// (and its elasticity to a glut).
    public var wholesalePriceFlexibility = 1.0

    // MARK: M8 demand
    public var demandElasticity = -0.5
    public var lightUsersMillions = [4.2, 1.96, 1.70, 2.54]
    public var heavyUsersMillions = [1.7, 0.35, 0.30, 0.46]
    public var gramsPerLightUserYear = 15.1
    public var heavyToLightConsumption = 8.0
    /// Yearly growth of initiation by market, relative to the start year's steady state.
    public var initiationTrend = [0.0, 0.03, 0.03, 0.03]
    public var lightQuitRate = 0.16
    public var escalationRate = 0.024
    public var heavyQuitRate = 0.06
    public var initiationNoiseSD = 0.03
    public var treatmentSuccess = 0.13
    public var preventionMaxEffect = 0.3
    public var preventionHalfSaturationUSDm = 1_000.0
    public var decriminalizationInitiationEffect = 0.03
    public var decriminalizationTreatmentReferral = 1.5
    public var decriminalizationRetailCostCut = 0.05

    // MARK: M9 armed groups, territorial control and violence
    public var homicideRateReference = [61.0, 5.4, 8.0, 19.8]
    public var violenceArmedEffect = 1.2
    public var violenceRentEffect = 0.3
    public var violenceFragmentationEffect = 0.311
    public var fragmentationHalfLifeMonths = 6.0
    /// Share of a country's homicides in the places one leader's removal touches.
    public var fragmentationLocalShare = 0.05
    public var violenceSprayEffect = 0.1
    public var violenceBoomEffect = 0.5
    public var militaryAidEffect = 0.0002
    public var stateReversionMonths = 120.0
    public var armedGrowthFromRents = 0.3
    public var armedSuppressionByState = 1.0
    public var armedAdjustmentMonths = 24.0
    public var peaceRefillShare = 0.6
    public var peaceRefillMonths = 36.0

    // MARK: M10 costs (US$ of the base year)
    public var sprayCostPerHectare = 2_400.0
    public var sprayOperatingPerHectare = 70.0
    public var manualCostPerHectare = 1_520.0
    public var manualOperatingShare = 0.5
    public var substitutionCostPerFamily = 7_540.0
    public var substitutionOverheadShare = 0.2
    public var communityControlCostPerFamilyYear = 300.0
    public var alternativeDevelopmentCostPerFamilyYear = 2_000.0
    public var labDestructionCostPerLab = 20_000.0
    public var interdictionOperatingShare = 0.6
    public var captureCostUSD = 10_000_000.0
    public var treatmentCostPerEpisode = 3_000.0
    public var overheadShareDefault = 0.3

    public init() {}
}

extension ModelParameters {
    /// Grams a year that users consume at reference prices (M8): light users `gramsPerLightUserYear` each, heavy
    /// users `heavyToLightConsumption` times as much. Millions of users give tonnes.
    @inline(__always)
    public func gramsPerYear(lightUsers: Double, heavyUsers: Double) -> Double {
        lightUsers * gramsPerLightUserYear + heavyUsers * gramsPerLightUserYear * heavyToLightConsumption
    }
}
