// Sources cite ../shared/research/literature.md entries (A1–A26, SF1–SF26, C1–C5) and the CSVs of
// ../shared/data. "prior" means no published value was found; the range is the prior's support.

extension ParameterCatalog {
    static let farming: [ParameterDescriptor] = [
        scalar(
            "profit_elasticity", \.profitElasticity, "elasticity", 0.1...0.6, .prior,
            "Weak area response to relative profit (A10, SF18: inelastic); centre is a prior"),
        scalar(
            "planting_adjustment_months", \.plantingAdjustmentMonths, "months", 6...36, .prior,
            "Inertia of new planting towards desired area; prior"),
        scalar(
            "abandonment_adjustment_months", \.abandonmentAdjustmentMonths, "months", 12...60, .prior,
            "Inertia of abandonment; prior (growers abandon more slowly than they plant)"),
        scalar(
            "armed_presence_effect", \.armedPresenceEffect, "log-area per unit presence", 0...1.5, .prior,
            "Direction from A9/A14 (coca where armed groups protect it); magnitude prior"),
        scalar(
            "state_presence_effect", \.statePresenceEffect, "log-area per unit presence", 0...2, .prior,
            "Direction from A9 (less coca where the state is present); magnitude prior"),
        scalar(
            "poverty_peak", \.povertyPeak, "poverty share", 0.3...0.7, .prior,
            "A9: cultivation most intense at moderate poverty; location of the peak is a prior"),
        scalar(
            "poverty_width", \.povertyWidth, "poverty share", 0.1...0.5, .prior, "Width of the A9 inverted U; prior"),
        scalar(
            "eradication_risk_weight", \.eradicationRiskWeight, "loss per unit hazard", 0.1...1, .prior,
            "Perceived loss per unit of annual eradication hazard; weak response (A10, SF18)"),
        scalar(
            "hazard_memory_months", \.hazardMemoryMonths, "months", 6...36, .prior,
            "How long growers remember eradication pressure; prior"),
        scalar(
            "eradication_compensation", \.eradicationCompensation, "share of expected losses", 0...1, .prior,
            "Growers hold 1/(1−expected loss)^κ ha per ha they expect to keep: the direction from A8 (\"farmers compensate by cultivating more extensively\") and A7; no published size, so κ is a prior over all of [0, 1], fitted to coca area, not set from the elasticity the ledger checks"
        ),
        scalar(
            "licit_return_ratio", \.licitReturnRatio, "ratio", 0.3...1.0, .prior,
            "Licit net return per ha relative to coca at reference prices; A23 puts coca net income near the minimum wage (COP 6.5 M/ha/yr, 2011); prior"
        ),
        scalar(
            "remoteness_penalty", \.remotenessPenalty, "share of licit return", 0.2...0.9, .prior,
            "Share of licit return lost to transport at full remoteness (A9: poor market access); prior"),
    ]

    static let initialState: [ParameterDescriptor] = indexed(
        "carrying_area_ratio", \.carryingAreaRatio, codes: countryCodes, "ratio",
        ranges: [0.6...2, 0.6...3, 0.6...4, 0.6...2],
        [.prior, .prior, .prior, .prior],
        [
            "Prior: Colombia near its peak in 2000 (A4)",
            "Prior: Peru recovering from its 1990s collapse (A23: >150,000 ha early 1990s)",
            "Prior: Bolivia held down by Plan Dignidad, 1998-2001 (eradication_ha.csv: ~38,000 ha eradicated)", "Prior",
        ])

