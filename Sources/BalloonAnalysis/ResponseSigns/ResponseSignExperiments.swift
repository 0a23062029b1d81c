import BalloonModel

/// One policy change added to `history`: the paired run is `history` with this and nothing else.
///
/// Changes start in January of `ResponseSignExperiment.startYear` (2010, a calm year with spraying still
/// under way) and, unless one-off, last five years, through the medium horizon (years 3–5). Sizes are
/// large enough to matter and inside the ranges the docs allow; docs/response-signs.md lists them.
package enum ResponseSignExperiment: String, CaseIterable, Sendable, Codable {
    case sprayingColombia = "spraying_colombia"
    case manualEradicationPeru = "manual_eradication_peru"
    case manualEradicationBolivia = "manual_eradication_bolivia"
    case interdictionOutOfColombia = "interdiction_out_of_colombia"
    case closingPeruExports = "closing_peru_exports"
    case interdictionEcuador = "interdiction_ecuador"
    case labDestructionColombia = "lab_destruction_colombia"
    case leaderCaptureEcuador = "leader_capture_ecuador"
    case leaderCaptureColombia = "leader_capture_colombia"
    case treatmentUnitedStates = "treatment_united_states"
    case preventionUnitedStates = "prevention_united_states"
    case decriminalisationEurope = "decriminalisation_europe"
    case substitutionColombia = "substitution_colombia"
    case forcedEradicationLikeSubstitution = "forced_eradication_like_substitution"
    case announcementColombia = "announcement_colombia"
    case sprayingBanColombia = "spraying_ban_colombia"
    case alternativeDevelopmentPeru = "alternative_development_peru"
    case communityControlBolivia = "community_control_bolivia"
    case legalAreaBolivia = "legal_area_bolivia"
    case peaceAgreementColombia = "peace_agreement_colombia"
    case interdictionIntoUnitedStates = "interdiction_into_united_states"
    case eradicationBudgetColombia = "eradication_budget_colombia"
    case tripledSourceSpending = "tripled_source_spending"
    case unitedStatesShortfall = "united_states_shortfall"

    /// The year every change starts (January).
    package static let startYear = 2010
    /// The last year of a sustained change: the end of the medium horizon.
    package static let lastYear = startYear + 4
    /// Budgets of the spending experiments, US$ per year (the table's example size for interdiction).
    package static let budgetUSDPerYear = 500_000_000.0
    /// Families enrolled per year in the substitution experiment.
    package static let substitutionFamilies = 20_000.0

    /// What is added to `history`, in words (docs/response-signs.md and the per-cell table).
    package var summary: String {
        switch self {
        case .sprayingColombia: "+30,000 ha/yr aerial spraying in Colombia, 2010–2014"
        case .manualEradicationPeru: "+10,000 ha/yr manual eradication in Peru (about double 2010's), 2010–2014"
        case .manualEradicationBolivia: "+5,000 ha/yr forced manual eradication in Bolivia, 2010–2014"
        case .interdictionOutOfColombia:
            "+US$500 M/yr interdiction spread over every segment leaving Colombia, 2010–2014"
        case .closingPeruExports: "every segment leaving Peru closed from January 2010"
        case .interdictionEcuador: "+US$500 M/yr interdiction on the segments leaving Ecuador's ports, 2010–2014"
        case .labDestructionColombia: "+2,000 labs/yr destroyed in Colombia, 2010–2014"
        case .leaderCaptureEcuador: "one trafficking leader captured in Ecuador, January 2010"
        case .leaderCaptureColombia: "one trafficking leader captured in Colombia, January 2010"
        case .treatmentUnitedStates: "+US$500 M/yr treatment in the United States, 2010–2014"
        case .preventionUnitedStates: "+US$500 M/yr prevention in the United States, 2010–2014"
        case .decriminalisationEurope: "use decriminalised in Europe from January 2010"
        case .substitutionColombia: "+20,000 families/yr voluntary substitution in Colombia, 2010–2014"
        case .forcedEradicationLikeSubstitution:
            "forced manual eradication in Colombia of the area substitution removes (20,000 families × hectares_per_family per year), 2010–2014"
        case .announcementColombia:
            "payments per registered coca hectare announced in Colombia, registration open January–December 2010"
        case .sprayingBanColombia:
            "aerial spraying banned in Colombia from January 2010 (history sprays about 100,000 ha that year)"
        case .alternativeDevelopmentPeru: "+10,000 families/yr alternative development in Peru, 2010–2014"
        case .communityControlBolivia:
            "cato community-control coverage of 0.9 in Bolivia, 2010–2014, on top of the recorded concerted eradication"
        case .legalAreaBolivia: "Bolivia's legal coca area raised to 22,000 ha in December 2010"
        case .peaceAgreementColombia: "a peace agreement demobilises an armed group in Colombia, January 2010"
        case .interdictionIntoUnitedStates:
            "+US$500 M/yr interdiction on the segments entering the United States, 2010–2014"
        case .eradicationBudgetColombia: "+US$500 M/yr manual eradication in Colombia, 2010–2014"
        case .tripledSourceSpending:
            "history's eradication and military aid in Colombia, Peru and Bolivia tripled, 2010–2014"
        case .unitedStatesShortfall:
            "every segment into the United States closed January–April 2010 (a third of a year's supply)"
        }
    }

    /// `history` with this change added; everything else (parameters, seed) is the member's.
    package func applied(to history: SimulationConfiguration) -> SimulationConfiguration {
        var configuration = history
        let segments = ResponseSignSegments(network: history.atlas.network)
        let start = Self.startYear, last = Self.lastYear
        func add(_ instrument: Instrument, _ target: PolicyTarget, _ amount: PolicyAmount, payer: Payer = .unitedStates)
        {
            var shares = [0.0, 0.0, 0.0]
            shares[payer.rawValue] = 1
            configuration.actions.append(
                PolicyAction(
                    instrument: instrument, target: target, firstMonth: .of(year: start),
                    lastMonth: .of(year: last, month: 12), amount: amount,
                    payerShares: shares))
        }
        func event(
            _ kind: EventKind, _ target: PolicyTarget, month: Int = 1, lastMonth: MonthIndex = .max,
            magnitude: Double = 1
        ) {
            configuration.events.append(
                ModelEvent(
                    kind: kind, target: target, firstMonth: .of(year: start, month: month),
                    lastMonth: lastMonth, magnitude: magnitude))
        }
        let budget = PolicyAmount.budgetUSDPerYear(Self.budgetUSDPerYear)
        switch self {
        case .sprayingColombia: add(.aerialSpraying, .country(.colombia), .quantityPerYear(30_000))
        case .manualEradicationPeru:
            add(.manualEradication, .country(.peru), .quantityPerYear(10_000), payer: .hostCountry)
        case .manualEradicationBolivia:
            add(.manualEradication, .country(.bolivia), .quantityPerYear(5_000), payer: .hostCountry)
        case .interdictionOutOfColombia: add(.interdiction, .edges(segments.exits(from: [.colombia])), budget)
        case .closingPeruExports: event(.routeClosure, .edges(segments.exits(from: [.peru])))
        case .interdictionEcuador: add(.interdiction, .edges(segments.exits(from: [.ecuador])), budget)
        case .labDestructionColombia:
            add(.labDestruction, .country(.colombia), .quantityPerYear(2_000), payer: .hostCountry)
        case .leaderCaptureEcuador: event(.leaderCapture, .country(.ecuador), lastMonth: .of(year: start))
        case .leaderCaptureColombia: event(.leaderCapture, .country(.colombia), lastMonth: .of(year: start))
        case .treatmentUnitedStates: add(.treatment, .market(.unitedStates), budget)
        case .preventionUnitedStates: add(.prevention, .market(.unitedStates), budget)
        case .decriminalisationEurope: add(.decriminalization, .market(.europe), .level(1), payer: .otherDonors)
        case .substitutionColombia:
            add(
                .voluntarySubstitution, .country(.colombia), .quantityPerYear(Self.substitutionFamilies),
                payer: .hostCountry)
        case .forcedEradicationLikeSubstitution:
            let hectares = Self.substitutionFamilies * history.parameters.hectaresPerFamily
            add(.manualEradication, .country(.colombia), .quantityPerYear(hectares), payer: .hostCountry)
        case .announcementColombia:
            event(.substitutionAnnouncement, .country(.colombia), lastMonth: .of(year: start, month: 12))
        case .sprayingBanColombia: event(.sprayingBan, .country(.colombia))
        case .alternativeDevelopmentPeru: add(.alternativeDevelopment, .country(.peru), .quantityPerYear(10_000))
        case .communityControlBolivia: add(.communityControl, .country(.bolivia), .level(0.9), payer: .hostCountry)
        case .legalAreaBolivia: event(.legalAreaChange, .country(.bolivia), month: 12, magnitude: 22_000)
        case .peaceAgreementColombia: event(.peaceAgreement, .country(.colombia))
        case .interdictionIntoUnitedStates: add(.interdiction, .edges(segments.into(.unitedStates)), budget)
        case .eradicationBudgetColombia: add(.manualEradication, .country(.colombia), budget)
        case .tripledSourceSpending:
            let sourceInstruments: Set<Instrument> = [.aerialSpraying, .manualEradication, .militaryAid]
            let window = MonthIndex.of(year: start)...MonthIndex.of(year: last, month: 12)
            for index in configuration.actions.indices {
                let action = configuration.actions[index]
                guard sourceInstruments.contains(action.instrument), case .country(let country) = action.target,
                    country != .ecuador, window.contains(action.firstMonth), window.contains(action.lastMonth)
                else { continue }
                switch action.amount {
                case .quantityPerYear(let value): configuration.actions[index].amount = .quantityPerYear(value * 3)
                case .budgetUSDPerYear(let value): configuration.actions[index].amount = .budgetUSDPerYear(value * 3)
                case .level: break
                }
            }
        case .unitedStatesShortfall:
            event(.routeClosure, .edges(segments.into(.unitedStates)), lastMonth: .of(year: start, month: 4))
        }
        return configuration
    }
}
