/// "How to read this report" and the key findings, both computed from the scenarios given.
extension ReportContext {
    func howToReadSection() -> ReportSection {
        let span = "\(years.first ?? 0)–\(years.last ?? 0)"
        var items: [String] = []
        if alternatives.isEmpty {
            items.append("This report shows one scenario, \(baseline.title), over \(span).")
        } else {
            items.append(
                "This report compares \(Wording.list(alternatives.map(\.title))) with \(baseline.title) over \(span). "
                    + "Every percentage compares a scenario with \(baseline.title) in the same year.")
        }
        if let window = policyWindow {
            items.append(
                "The scenarios' policies differ in \(Self.span(window)); captions speak about \(focusYear) unless "
                    + "they say otherwise, and totals of money, hectares and kilograms are summed over "
                    + "\(Self.span(window)).")
        } else {
            items.append("Captions speak about \(focusYear) unless they say otherwise.")
        }
        items.append(
            "On the charts, the solid line is \(baseline.title)"
                + (alternatives.isEmpty ? "" : ", dashed lines are the alternatives")
                + ", and dots are observed history (surveys and official statistics).")
        if let label = bandLabel {
            items.append(
                "Shaded bands (\(label)) show where 90% of the model runs fall; each run draws different "
                    + "parameter values and random shocks. Ranges in brackets after a percentage, such as [18–40%], "
                    + "come from these bands: they show the spread of the scenario, measured against the median of "
                    + "\(baseline.title).")
        } else {
            let seeds = Set(scenarios.map(\.seed)).sorted().map(String.init).joined(separator: ", ")
            items.append(
                "These are single runs (seed \(seeds)), so there are no uncertainty bands: treat differences of a "
                    + "few percent with caution. Reports built from ensembles show a shaded 90% range.")
        }
        items.append(
            "Money is in constant US dollars of 2015. Coca area is in hectares (1 ha = 10,000 m², about one and a "
                + "half football pitches). Cocaine is in tonnes (t) of pure cocaine.")
        items.append(
            "The model is a simplification built from the literature. Before quoting a number, see how well it "
                + "reproduces history and what it assumes, in the last two sections.")
        return ReportSection(id: "how-to-read", title: ReportSectionID.title("how-to-read"), blocks: [.list(items)])
    }

    func keyFindingsSection() -> ReportSection {
        var findings = [cocaAreaCaption()]
        findings += alternatives.compactMap(balloonSentence)
        findings.append(marketCaption())
        findings.append(retailPriceCaption())
        findings.append(usersCaption())
        findings.append(homicideCaption())
        if let cost = costSentence() { findings.append(cost) }
        if let ledger = input.ledger { findings.append(Self.ledgerSummary(ledger)) }
        return ReportSection(
            id: "key-findings", title: ReportSectionID.title("key-findings"), blocks: [.list(findings)])
    }
}