    static let agronomy: [ParameterDescriptor] =
        [
            scalar(
                "maturation_months", \.maturationMonths, "months", 6...12, .literature,
                "Colombian growers: first cut about 7 months after sowing, police plots 1.5-3 months (docs/sources-yields-replanting.md, a); 12 the old default; C1's 18 months (19th-century Peru) is out of range"
            )
        ]
        + indexed(
            "cocaine_yield_kg_per_ha", \.cocaineYieldKgPerHectare, codes: countryCodes, "kg HCl/ha/yr",
            ranges: [4.5...8.5, 3.5...7.0, 3.5...8.0, 4.5...8.5], [.derived, .derived, .derived, .prior],
            [
                "UNODC production/area: 309 t/48,000 ha (2012), 442 t/69,000 ha (2014), 1,137 t/154,000 ha (2019) → 6.4–7.4 (A23, production_t.csv)",
                "UNODC 290 t/53,700 ha (2007), 302 t/56,100 ha (2008) → 5.4 (production_t.csv, coca_cultivation_ha.csv)",
                "UNODC 104 t/(28,900 − 12,000 legal) ha (2007) → 6.2 (production_t.csv); legal area a prior",
                "Prior: taken equal to Colombia's (Ecuador's coca is contiguous with Putumayo/Nariño)",
            ])
        + indexed(
            "leaf_yield_kg_per_ha", \.leafYieldKgPerHectare, codes: countryCodes, "kg leaf/ha/yr",
            ranges: [4_200...6_600, 2_200...3_500, 936...2_764, 4_200...6_600],
            [.literature, .literature, .literature, .prior],
            [
                "Fresh leaf 6.6 (2005) → 4.2 (2011) → 5.8 t/ha (2019) (A23)", "Dry leaf 2.4 t/ha national (2014) (A23)",
                "Dry leaf 936–2,764 kg/ha by zone (2005, yields_conversion.csv); 2,300 a prior within it",
                "Prior: as Colombia",
            ])
        + [
            scalar(
                "spray_yield_loss", \.sprayYieldLoss, "share of yield", 0.2...0.6, .derived,
                "A6: −2,869 kg leaf/ha in year 1 on ≈6,600 kg/ha (A23 2005) → 0.43"),
            scalar(
                "spray_yield_recovery_months", \.sprayYieldRecoveryMonths, "months", 4...12, .literature,
                "A6: effect not significant after 1–2 years"),
            scalar(
                "productivity_adaptation", \.productivityAdaptation, "share at certain yearly eradication", 0...0.5,
                .prior,
                "A1: yields rose in response to eradication; magnitude prior"),
            scalar(
                "yield_price_response", \.yieldPriceResponse, "elasticity", 0...0.5, .prior,
                "M2/SF10: yields adapt; Colombia's cocaine per hectare rose as prices and eradication changed (A23); prior"
            ),
            scalar(
                "adaptation_months", \.adaptationMonths, "months", 12...72, .prior, "Speed of yield adaptation; prior"),
            scalar("weather_yield_sd", \.weatherYieldSD, "log sd per month", 0...0.15, .prior, "Yield shocks; prior"),
        ]

    static let eradication: [ParameterDescriptor] = [
        scalar(
            "spray_kill_share", \.sprayKillShare, "share of sprayed coca killed", 0.15...0.7, .prior,
            "Calibrated; constrained by SF1/SF16 (32 ha sprayed per ha eliminated, A4)"),
        scalar(
            "manual_kill_share", \.manualKillShare, "share", 0.4...1.0, .prior,
            "Teams uproot bushes, but reported hectares include young and re-eradicated plots; prior"),
        scalar(
            "forced_replant_probability", \.forcedReplantProbability, "probability", 0.5...0.92, .literature,
            "SF15/A22: 50–67% replanted (Colombia 2019), 92% within two years (VRAEM 2016)"),
        scalar(
            "replant_delay_months", \.replantDelayMonths, "months", 2...12, .prior,
            "Replanting within two years (A22); mean delay a prior"),
        scalar(
            "displacement_share", \.displacementShare, "share of replanting", 0.1...0.5, .prior,
            "A5, A13 (Rincón-Ruiz & Kallis), A22 (Grillo): replanting moves to neighbours and forest; share a prior"),
        scalar(
            "forest_share_new_planting", \.forestShareOfNewPlanting, "share", 0.2...0.5, .literature,
            "SF26: 21.5% (2011) to 48% (2001) of coca fields from recent forest clearing (A13)"),
        scalar(
            "forest_share_displaced_planting", \.forestShareOfDisplacedPlanting, "share", 0.4...0.9, .prior,
            "A22 (Grillo): displaced growers replant in more distant forest; prior"),
        scalar(
            "armed_eradication_shield", \.armedEradicationShield, "share per unit presence", 0...0.6, .prior,
            "Eradication is harder where armed groups are present (costs.csv: 67 eradicators killed 2018); prior"),
        scalar(
            "herbicide_litres_per_ha", \.herbicideLitresPerHectare, "litres/ha", 10...20, .derived,
            "1,897,357 litres on 140,858 ha, 1992–98 (eradication_ha.csv/costs.csv) → 13.5"),
        scalar(
            "households_per_coca_ha", \.householdsPerCocaHectare, "households/ha", 0.4...1.5, .derived,
            "68,600 households / 86,000 ha, Colombia 2005 (A23) → 0.80"),
    ]

