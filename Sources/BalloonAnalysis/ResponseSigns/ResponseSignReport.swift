/// Whether a cell or band holds on the ensemble.
package enum ResponseSignStatus: String, Sendable, Codable, Equatable {
    case pass, fail
    /// The model has no outcome or channel for it: counts as a failure, with the reason.
    case notModelled = "not_modelled"
    /// Ambiguous: the net change is reported, not asserted.
    case reported
}

/// One sign cell evaluated on the ensemble (JSON: docs/ledger.md, `response_signs.cells`).
package struct ResponseSignCellResult: Sendable, Codable, Equatable {
    package var id: String
    package var number: Int
    /// The table's own words, unchanged.
    package var change: String
    package var outcome: String
    package var horizon: String
    package var expected: String
    package var basis: String
    /// What was added to `history`.
    package var experiment: String
    /// What was read: series, place, years, aggregation.
    package var measured: String
    /// How the expectation was judged on each member.
    package var rule: String
    package var status: ResponseSignStatus
    /// Median, 5% and 95% quantiles of the members' relative change, in percent.
    package var medianChangePercent: Double?
    package var lowerChangePercent: Double?
    package var upperChangePercent: Double?
    /// Share of all members whose paired runs agree with the expectation (nil when not asserted).
    package var agreeingShare: Double?
    /// Members whose measure could be computed, of `members`.
    package var computed: Int
    package var members: Int
    package var note: String

    enum CodingKeys: String, CodingKey {
        case id, number, change, outcome, horizon, expected, basis, experiment, measured, rule, status, computed,
            members, note
        case medianChangePercent = "median_change_percent"
        case lowerChangePercent = "lower_change_percent"
        case upperChangePercent = "upper_change_percent"
        case agreeingShare = "agreeing_share"
    }

    package var passes: Bool { status == .pass }
}

/// One number of a magnitude band on the ensemble.
package struct MagnitudeMetricResult: Sendable, Codable, Equatable {
    package var name: String
    /// The band; nil for an open end.
    package var bandLower: Double?
    package var bandUpper: Double?
    package var median: Double?
    package var lower: Double?
    package var upper: Double?
    /// Share of computed members inside the band.
    package var insideShare: Double?

    enum CodingKeys: String, CodingKey {
        case name, median, lower, upper
        case bandLower = "band_lower"
        case bandUpper = "band_upper"
        case insideShare = "inside_share"
    }
}

/// One magnitude band evaluated on the ensemble.
package struct MagnitudeBandResult: Sendable, Codable, Equatable {
    package var id: String
    package var number: Int
    package var change: String
    package var outcome: String
    package var band: String
    package var source: String
    package var method: String
    package var status: ResponseSignStatus
    package var metrics: [MagnitudeMetricResult]
    package var computed: Int
    package var members: Int
    package var note: String
}

/// The response-sign table on the ensemble: what `balloon validate` prints and writes under `response_signs`.
package struct ResponseSignReport: Sendable, Codable, Equatable {
    package struct Summary: Sendable, Codable, Equatable {
        package var cellsPass: Int
        package var cellsTotal: Int
        package var cellsFail: Int
        package var cellsNotModelled: Int
        package var cellsReported: Int
        package var bandsPass: Int
        package var bandsTotal: Int
        package var ensembleMembers: Int
        package var startYear: Int

        enum CodingKeys: String, CodingKey {
            case cellsPass = "cells_pass"
            case cellsTotal = "cells_total"
            case cellsFail = "cells_fail"
            case cellsNotModelled = "cells_not_modelled"
            case cellsReported = "cells_reported"
            case bandsPass = "bands_pass"
            case bandsTotal = "bands_total"
            case ensembleMembers = "ensemble_members"
            case startYear = "start_year"
        }
    }

    package var summary: Summary
    package var cells: [ResponseSignCellResult]
    package var bands: [MagnitudeBandResult]

    package init(cells: [ResponseSignCellResult], bands: [MagnitudeBandResult], members: Int, startYear: Int) {
        self.cells = cells
        self.bands = bands
        summary = Summary(
            cellsPass: cells.filter { $0.status == .pass }.count, cellsTotal: cells.count,
            cellsFail: cells.filter { $0.status == .fail }.count,
            cellsNotModelled: cells.filter { $0.status == .notModelled }.count,
            cellsReported: cells.filter { $0.status == .reported }.count,
            bandsPass: bands.filter { $0.status == .pass }.count, bandsTotal: bands.count,
            ensembleMembers: members, startYear: startYear)
    }

    /// The one-line score `balloon validate` prints.
    package var headline: String {
        "response signs: \(summary.cellsPass) of \(summary.cellsTotal) cells pass, \(summary.bandsPass) magnitude bands pass "
            + "(of \(summary.bandsTotal); \(summary.cellsFail) cells fail, \(summary.cellsNotModelled) not modelled, "
            + "\(summary.cellsReported) reported only; \(summary.ensembleMembers) members)"
    }
}
