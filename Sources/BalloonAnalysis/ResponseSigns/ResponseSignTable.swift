/// The response-sign table of `../shared/research/response-signs.md`, transcribed unchanged.
///
/// Written apart from the model, so it checks the model against something its authors did not write.
/// Every row and band is copied verbatim (a test compares them with the markdown when it is reachable);
/// cells are added at the end, never dropped or rewritten.
package enum ResponseSignTable {
    /// The 47 rows of the sign table, in order.
    package static let rows: [ResponseSignRow] = [
        ResponseSignRow(
            number: 1, change: "More aerial spraying in Colombia",
            outcome: "Colombia's coca area",
            horizon: "short",
            expected: "− (small: 0.02–0.1 ha per ha sprayed)",
            basis: "SF1, A3"),
        ResponseSignRow(
            number: 2, change: "More aerial spraying in Colombia",
            outcome: "Colombia's coca area",
            horizon: "medium",
            expected:
                "small either way: within ±0.1 ha per extra hectare sprayed a year (replanting and relocation can even raise it)",
            basis: "SF1, SF2, SF15, A5–A8"),
        ResponseSignRow(
            number: 3, change: "More aerial spraying in Colombia",
            outcome: "Peru's and Bolivia's coca area",
            horizon: "medium",
            expected: "+/≈0",
            basis: "SF6, A15"),
        ResponseSignRow(
            number: 4, change: "More aerial spraying in Colombia",
            outcome: "Colombia's farm-gate leaf price",
            horizon: "short",
            expected: "+",
            basis: "theory: supply cut at the farm; A1"),
        ResponseSignRow(
            number: 5, change: "More aerial spraying in Colombia",
            outcome: "U.S. retail price per pure gram",
            horizon: "medium",
            expected: "≈0 (less than 5%)",
            basis: "SF8, SF11, A16"),
        ResponseSignRow(
            number: 6, change: "More aerial spraying in Colombia",
            outcome: "forest cleared for coca in Colombia",
            horizon: "medium",
            expected: "+/≈0 (relocation into forest)",
            basis: "A13, SF26"),
        ResponseSignRow(
            number: 7, change: "More manual eradication in Peru",
            outcome: "Peru's coca area",
            horizon: "short",
            expected: "−",
            basis: "A23, SF15"),
        ResponseSignRow(
            number: 8, change: "More manual eradication in Peru",
            outcome: "Peru's farm-gate leaf price",
            horizon: "short",
            expected: "+",
            basis: "theory"),
        ResponseSignRow(
            number: 9, change: "More manual eradication in Peru",
            outcome: "Colombia's and Bolivia's coca area",
            horizon: "medium",
            expected: "+/≈0",
            basis: "SF6, A15"),
        ResponseSignRow(
            number: 10, change: "More manual eradication in Peru",
            outcome: "world cocaine production",
            horizon: "medium",
            expected: "≈0 or − (less than the own-country cut)",
            basis: "SF2, SF4, A15"),
        ResponseSignRow(
            number: 11, change: "More manual eradication in Bolivia",
            outcome: "Peru's coca area",
            horizon: "medium",
            expected: "+/≈0",
            basis: "SF6"),
        ResponseSignRow(
            number: 12, change: "Interdiction on every route out of Colombia",
            outcome: "seizures on those segments",
            horizon: "short",
            expected: "+",
            basis: "theory; A24"),
        ResponseSignRow(
            number: 13, change: "Interdiction on every route out of Colombia",
            outcome: "cocaine delivered past those segments (flow net of seizures)",
            horizon: "short",
            expected: "−",
            basis: "theory; NarcoLogic (literature.md, section d)"),
        ResponseSignRow(
            number: 14, change: "Interdiction on every route out of Colombia",
            outcome: "flow on routes out of Peru and Ecuador",
            horizon: "medium",
            expected: "+",
            basis: "SF22, route substitution"),
        ResponseSignRow(
            number: 15, change: "Interdiction on every route out of Colombia",
            outcome: "Colombia's source (HCl) price",
            horizon: "short",
            expected:
                "ambiguous: report the net and assert each channel's sign (replacement of seized cocaine raises demand at the source, A18; dearer exports from Colombia shift buyers to other sources and lower the price paid there, A1)",
            basis: "A1 vs A18"),
        ResponseSignRow(
            number: 16, change: "Interdiction on every route out of Colombia",
            outcome: "Colombia's farm-gate leaf price",
            horizon: "medium",
            expected: "ambiguous, as row 15 (report; the net follows the source price)",
            basis: "A1 vs A18"),
        ResponseSignRow(
            number: 17, change: "Interdiction on every route out of Colombia",
            outcome: "Colombia's coca area",
            horizon: "medium",
            expected: "ambiguous, as row 15 (report)",
            basis: "A1 vs A18"),
        ResponseSignRow(
            number: 18, change: "Interdiction on every route out of Colombia",
            outcome: "U.S. wholesale price",
            horizon: "short",
            expected: "+",
            basis: "A16, A27 (2007–08 shortage)"),
        ResponseSignRow(
            number: 19, change: "Interdiction on every route out of Colombia",
            outcome: "U.S. consumption",
            horizon: "medium",
            expected: "− (small)",
            basis: "A19 elasticity, SF4"),
        ResponseSignRow(
            number: 20, change: "Interdiction on every route out of Colombia",
            outcome: "homicides in Central America (the model's transit-zone outcome)",
            horizon: "short",
            expected: "+",
            basis: "A27 (scarcity raises violence where organisations compete)"),
        ResponseSignRow(
            number: 21, change: "Closing every export route of one producing country",
            outcome: "that country's farm-gate leaf price",
            horizon: "short",
            expected: "−",
            basis: "theory: no buyer for the leaf"),
        ResponseSignRow(
            number: 22, change: "Closing every export route of one producing country",
            outcome: "that country's coca area",
            horizon: "medium",
            expected: "−",
            basis: "theory"),
        ResponseSignRow(
            number: 23, change: "Closing every export route of one producing country",
            outcome: "the other producers' coca area",
            horizon: "medium",
            expected: "+",
            basis: "theory: the balloon in reverse"),
        ResponseSignRow(
            number: 24, change: "Interdiction at Ecuador's ports and coast",
            outcome: "cocaine delivered past Ecuador (net of seizures)",
            horizon: "medium",
            expected: "−",
            basis: "theory"),
        ResponseSignRow(
            number: 25, change: "Interdiction at Ecuador's ports and coast",
            outcome: "flow through Colombia's and Peru's own coasts",
            horizon: "medium",
            expected: "+",
            basis: "SF22"),
        ResponseSignRow(
            number: 26, change: "More laboratory destruction in Colombia",
            outcome: "Colombia's farm-gate leaf price",
            horizon: "short",
            expected: "− (processing costlier, leaf worth less)",
            basis: "A1, A4 (labs most effective)"),
        ResponseSignRow(
            number: 27, change: "More laboratory destruction in Colombia",
            outcome: "Colombia's coca area",
            horizon: "medium",
            expected: "−",
            basis: "A1, A4"),
        ResponseSignRow(
            number: 28, change: "Leader captures in Ecuador",
            outcome: "Ecuador's homicide rate",
            horizon: "short",
            expected: "+",
            basis: "SF21, A20 (+36.5% in 6 months in Mexico)"),
        ResponseSignRow(
            number: 29, change: "Leader captures in Ecuador",
            outcome: "flow through Ecuador",
            horizon: "medium",
            expected: "≈0 (less than 10%)",
            basis: "A20: organisations fragment, trade goes on"),
        ResponseSignRow(
            number: 30, change: "Leader captures in Colombia",
            outcome: "Colombia's homicide rate",
            horizon: "short",
            expected: "+",
            basis: "SF21, A20"),
        ResponseSignRow(
            number: 31, change: "More treatment in the United States",
            outcome: "U.S. heavy users",
            horizon: "medium",
            expected: "−",
            basis: "A17, SF23"),
        ResponseSignRow(
            number: 32, change: "More treatment in the United States",
            outcome: "U.S. consumption",
            horizon: "medium",
            expected: "−",
            basis: "A17"),
        ResponseSignRow(
            number: 33, change: "More treatment in the United States",
            outcome: "U.S. retail price per pure gram",
            horizon: "medium",
            expected: "≈0, either sign (the industry's cost curve may slope either way: A17)",
            basis: "A17, theory"),
        ResponseSignRow(
            number: 34, change: "More treatment in the United States",
            outcome: "Andean coca area",
            horizon: "medium",
            expected: "− or ≈0 (less than the consumption cut in %)",
            basis: "theory; A17"),
        ResponseSignRow(
            number: 35, change: "More prevention in the United States",
            outcome: "U.S. initiation",
            horizon: "short",
            expected: "−",
            basis: "A17; LH models (literature.md, section d)"),
        ResponseSignRow(
            number: 36, change: "Decriminalising use in Europe (with treatment referral)",
            outcome: "European users",
            horizon: "medium",
            expected: "between −10% and +15%",
            basis: "SF25, A21"),
        ResponseSignRow(
            number: 37, change: "Voluntary substitution (paid removal) in Colombia",
            outcome: "Colombia's coca area",
            horizon: "medium",
            expected: "−",
            basis: "A22, SF15"),
        ResponseSignRow(
            number: 38, change: "Voluntary substitution in Colombia",
            outcome: "replanting share of removed hectares",
            horizon: "medium",
            expected: "lower than under forced eradication of the same area",
            basis: "SF15, A22"),
        ResponseSignRow(
            number: 39, change: "Announcing payments per registered coca hectare (before registration closes)",
            outcome: "new planting in the announced country",
            horizon: "short",
            expected: "+",
            basis: "SF17, A12"),
        ResponseSignRow(
            number: 40, change: "Spraying ban in Colombia (from a year with spraying)",
            outcome: "Colombia's coca area",
            horizon: "medium",
            expected: "+ or ≈0, at most +0.1 ha per hectare of spraying forgone a year",
            basis: "SF1, A3, A4"),
        ResponseSignRow(
            number: 41, change: "Spraying ban in Colombia",
            outcome: "Colombia's farm-gate leaf price",
            horizon: "short",
            expected: "− or ≈0",
            basis: "theory"),
        ResponseSignRow(
            number: 42, change: "Alternative development in Peru",
            outcome: "Peru's coca area",
            horizon: "medium",
            expected: "− or ≈0 (small)",
            basis: "A22, A18 (negligible for the world market)"),
        ResponseSignRow(
            number: 43, change: "Community control (cato) coverage up in Bolivia",
            outcome: "Bolivia's illicit coca area",
            horizon: "medium",
            expected: "−",
            basis: "A22 (Grisaffi et al.)"),
        ResponseSignRow(
            number: 44, change: "Legal coca area raised in Bolivia",
            outcome: "Bolivia's total standing coca on the day of the change",
            horizon: "short",
            expected: "≈0 (reclassification, not planting)",
            basis: "the law's text as summarised in A22/A23"),
        ResponseSignRow(
            number: 45, change: "Legal coca area raised in Bolivia",
            outcome: "Bolivia's illicit coca area",
            horizon: "short",
            expected: "− (by the reclassified hectares)",
            basis: "as above"),
        ResponseSignRow(
            number: 46, change: "Peace agreement demobilising an armed group in Colombia",
            outcome: "Colombia's homicide rate",
            horizon: "short",
            expected: "− or ≈0",
            basis:
                "a modelling choice (demobilised fighters stop fighting); Colombia's 2016–17 rates are consistent with it but are not evidence of the mechanism"
        ),
        ResponseSignRow(
            number: 47, change: "A rise in U.S. retail price (any cause)",
            outcome: "U.S. consumption",
            horizon: "short",
            expected: "− (elasticity about −0.3 to −1)",
            basis: "A19, SF24"),
    ]

    /// The 7 magnitude bands ("Magnitudes that tell a good model from a bad one"), in order, numbered from 1.
    package static let bands: [MagnitudeBandRow] = [
        MagnitudeBandRow(
            number: 1, change: "A sustained cut in Colombia's area (eradication)",
            outcome: "share of the cut that reappears in Peru and Bolivia within 5 years",
            band: "20–60%",
            source: "SF6"),
        MagnitudeBandRow(
            number: 2, change: "Eradication vs interdiction, same extra spending",
            outcome: "cost per kg kept from consumers, ratio eradication ÷ interdiction",
            band: "3–10",
            source: "SF3"),
        MagnitudeBandRow(
            number: 3, change: "Tripling source-country spending",
            outcome: "cocaine reaching consumers",
            band: "−10% to −30%",
            source: "SF4"),
        MagnitudeBandRow(
            number: 4, change: "Doubling the farm-gate leaf price",
            outcome: "U.S. retail price per pure gram",
            band: "less than +5% (farmers get about 1–2% of retail value)",
            source: "SF11, A16"),
        MagnitudeBandRow(
            number: 5, change: "A U.S. supply shortfall like 2007–08",
            outcome: "price per pure gram / purity over 9–21 months",
            band: "+40% to +90% / −15% to −35%, back within a few years",
            source: "A27"),
        MagnitudeBandRow(
            number: 6, change: "Removing leaders of a trafficking organisation",
            outcome: "homicides where it operated, first 6 months",
            band: "+15% to +60%",
            source: "SF21"),
        MagnitudeBandRow(
            number: 7, change: "Cost of a 1% cut in users",
            outcome: "ordering source-country > interdiction > treatment",
            band: "strict",
            source: "SF23"),
    ]
}