    static let substitution: [ParameterDescriptor] =
        [
            scalar(
                "hectares_per_family", \.hectaresPerFamily, "ha/family", 0.3...0.7, .derived,
                "PNIS: 41,513 ha removed by 99,097 families (A22) → 0.42"),
            scalar(
                "voluntary_replant_while_paid", \.voluntaryReplantWhilePaid, "probability", 0.001...0.05, .literature,
                "SF15/A22: 0.2–0.6% replanting under PNIS"),
            scalar(
                "voluntary_replant_after_payments", \.voluntaryReplantAfterPayments, "probability", 0.1...0.6, .prior,
                "M4: payments that stop raise replanting; magnitude prior"),
            scalar(
                "substitution_payment_months", \.substitutionPaymentMonths, "months", 12...36, .literature,
                "PNIS: 12 monthly payments plus productive projects (A22); 24 a prior for the whole schedule"),
            scalar(
                "announcement_enrolment_belief", \.announcementEnrolmentBelief, "probability", 0.1...1, .prior,
                "Prior: no estimate found. The chance growers put on being registered and paid for the coca they hold when a pay-per-hectare programme is announced (A12); SF17 checks the boom it causes"
            ),
            scalar(
                "community_control_effect", \.communityControlEffect, "share of excess removed", 0.2...0.8, .prior,
                "A22 (Grisaffi et al. 2021): cato control cut coca more effectively than repression; magnitude prior"),
            scalar(
                "concerted_replant_probability", \.concertedReplantProbability, "probability", 0.05...0.5, .prior,
                "Prior: no estimate found for Bolivia. Coca removed by agreement with growers' unions and replanted despite the union's sanction; between paid voluntary removal (under 5%) and forced eradication (40–95%) (SF15, A22)"
            ),

            scalar(
                "alternative_development_remoteness_cut", \.alternativeDevelopmentRemotenessCut, "share of remoteness",
                0...0.6, .prior,
                "Roads built under alternative development (M4: roads that lower remoteness); prior"),
            scalar(
                "alternative_development_life_months", \.alternativeDevelopmentLifeMonths, "months", 24...120, .prior,
                "How long a family stays supported by an alternative-development programme; prior"),
            scalar(
                "poverty_spray_effect", \.povertySprayEffect, "poverty share per unit spray intensity", 0...0.3, .prior,
                "A6 (Rozo): spraying raises poverty; A6's +4 pp per 1% of municipal area sprayed has no area base here; prior"
            ),
            scalar(
                "poverty_alternative_development_effect", \.povertyAlternativeDevelopmentEffect,
                "poverty share at full coverage", 0...0.4, .prior,
                "Alternative development lowers poverty; prior"),
            scalar(
                "payment_stop_months", \.paymentStopMonths, "months", 1...12, .prior,
                "M4: when a programme stops paying, families leave the payroll within this time; prior"),
            scalar(
                "alternative_development_licit_gain", \.alternativeDevelopmentLicitGain, "relative licit gain",
                0.1...1.0, .prior,
                "A22 (Grillo; Borrero & Parada): AD works with other instruments; magnitude prior"),
        ]
        + indexed(
            "legal_hectares", \.legalHectares, codes: countryCodes, "ha",
            ranges: [0...0, 2_000...6_000, 12_000...22_000, 0...0], [.literature, .derived, .literature, .literature],
            [
                "No legal coca", "≈9,000 t dry leaf for traditional use (A23, 2014) / 2.4 t/ha → 3,750 ha",
                "12,000 ha before 2017 (Law 1008; prior, not in shared literature); 22,000 ha from 2017 (M1)",
                "No legal coca",
            ])
        + [
            scalar(
                "legal_diversion_share", \.legalDiversionShare, "share of legal leaf", 0...0.5, .prior,
                "Legal leaf diverted to cocaine; prior")
        ]

