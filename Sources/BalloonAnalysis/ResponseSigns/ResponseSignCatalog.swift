import BalloonModel

/// Every row of the response-sign table as a cell: experiment, outcome, horizon and judgement.
///
/// A cell the model cannot evaluate is `notModelled` with its reason; it stays and counts as a failure.
package enum ResponseSignCatalog {
    typealias Outcomes = ResponseSignOutcomes
    typealias Experiment = ResponseSignExperiment

    static let segments = ResponseSignSegments(network: Atlas.standard.network)
    static let colombiaExits = segments.ids(segments.exits(from: [.colombia]))
    static let peruAndEcuadorExits = segments.ids(segments.exits(from: [.peru, .ecuador]))
    static let ecuadorExits = segments.ids(segments.exits(from: [.ecuador]))
    static let colombianAndPeruvianCoasts = segments.ids(segments.outOfHubs(of: [.colombia, .peru]))

    /// A cell whose measure is one outcome, without and with one experiment, over the cell's horizon.
    static func paired(
        _ number: Int, _ experiment: Experiment, _ horizon: ResponseHorizon, _ outcome: @escaping Outcomes.Outcome,
        reads: String, _ expectation: SignExpectation, note: String = ""
    ) -> ResponseSignCell {
        let years = horizon.years(from: Experiment.startYear)
        return ResponseSignCell(number, [experiment], horizon, outcome: reads, expectation, note: note) { runs in
            .of(outcome, base: runs.history, changed: runs[experiment], years: years)
        }
    }

    /// The extra hectares a year an experiment sprayed (or, negative, stopped spraying), mean from the start to `years`' end.
    static func extraSprayed(_ runs: ResponseSignMemberRuns, _ experiment: Experiment, through years: ClosedRange<Int>)
        -> Double
    {
        let span = Experiment.startYear...years.upperBound
        return Outcomes.sprayed(.colombia)(runs[experiment], span) - Outcomes.sprayed(.colombia)(runs.history, span)
    }

    static let short = ResponseHorizon.short
    static let medium = ResponseHorizon.medium
    static let smallLimit = SignExpectation.smallLimit

    package static let cells: [ResponseSignCell] = [
        ResponseSignCell(
            1, [.sprayingColombia], short, outcome: "coca_area_ha CO, end-2010; ÷ extra hectares sprayed in 2010",
            .perUnit(lower: -0.1, upper: -0.02, and: .down)
        ) { runs in
            let years = short.years(from: Experiment.startYear)
            return .of(
                Outcomes.cocaArea(.colombia), base: runs.history, changed: runs[.sprayingColombia], years: years,
                reference: extraSprayed(runs, .sprayingColombia, through: years))
        },
        ResponseSignCell(
            2, [.sprayingColombia], medium,
            outcome: "coca_area_ha CO, mean of year-ends 2012–2014; ÷ extra hectares sprayed a year, 2010–2014",
            .perUnit(lower: -0.1, upper: 0.1, and: nil)
        ) { runs in
            let years = medium.years(from: Experiment.startYear)
            return .of(
                Outcomes.cocaArea(.colombia), base: runs.history, changed: runs[.sprayingColombia], years: years,
                reference: extraSprayed(runs, .sprayingColombia, through: years))
        },
        paired(
            3, .sprayingColombia, medium, Outcomes.cocaArea(.peru, .bolivia),
            reads: "coca_area_ha PE + BO, mean 2012–2014",
            .upOrSmall),
        paired(
            4, .sprayingColombia, short, Outcomes.leafPrice(.colombia), reads: "leaf_price_usd_per_kg CO, mean 2010",
            .up),
        paired(
            5, .sprayingColombia, medium, Outcomes.retailPrice(.unitedStates),
            reads: "retail_price_usd_per_pure_gram US, mean 2012–2014", .small(limit: smallLimit)),
        paired(
            6, .sprayingColombia, medium, Outcomes.forestCleared(.colombia),
            reads: "forest_cleared_ha CO, mean 2012–2014",
            .upOrSmall),
        paired(7, .manualEradicationPeru, short, Outcomes.cocaArea(.peru), reads: "coca_area_ha PE, end-2010", .down),
        paired(
            8, .manualEradicationPeru, short, Outcomes.leafPrice(.peru), reads: "leaf_price_usd_per_kg PE, mean 2010",
            .up),
        paired(
            9, .manualEradicationPeru, medium, Outcomes.cocaArea(.colombia, .bolivia),
            reads: "coca_area_ha CO + BO, mean 2012–2014", .upOrSmall),
        ResponseSignCell(
            10, [.manualEradicationPeru], medium,
            outcome: "cocaine_production_t WORLD, mean 2012–2014; reference: the change in Peru's own production (t)",
            .downOrSmallButLessThanReference(relative: false)
        ) { runs in
            let years = medium.years(from: Experiment.startYear)
            let own =
                Outcomes.cocaineProduction(.peru)(runs[.manualEradicationPeru], years)
                - Outcomes.cocaineProduction(.peru)(runs.history, years)
            return .of(
                Outcomes.worldCocaineProduction, base: runs.history, changed: runs[.manualEradicationPeru],
                years: years,
                reference: own)
        },
        paired(
            11, .manualEradicationBolivia, medium, Outcomes.cocaArea(.peru), reads: "coca_area_ha PE, mean 2012–2014",
            .upOrSmall),
        paired(
            12, .interdictionOutOfColombia, short, Outcomes.routeSeizures(colombiaExits),
            reads: "route_seizures_t summed over the segments leaving Colombia, 2010", .up),
        paired(
            13, .interdictionOutOfColombia, short, Outcomes.deliveredPast(colombiaExits),
            reads: "route_flow_t − route_seizures_t summed over the segments leaving Colombia, 2010", .down),
        paired(
            14, .interdictionOutOfColombia, medium, Outcomes.routeFlow(peruAndEcuadorExits),
            reads: "route_flow_t summed over the segments leaving Peru and Ecuador, mean 2012–2014", .up),
        paired(
            15, .interdictionOutOfColombia, short, Outcomes.sourcePrice(.colombia),
            reads: "source_price_usd_per_kg CO, mean 2010 (net only)",
            .notModelled(
                reason: "channels not separable: the model reports only the net source price, not the "
                    + "replacement-demand (A18) and buyer-substitution (A1) channels the row asks to assert"),
            note: "net change reported"),
        paired(
            16, .interdictionOutOfColombia, medium, Outcomes.leafPrice(.colombia),
            reads: "leaf_price_usd_per_kg CO, mean 2012–2014", .reported,
            note: "ambiguous: net reported; channels not separable (see row 15)"),
        paired(
            17, .interdictionOutOfColombia, medium, Outcomes.cocaArea(.colombia),
            reads: "coca_area_ha CO, mean 2012–2014",
            .reported, note: "ambiguous: net reported; channels not separable (see row 15)"),
        paired(
            18, .interdictionOutOfColombia, short, Outcomes.wholesalePrice(.unitedStates),
            reads: "wholesale_price_usd_per_kg US, mean 2010", .up),
        paired(
            19, .interdictionOutOfColombia, medium, Outcomes.consumption(.unitedStates),
            reads: "consumption_t US, mean 2012–2014", .down),
        paired(
            20, .interdictionOutOfColombia, short, Outcomes.centralAmericaViolence,
            reads: "violence_index CENTRAL_AMERICA, mean 2010", .up,
            note: "an index of the start: no homicide series for Central America is bundled"),
        paired(
            21, .closingPeruExports, short, Outcomes.leafPrice(.peru), reads: "leaf_price_usd_per_kg PE, mean 2010",
            .down),
        paired(
            22, .closingPeruExports, medium, Outcomes.cocaArea(.peru), reads: "coca_area_ha PE, mean 2012–2014", .down),
        paired(
            23, .closingPeruExports, medium, Outcomes.cocaArea(.colombia, .bolivia),
            reads: "coca_area_ha CO + BO, mean 2012–2014",
            .up),
        paired(
            24, .interdictionEcuador, medium, Outcomes.deliveredPast(ecuadorExits),
            reads: "route_flow_t − route_seizures_t summed over the segments leaving Ecuador, mean 2012–2014", .down),
        paired(
            25, .interdictionEcuador, medium, Outcomes.routeFlow(colombianAndPeruvianCoasts),
            reads: "route_flow_t summed over the segments leaving Colombia's and Peru's coasts, mean 2012–2014", .up),
        paired(
            26, .labDestructionColombia, short, Outcomes.leafPrice(.colombia),
            reads: "leaf_price_usd_per_kg CO, mean 2010", .down),
        paired(
            27, .labDestructionColombia, medium, Outcomes.cocaArea(.colombia), reads: "coca_area_ha CO, mean 2012–2014",
            .down),
        paired(
            28, .leaderCaptureEcuador, short, Outcomes.homicideRate(.ecuador),
            reads: "homicide_rate_per_100k EC, mean 2010", .up),
        paired(
            29, .leaderCaptureEcuador, medium, Outcomes.routeFlow(ecuadorExits),
            reads: "route_flow_t summed over the segments leaving Ecuador, mean 2012–2014", .small(limit: 0.10)),
        paired(
            30, .leaderCaptureColombia, short, Outcomes.homicideRate(.colombia),
            reads: "homicide_rate_per_100k CO, mean 2010",
            .up),
        paired(
            31, .treatmentUnitedStates, medium, Outcomes.heavyUsers(.unitedStates),
            reads: "heavy_users US, mean 2012–2014", .down),
        paired(
            32, .treatmentUnitedStates, medium, Outcomes.consumption(.unitedStates),
            reads: "consumption_t US, mean 2012–2014",
            .down),
        paired(
            33, .treatmentUnitedStates, medium, Outcomes.retailPrice(.unitedStates),
            reads: "retail_price_usd_per_pure_gram US, mean 2012–2014", .small(limit: smallLimit)),
        ResponseSignCell(
            34, [.treatmentUnitedStates], medium,
            outcome: "coca_area_ha ANDEAN, mean 2012–2014; reference: relative change of consumption_t US",
            .downOrSmallButLessThanReference(relative: true)
        ) { runs in
            let years = medium.years(from: Experiment.startYear)
            guard
                let cut = PairedMeasure.of(
                    Outcomes.consumption(.unitedStates), base: runs.history,
                    changed: runs[.treatmentUnitedStates], years: years)?.relativeChange
            else { return nil }
            return .of(
                Outcomes.andeanCocaArea, base: runs.history, changed: runs[.treatmentUnitedStates], years: years,
                reference: cut)
        },
        paired(
            35, .preventionUnitedStates, short, Outcomes.initiation(.unitedStates), reads: "initiation US, 2010", .down),
        paired(
            36, .decriminalisationEurope, medium, Outcomes.users(.europe),
            reads: "users EU, mean of year-ends 2012–2014",
            .relativeRange(lower: -0.10, upper: 0.15)),
        paired(
            37, .substitutionColombia, medium, Outcomes.cocaArea(.colombia), reads: "coca_area_ha CO, mean 2012–2014",
            .down),
        ResponseSignCell(
            38, [.substitutionColombia, .forcedEradicationLikeSubstitution], medium,
            outcome: "extra replanted_ha CO ÷ extra hectares removed (voluntarily_removed_ha or eradicated_manual_ha), "
                + "2010–2014; voluntary share (changed) against forced share (baseline)",
            .lowerThanBaseline
        ) { runs in
            let span = Experiment.startYear...medium.years(from: Experiment.startYear).upperBound
            func share(_ experiment: Experiment, removed: Outcomes.Outcome) -> Double? {
                let extraRemoved = removed(runs[experiment], span) - removed(runs.history, span)
                let extraReplanted =
                    Outcomes.replanted(.colombia)(runs[experiment], span)
                    - Outcomes.replanted(.colombia)(runs.history, span)
                guard extraRemoved > 0, extraReplanted.isFinite else { return nil }
                return extraReplanted / extraRemoved
            }
            guard let voluntary = share(.substitutionColombia, removed: Outcomes.voluntarilyRemoved(.colombia)),
                let forced = share(.forcedEradicationLikeSubstitution, removed: Outcomes.eradicatedManually(.colombia))
            else { return nil }
            return PairedMeasure(baseline: forced, changed: voluntary)
        },
        paired(
            39, .announcementColombia, short, Outcomes.newPlantings(.colombia), reads: "new_plantings_ha CO, 2010", .up),
        ResponseSignCell(
            40, [.sprayingBanColombia], medium,
            outcome: "coca_area_ha CO, mean 2012–2014; ÷ hectares of spraying forgone a year, 2010–2014",
            .perUnit(lower: -.infinity, upper: 0.1, and: .upOrSmall)
        ) { runs in
            let years = medium.years(from: Experiment.startYear)
            return .of(
                Outcomes.cocaArea(.colombia), base: runs.history, changed: runs[.sprayingBanColombia], years: years,
                reference: -extraSprayed(runs, .sprayingBanColombia, through: years))
        },
        paired(
            41, .sprayingBanColombia, short, Outcomes.leafPrice(.colombia),
            reads: "leaf_price_usd_per_kg CO, mean 2010",
            .downOrSmall),
        paired(
            42, .alternativeDevelopmentPeru, medium, Outcomes.cocaArea(.peru), reads: "coca_area_ha PE, mean 2012–2014",
            .downOrSmall),
        paired(
            43, .communityControlBolivia, medium, Outcomes.illicitArea(.bolivia),
            reads: "illicit_area_ha BO, mean 2012–2014",
            .down),
        paired(
            44, .legalAreaBolivia, short, Outcomes.cocaArea(.bolivia),
            reads: "coca_area_ha BO at end-2010, the month of the change (results are annual)",
            .small(limit: smallLimit)),
        ResponseSignCell(
            45, [.legalAreaBolivia], short,
            outcome: "illicit_area_ha BO at end-2010, the month of the change; ÷ the change in legal_area_ha BO",
            .perUnit(lower: -1.2, upper: -0.8, and: .down)
        ) { runs in
            let years = short.years(from: Experiment.startYear)
            let reclassified =
                Outcomes.legalArea(.bolivia)(runs[.legalAreaBolivia], years)
                - Outcomes.legalArea(.bolivia)(runs.history, years)
            return .of(
                Outcomes.illicitArea(.bolivia), base: runs.history, changed: runs[.legalAreaBolivia], years: years,
                reference: reclassified)
        },
        paired(
            46, .peaceAgreementColombia, short, Outcomes.homicideRate(.colombia),
            reads: "homicide_rate_per_100k CO, mean 2010",
            .downOrSmall),
        ResponseSignCell(
            47, [.interdictionIntoUnitedStates], short,
            outcome:
                "consumption_t US, 2010; only members whose U.S. retail price rose at least 1% count as computable",
            .down, note: "elasticity reported as consumption change ÷ price change"
        ) { runs in
            let years = short.years(from: Experiment.startYear)
            guard
                let price = PairedMeasure.of(
                    Outcomes.retailPrice(.unitedStates), base: runs.history,
                    changed: runs[.interdictionIntoUnitedStates], years: years)?.relativeChange,
                price >= SignExpectation.strictThreshold
            else { return nil }
            return .of(
                Outcomes.consumption(.unitedStates), base: runs.history, changed: runs[.interdictionIntoUnitedStates],
                years: years, reference: price)
        },
    ]
}
