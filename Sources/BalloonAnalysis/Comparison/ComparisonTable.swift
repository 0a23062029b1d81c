/// The console table of a paired comparison: per scenario, the headline differences over the
/// window, the cost-effectiveness ratios and the probability of reducing cocaine reaching consumers.
extension ComparisonReport {
    /// Whether the table shows a series: the core indicators unless zero throughout, spending by
    /// instrument or payer when it differs in some member (every split is in the CSV and JSON).
    func isInTable(_ contrast: ScenarioContrast, series index: Int) -> Bool {
        let series = accumulation.series[index]
        if series.isCore { return isReported(contrast, series: index) }
        let aggregate =
            series.place.hasPrefix(ComparedSeriesCatalog.byInstrument)
            || series.place.hasPrefix(ComparedSeriesCatalog.byPayer)
        return aggregate && !contrast.windowDifference[index].isAllZero
    }

    package func table() -> String {
        var lines = [
            "Paired comparison against \(accumulation.baseline): \(accumulation.members) members, each running every scenario with the same posterior draw and seed",
            "(posterior \(spec.posterior); seeds \(spec.seed) + k). Differences are scenario − baseline, averaged over each member's window",
            "(years from the first to the last in which spending differs); median and 5–95% band over members.",
        ]
        for contrast in accumulation.contrasts {
            var rows: [[String]] = []
            for (index, series) in accumulation.series.enumerated() where isInTable(contrast, series: index) {
                let difference = contrast.windowDifference[index]
                rows.append([
                    series.label, AnalysisText.signed(difference.quantile(0.5)),
                    AnalysisText.signed(difference.quantile(0.05)),
                    AnalysisText.signed(difference.quantile(0.95)),
                    AnalysisText.human(contrast.windowBaseline[index].quantile(0.5)),
                    series.unit,
                ])
            }
            rows.append([])
            for derived in Self.effects + Self.costEffectiveness {
                let distribution = derived.distribution(contrast)
                let share = Self.shareDefined(distribution)
                rows.append([
                    derived.label, AnalysisText.human(distribution.quantile(0.5)),
                    AnalysisText.human(distribution.quantile(0.05)),
                    AnalysisText.human(distribution.quantile(0.95)), "",
                    derived.unit + (share < 1 ? " (reduction in \(Int((share * 100).rounded()))% of members)" : ""),
                ])
            }
            lines.append("")
            lines.append("\(contrast.scenario) vs \(accumulation.baseline): " + windowText(contrast))
            lines += Self.layout(header: ["", "median", "5%", "95%", "baseline", "unit"], rows: rows)
            lines.append(
                "Probability that cocaine reaching consumers falls by at least \(AnalysisText.number(accumulation.thresholdPercent))%: "
                    + "\(AnalysisText.fixed(probability(contrast), 2)) (\(contrast.membersReachingThreshold) of \(accumulation.members) members)"
            )
        }
        return lines.joined(separator: "\n")
    }

    private func windowText(_ contrast: ScenarioContrast) -> String {
        guard let start = contrast.windowStart, let end = contrast.windowEnd else {
            return
                "spending never differs; effects over the whole run \(accumulation.years.first!)–\(accumulation.years.last!)"
        }
        func span(_ range: ClosedRange<Int>) -> String {
            range.lowerBound == range.upperBound ? "\(range.lowerBound)" : "\(range.lowerBound)/\(range.upperBound)"
        }
        var text = "window \(span(start))–\(span(end))"
        if contrast.membersWithoutWindow > 0 {
            text += " (\(contrast.membersWithoutWindow) members without a difference in spending)"
        }
        return text
    }

    /// Left-aligned label, right-aligned numbers, left-aligned unit.
    static func layout(header: [String], rows: [[String]]) -> [String] {
        let widths = header.indices.map { column in
            ([header] + rows).map { $0.count > column ? $0[column].count : 0 }.max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            guard !cells.isEmpty else { return "" }
            var text = AnalysisText.pad(cells[0], widths[0])
            for column in 1..<(cells.count - 1) {
                text += "  " + AnalysisText.leftPad(cells[column], max(widths[column], 9))
            }
            let last = cells[cells.count - 1]
            return last.isEmpty ? text : text + "  " + last
        }
        return [line(header)] + rows.map(line)
    }
}