    static let processing: [ParameterDescriptor] = [
        scalar(
            "leaf_value_share", \.leafValueShare, "share of source HCl price", 0.15...0.45, .derived,
            "Mejía & Rico 2008 (A16): leaf COP 1.2 tn of 4.0 tn (leaf + base + HCl) → 0.30"),
        scalar(
            "kilograms_per_lab", \.kilogramsPerLab, "kg HCl lost per lab destroyed", 10...200, .prior,
            "A23: ≈1,900 labs destroyed per year (2004–05); size of a lab's stock a prior"),
        scalar(
            "leaf_price_flexibility", \.leafPriceFlexibility, "elasticity of the leaf share's odds", 0.1...1.5, .prior,
            "Prior: no estimate found. Odds of the leaf's share of the laboratories' net value ∝ (capacity / harvest)^f; f = 0.5 raises the leaf price about 4% when the harvest falls 10%"
        ),
        scalar(
            "lab_adjustment_months", \.labAdjustmentMonths, "months", 3...24, .prior,
            "Prior: no estimate found. Time for laboratories to match capacity to the harvest and to learn the raid risk"
        ),
    ]

    static let domesticSeizures: [ParameterDescriptor] = indexed(
        "domestic_seizure_rate", \.domesticSeizureRate, codes: countryCodes, "share of stock per year",
        ranges: [0...0.6, 0...0.4, 0...0.4, 0...0.2], [.prior, .prior, .prior, .prior],
        [
            "Prior: Colombia's national seizures were 149-428 t against 640-1,137 t of production (seizures_t.csv, production_t.csv)",
            "Prior", "Prior", "Prior: Ecuador's border coca is marginal",
        ])

    static let trafficking: [ParameterDescriptor] = [
        scalar(
            "route_choice_sensitivity", \.routeChoiceSensitivity, "logit scale on relative cost", 3...20, .prior,
            "NarcoLogic (A26) routes by expected profit; logit sensitivity a prior"),
        scalar(
            "risk_learning_rate", \.riskLearningRate, "per month", 0.3...0.66, .literature,
            "C5: NarcoLogic learning rates 0.5–0.655"),
        scalar(
            "risk_share_of_markup", \.riskShareOfMarkup, "share", 0.4...0.7, .literature,
            "A16 (Caulkins & Reuter 1998): risk compensation over half of costs"),
        scalar(
            "interdiction_efficiency", \.interdictionEfficiency, "hazard per US$ million/yr", 0.0003...0.003, .prior,
            "Diminishing returns to interdiction effort (M6); scale a prior"),

        scalar(
            "base_seizure_scale", \.baseSeizureScale, "multiplier", 0.5...3, .prior,
            "Prior: scales the segments' base seizure probabilities (priors set along the SF12 ladder); a calibration candidate (docs/calibration.md lists whether the shipped posterior fits it); world seizures stay below the data's in 2010–2019 (docs/ledger.md, data checks)"
        ),
        scalar("seizure_noise_sd", \.seizureNoiseSD, "log sd", 0...0.6, .prior, "Lumpiness of seizures; prior"),
    ]

