/// Whether a cell or band holds on the ensemble.
public enum ResponseSignStatus: String, Sendable, Codable, Equatable {
    case pass, fail
    /// The model has no outcome or channel for it: counts as a failure, with the reason.
    case notModelled = "not_modelled"
    /// Ambiguous: the net change is reported, not asserted.
    case reported
}

/// One sign cell evaluated on the ensemble (JSON: docs/ledger.md, `response_signs.cells`).
public struct ResponseSignCellResult: Sendable, Codable, Equatable {
    public var id: String
    public var number: Int
    /// The table's own words, unchanged.
    public var change: String
    public var outcome: String
    public var horizon: String
    public var expected: String
    public var basis: String
    /// What was added to `history`.
    public var experiment: String
    /// What was read: series, place, years, aggregation.
    public var measured: String
    /// How the expectation was judged on each member.
    public var rule: String
    public var status: ResponseSignStatus
    /// Median, 5% and 95% quantiles of the members' relative change, in percent.
    public var medianChangePercent: Double?
    public var lowerChangePercent: Double?
    public var upperChangePercent: Double?
    /// Share of all members whose paired runs agree with the expectation (nil when not asserted).
    public var agreeingShare: Double?
    /// Members whose measure could be computed, of `members`.
    public var computed: Int
    public var members: Int
    public var note: String

    enum CodingKeys: String, CodingKey {
        case id, number, change, outcome, horizon, expected, basis, experiment, measured, rule, status, computed, members, note
        case medianChangePercent = "median_change_percent"
        case lowerChangePercent = "lower_change_percent"
        case upperChangePercent = "upper_change_percent"
        case agreeingShare = "agreeing_share"
    }

    public var passes: Bool { status == .pass }
}

/// One number of a magnitude band on the ensemble.
public struct MagnitudeMetricResult: Sendable, Codable, Equatable {
    public var name: String
    /// The band; nil for an open end.
    public var bandLower: Double?
    public var bandUpper: Double?
    public var median: Double?
    public var lower: Double?
    public var upper: Double?
    /// Share of computed members inside the band.
    public var insideShare: Double?

    enum CodingKeys: String, CodingKey {
        case name, median, lower, upper
        case bandLower = "band_lower"
        case bandUpper = "band_upper"
        case insideShare = "inside_share"
    }
}

/// One magnitude band evaluated on the ensemble.
public struct MagnitudeBandResult: Sendable, Codable, Equatable {
    public var id: String
    public var number: Int
    public var change: String
    public var outcome: String
    public var band: String
    public var source: String
    public var method: String
    public var status: ResponseSignStatus
    public var metrics: [MagnitudeMetricResult]
    public var computed: Int
    public var members: Int
    public var note: String
}

/// The response-sign table on the ensemble: what `balloon validate` prints and writes under `response_signs`.
public struct ResponseSignReport: Sendable, Codable, Equatable {
    public struct Summary: Sendable, Codable, Equatable {
        public var cellsPass: Int
        public var cellsTotal: Int
        public var cellsFail: Int
        public var cellsNotModelled: Int
        public var cellsReported: Int
        public var bandsPass: Int
        public var bandsTotal: Int
        public var ensembleMembers: Int
        public var startYear: Int

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

    public var summary: Summary
    public var cells: [ResponseSignCellResult]
    public var bands: [MagnitudeBandResult]

    public init(cells: [ResponseSignCellResult], bands: [MagnitudeBandResult], members: Int, startYear: Int) {
        self.cells = cells
        self.bands = bands
        summary = Summary(cellsPass: cells.filter { $0.status == .pass }.count, cellsTotal: cells.count,
                          cellsFail: cells.filter { $0.status == .fail }.count,
                          cellsNotModelled: cells.filter { $0.status == .notModelled }.count,
                          cellsReported: cells.filter { $0.status == .reported }.count,
                          bandsPass: bands.filter { $0.status == .pass }.count, bandsTotal: bands.count,
                          ensembleMembers: members, startYear: startYear)
    }

    /// The one-line score `balloon validate` prints.
    public var headline: String {
        "response signs: \(summary.cellsPass) of \(summary.cellsTotal) cells pass, \(summary.bandsPass) magnitude bands pass "
            + "(of \(summary.bandsTotal); \(summary.cellsFail) cells fail, \(summary.cellsNotModelled) not modelled, "
            + "\(summary.cellsReported) reported only; \(summary.ensembleMembers) members)"
    }
}
