/// Plain-text tables of a calibration: the screen, and prior versus posterior for each fitted parameter.
package enum CalibrationTable {
    package static func screen(_ screen: ParameterScreen) -> String {
        var lines = [
            "Sensitivity screen (Morris, \(screen.trajectories) trajectories, \(screen.runs) runs; μ* of the calibration distance)"
        ]
        let width = screen.rows.map(\.name.count).max() ?? 10
        for row in screen.rows {
            lines.append(
                "  " + row.name.padded(width) + "  μ* " + fixed(row.muStar, 4) + "  σ " + fixed(row.sigma, 4)
                    + status(row)
                    + (row.leaderOf.map { "  (leads " + $0.joined(separator: ", ") + " area)" } ?? ""))
        }
        return lines.joined(separator: "\n")
    }

    /// What became of a screened parameter.
    static func status(_ row: ParameterScreen.Row) -> String {
        let settled = row.carried == true ? "carried at its prior" : "fixed at its catalog value"
        if row.selected { return "  fitted" }
        if let ratio = row.droppedWidthRatio {
            return "  dropped after the first fit (width ratio given the others \(fixed(ratio, 2))), " + settled
        }
        return "  " + settled
    }

    package static func priorPosterior(_ record: CalibrationRecord) -> String {
        var lines = [
            "Prior vs posterior (median [90% interval]); width ratio = posterior width ÷ prior width; "
                + "given the others = the same with the other fitted parameters known"
        ]
        let width = record.parameters.map(\.name.count).max() ?? 10
        for row in record.parameters {
            lines.append(
                "  " + row.name.padded(width)
                    + "  prior " + fixed(row.priorMedian, 4) + " [" + fixed(row.priorLower, 4) + ", "
                    + fixed(row.priorUpper, 4) + "]"
                    + "  posterior " + fixed(row.posteriorMedian, 4) + " [" + fixed(row.posteriorLower, 4) + ", "
                    + fixed(row.posteriorUpper, 4) + "]"
                    + "  ratio " + fixed(row.widthRatio, 2)
                    + (row.jointDetermination == nil ? "" : "  given the others " + fixed(row.conditionalWidthRatio, 2))
            )
        }
        return lines.joined(separator: "\n")
    }

    static func fixed(_ value: Double, _ digits: Int) -> String {
        guard value.isFinite else { return "n/a" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let magnitude = abs(value)
        if magnitude >= 1_000 { return String(Int((value).rounded())) }
        let rounded = (value * scale).rounded() / scale
        return "\(rounded)"
    }
}

extension String {
    func padded(_ width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
}