    static let prices: [ParameterDescriptor] =
        indexed(
            "source_price_usd_per_kg", \.sourcePriceUSDPerKg, codes: countryCodes, "US$/kg HCl",
            ranges: [1_230...2_710, 730...1_460, 990...2_220, 1_230...2_710],
            [.literature, .literature, .prior, .prior],
            [
                "US$1,713–1,860/kg in Colombia (2004–05, A23) = 2,110–2,290 in 2015 US$ (CPI-U); range 1,000–2,200 nominal deflated alike",
                "US$890/kg (2005, A23) = 1,080 in 2015 US$ (CPI-U)",
                "Prior between Peru and Colombia (2015 US$)", "Prior: as Colombia",
            ])
        + [
            scalar(
                "source_price_adjustment", \.sourcePriceAdjustment, "per month", 0.05...0.4, .prior,
                "Speed of source-price response to inventory; prior"),
            scalar(
                "source_price_flexibility", \.sourcePriceFlexibility, "elasticity to stock cover", 0.2...1.5, .prior,
                "Prior: no estimate found. Source price ∝ (stock cover / normal cover)^−f; f = 0.5 doubles the price when cover falls to a quarter"
            ),
            scalar(
                "source_loss_rate", \.sourceLossRate, "share of source stock per month", 0...0.03, .prior,
                "Prior: no estimate found. Losses (spoilage, theft, unrecorded destruction) are a flow of their own, reported as cocaine_losses_t"
            ),
            scalar("source_inventory_cover_months", \.sourceInventoryCoverMonths, "months", 1...6, .prior, "Prior"),
            scalar(
                "source_rent_share", \.sourceRentShare, "share of the downstream shortage rent", 0...1, .prior,
                "Prior: no estimate found. Prices upstream and downstream are set jointly (A1) and traffickers outbid any rival use of scarce supply (A18): a share of the shortage rent in the markets a source serves is bid into its price; 0 keeps the rent with the dealers, 1 passes all of it back"
            ),
        ]
        + indexed(
            "retail_price_per_pure_gram", \.retailPricePerPureGram, codes: marketCodes, "US$/pure g",
            ranges: [155...300, 135...270, 10...40, 100...300], [.literature, .derived, .prior, .prior],
            [
                "The start-year (2000) price: US$205.67 (2000) → 182.75 (2008) (A1), US$135 (2006, A25); in 2015 US$ (CPI-U) 283, 201 and 159",
                "Europe street US$70–84/g (2000–03, prices_usd.csv) at a prior purity of 0.5: 193–216 per pure g in 2015 US$ (CPI-U)",
                "Prior: near-source market", "Prior",
            ])
        + indexed(
            "retail_purity", \.retailPurity, codes: marketCodes, "share",
            ranges: [0.4...0.8, 0.3...0.7, 0.2...0.6, 0.3...0.7],
            [.prior, .prior, .prior, .prior], ["Prior", "Prior", "Prior", "Prior"])
        + [
            scalar(
                "purity_response", \.purityResponse, "elasticity of purity to availability", 0.2...1.0, .prior,
                "M7: markets adjust first through purity; prior"),
            scalar("market_inventory_cover_months", \.marketInventoryCoverMonths, "months", 1...4, .prior, "Prior"),
            scalar(
                "wholesale_adjustment", \.wholesaleAdjustment, "per month", 0.02...0.3, .prior,
                "Speed of wholesale scarcity pricing; prior"),
            scalar(
                "wholesale_price_flexibility", \.wholesalePriceFlexibility,
                "rent per share of the wanted stock missing", 0.3...2,
                .prior,
                "Prior, to be checked against the U.S. 2007–08 shortage (price per pure gram up, purity down, back within a few years; A25). The shortage rent rises by this much times the missing share of dealers' wanted stock (1 + this with empty shelves); a glut lowers it as (wanted / stock)^this"
            ),
        ]

    static let demand: [ParameterDescriptor] =
        [
            scalar(
                "demand_elasticity", \.demandElasticity, "elasticity", -1.0 ... -0.3, .literature,
                "C3/A19: central −0.5 (OAS; IDA study), range −0.3 to −1.0")
        ]
        + indexed(
            "light_users_millions", \.lightUsersMillions, codes: marketCodes, "million",
            ranges: [3.5...5.0, 1.5...2.5, 1.2...2.2, 1.8...3.4], [.derived, .derived, .prior, .prior],
            [
                "5.9 M past-year users (2002, demand.csv) less 1.7 M heavy (A17)",
                "2.3 M users in 2000 (2 M in 1998 → 4.1 M in 2008, UNODC, demand.csv) less Europe's heavy users",
                "Prior: almost 2 M users in 2004–05 (UNODC, demand.csv) less Europe's heavy share",
                "Prior: 3.0 M users (14 M world in 1998 less the U.S., Europe and South America gives 4.1 M;"
                    + " demand.csv) less Europe's heavy share",
            ])
        + indexed(
            "heavy_users_millions", \.heavyUsersMillions, codes: marketCodes, "million",
            ranges: [1.2...2.2, 0.2...0.5, 0.15...0.5, 0.25...0.7], [.literature, .derived, .prior, .prior],
            [
                "≈1.7 M heavy users (A17)",
                "Europe's heavy share (15%) from 63 t for 2 M users (1998) and 124 t for 4.1 M (2008, UNODC,"
                    + " demand.csv) with the U.S. grams per user: 72 t in 2000",
                "Europe's heavy share (15%) applied: 62 t; Brazil's 92 t for 2.8 M users (2010, demand.csv)"
                    + " is Europe's consumption per user, not the U.S.'s",
                "Europe's heavy share (15%) applied: 93 t, near UNODC's 2008–09 balance less North America,"
                    + " Europe and South America (demand.csv)",
            ])
        + [
            scalar(
                "grams_per_light_user_year", \.gramsPerLightUserYear, "pure g/yr", 8...25, .derived,
                "269 t U.S. consumption c.2000 (demand.csv) = 4.2 M × q + 1.7 M × 8q → q = 15.1 g"),
            scalar(
                "heavy_to_light_consumption", \.heavyToLightConsumption, "ratio", 5...10, .literature,
                "A17: heavy users consume ≈8× light users"),
        ]
        + indexed(
            "initiation_trend", \.initiationTrend, codes: marketCodes, "per year",
            ranges: [-0.05...0.03, -0.02...0.08, -0.02...0.08, -0.02...0.08], [.prior, .prior, .prior, .prior],
            [
                "Prior: U.S. users flat to falling (5.9 M in 2002 and 2017, demand.csv)",
                "Prior: European volume doubled in a decade (C3)", "Prior: growing South American market",
                "Prior: global users 17-18 M (2014) → 22 M (2021) (demand.csv)",
            ])
        + [
            scalar(
                "light_quit_rate", \.lightQuitRate, "per year", 0.1...0.3, .prior,
                "Recalled, unverified Everingham & Rydell value 0.16 (literature.md); a prior"),
            scalar(
                "escalation_rate", \.escalationRate, "per year", 0.01...0.05, .prior,
                "Recalled, unverified 0.024 (literature.md); a prior"),
            scalar(
                "heavy_quit_rate", \.heavyQuitRate, "per year", 0.03...0.12, .prior,
                "Recalled, unverified 0.06 (literature.md); a prior"),
            scalar(
                "initiation_noise_sd", \.initiationNoiseSD, "log sd per month", 0...0.1, .prior,
                "Random variation of initiation; prior"),
            scalar(
                "treatment_success", \.treatmentSuccess, "share", 0.05...0.3, .literature,
                "A17: 13% stay drug-free after treatment (RAND)"),
            scalar("prevention_max_effect", \.preventionMaxEffect, "share of initiation", 0.05...0.5, .prior, "Prior"),
            scalar(
                "prevention_half_saturation_usd_m", \.preventionHalfSaturationUSDm, "US$ million/yr", 200...5_000,
                .prior,
                "Prior"),
            scalar(
                "decriminalization_initiation_effect", \.decriminalizationInitiationEffect, "share", 0...0.1, .prior,
                "A21 (Portugal: no major rise); A19 (Saffer & Chaloupka: +260,000 users); prior"),
            scalar(
                "decriminalization_treatment_referral", \.decriminalizationTreatmentReferral, "multiplier", 1...2.5,
                .prior,
                "M8: decriminalisation raises treatment referral; prior"),
            scalar(
                "decriminalization_retail_cost_cut", \.decriminalizationRetailCostCut, "share of retail add-on",
                0...0.15, .prior,
                "Possession enforcement is a small part of retail costs; prior"),
        ]

    static let violence: [ParameterDescriptor] =
        indexed(
            "homicide_rate_reference", \.homicideRateReference, codes: countryCodes, "per 100k",
            ranges: [55...67, 4...8, 4...12, 12...22], [.derived, .literature, .prior, .literature],
            [
                "2000 interpolated between 58.39 (1999) and 67 (2002) (homicide_rate.csv)",
                "5.43 (2011, homicide_rate.csv)",
                "Prior: no Bolivian series in the data", "19.8 (2006, homicide_rate.csv)",
            ])
        + [
            scalar(
                "violence_armed_effect", \.violenceArmedEffect, "log-rate per unit presence", 0.3...2.5, .prior,
                "M9 reduced form; prior"),
            scalar(
                "violence_rent_effect", \.violenceRentEffect, "elasticity to contested rent", 0...0.8, .prior,
                "Dell (A20): trafficking brings violence; Castillo, Mejía & Restrepo (A27): scarcity raises the value fought over and violence with it. Elasticity to flow × wholesale price a prior"
            ),
            scalar(
                "violence_fragmentation_effect", \.violenceFragmentationEffect, "log-rate per removal", 0.14...0.47,
                .derived, "SF21/A20: +36.5% in six months after a leader's removal → ln 1.365"),
            scalar(
                "fragmentation_half_life_months", \.fragmentationHalfLifeMonths, "months", 3...24, .literature,
                "A20: six-month window of Calderón et al."),
            scalar(
                "fragmentation_local_share", \.fragmentationLocalShare, "share of national homicides", 0.01...0.2,
                .prior,
                "SF21's +36.5% is local (the municipality of the removal, A20); the national effect is this share of it; prior"
            ),
            scalar(
                "violence_spray_effect", \.violenceSprayEffect, "log-rate per sprayed share", 0...1.5, .prior,
                "A5, A6: spraying raises violence; magnitude prior"),
            scalar(
                "violence_boom_effect", \.violenceBoomEffect, "log-rate per coca growth", 0...1.5, .prior,
                "A14: coca booms bring violence; magnitude prior"),
            scalar(
                "military_aid_effect", \.militaryAidEffect, "presence per US$ million/yr", 0.0001...0.002, .prior,
                "Prior"),
            scalar("state_reversion_months", \.stateReversionMonths, "months", 36...240, .prior, "Prior"),
            scalar(
                "armed_growth_from_rents", \.armedGrowthFromRents, "elasticity of presence to coca rents", 0...0.8,
                .prior,
                "A14: coca rents sustain armed groups; prior"),
            scalar(
                "armed_suppression_by_state", \.armedSuppressionByState, "presence per unit state presence", 0...2,
                .prior,
                "Plan Colombia's counter-insurgency channel (M9); prior"),
            scalar("armed_adjustment_months", \.armedAdjustmentMonths, "months", 6...60, .prior, "Prior"),
            scalar(
                "peace_refill_share", \.peaceRefillShare, "share", 0...0.8, .prior,
                "Dissidents and other groups refill demobilised areas; prior"),
            scalar("peace_refill_months", \.peaceRefillMonths, "months", 12...72, .prior, "Prior"),
        ]

    static let costs: [ParameterDescriptor] = [
        scalar(
            "spray_cost_per_ha", \.sprayCostPerHectare, "US$/ha sprayed", 1_500...3_000, .literature,
            "A4: US$2,400 per hectare sprayed (costs.csv)"),
        scalar(
            "spray_operating_per_ha", \.sprayOperatingPerHectare, "US$/ha", 50...700, .literature,
            "M10: planes and chemicals ≈ US$70/ha (a commenter); the rest is overhead"),
        scalar(
            "manual_cost_per_ha", \.manualCostPerHectare, "US$/ha", 980...1_960, .derived,
            "US$61 M for ≈43,600 ha (2010) → 1,400 nominal, 1,520 in 2015 US$; US$29 M for 30,486 ha (2012) → 950 nominal, 980 in 2015 US$ (costs.csv, eradication_ha.csv, CPI-U)"
        ),
        scalar("manual_operating_share", \.manualOperatingShare, "share", 0.2...0.8, .prior, "Prior"),
        scalar(
            "substitution_cost_per_family", \.substitutionCostPerFamily, "US$/family", 4_060...11_600, .literature,
            "A12: ≈US$7,800 per family in year 1 (2017) = 7,540 in 2015 US$ (CPI-U); US$350/month cash (costs.csv)"),
        scalar("substitution_overhead_share", \.substitutionOverheadShare, "share", 0.1...0.4, .prior, "Prior"),
        scalar(
            "community_control_cost_per_family_year", \.communityControlCostPerFamilyYear, "US$", 100...1_000, .prior,
            "Prior"),
        scalar(
            "alternative_development_cost_per_family_year", \.alternativeDevelopmentCostPerFamilyYear, "US$",
            500...5_000, .prior, "Prior"),
        scalar("lab_destruction_cost_per_lab", \.labDestructionCostPerLab, "US$", 5_000...100_000, .prior, "Prior"),
        scalar("interdiction_operating_share", \.interdictionOperatingShare, "share", 0.3...0.9, .prior, "Prior"),
        scalar("capture_cost_usd", \.captureCostUSD, "US$ per capture", 1e6...5e7, .prior, "Prior"),
        scalar("treatment_cost_per_episode", \.treatmentCostPerEpisode, "US$", 1_500...10_000, .prior, "Prior"),
        scalar(
            "overhead_share_default", \.overheadShareDefault, "share", 0.1...0.5, .prior,
            "Overhead share for instruments without a better figure; prior"),
    ]
}
