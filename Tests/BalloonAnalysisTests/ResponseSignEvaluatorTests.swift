import BalloonModel
import BalloonStatistics
import Foundation
import Testing

@testable import BalloonAnalysis

/// The evaluator judges cells as the table says, and can fail.
struct ResponseSignEvaluatorTests {
    static func cell(_ number: Int) -> ResponseSignCell { ResponseSignCatalog.cells[number - 1] }

    /// `count` members, of which `agreeing` change by `agreeingChange` and the rest by `otherChange`.
    static func members(_ count: Int, agreeing: Int, _ agreeingChange: Double, else otherChange: Double)
        -> [PairedMeasure?]
    {
        (0..<count).map {
            PairedMeasure(baseline: 100, changed: 100 * (1 + ($0 < agreeing ? agreeingChange : otherChange)))
        }
    }

    @Test func aCellWhoseMembersMoveTheWrongWayFails() {
        let upCell = Self.cell(4)  // + : Colombia's leaf price after more spraying
        let wrong = ResponseSignEvaluator.assess(upCell, measures: Self.members(20, agreeing: 20, -0.08, else: 0))
        #expect(wrong.status == .fail)
        #expect(wrong.agreeingShare == 0)
        #expect(wrong.medianChangePercent.map { abs($0 + 8) < 1e-9 } == true)
        let right = ResponseSignEvaluator.assess(upCell, measures: Self.members(20, agreeing: 20, 0.08, else: 0))
        #expect(right.status == .pass)
    }

    @Test func aStrictSignNeedsAtLeastOnePercentInNinetyPercentOfMembers() {
        let downCell = Self.cell(7)
        #expect(
            ResponseSignEvaluator.assess(downCell, measures: Self.members(10, agreeing: 10, -0.0099, else: 0)).status
                == .fail)
        #expect(
            ResponseSignEvaluator.assess(downCell, measures: Self.members(10, agreeing: 10, -0.0101, else: 0)).status
                == .pass)
        #expect(
            ResponseSignEvaluator.assess(downCell, measures: Self.members(10, agreeing: 9, -0.05, else: 0.05)).status
                == .pass)
        #expect(
            ResponseSignEvaluator.assess(downCell, measures: Self.members(10, agreeing: 8, -0.05, else: 0.05)).status
                == .fail)
    }

    @Test func aboutZeroMeansLessThanFivePercentEitherWayOrTheRowsOwnLimit() {
        let small = SignExpectation.small(limit: SignExpectation.smallLimit)
        #expect(small.agrees(PairedMeasure(baseline: 100, changed: 104.9)) == true)
        #expect(small.agrees(PairedMeasure(baseline: 100, changed: 95.1)) == true)
        #expect(small.agrees(PairedMeasure(baseline: 100, changed: 105)) == false)
        #expect(small.agrees(PairedMeasure(baseline: 100, changed: 94.9)) == false)
        let row29 = Self.cell(29)
        #expect(row29.expectation == .small(limit: 0.10))
        #expect(
            ResponseSignEvaluator.assess(row29, measures: Self.members(10, agreeing: 10, 0.09, else: 0)).status == .pass
        )
        #expect(
            ResponseSignEvaluator.assess(row29, measures: Self.members(10, agreeing: 10, -0.11, else: 0)).status
                == .fail)
    }

    @Test func upOrSmallFailsOnlyWhenClearlyDownAndDownOrSmallOnlyWhenClearlyUp() {
        #expect(SignExpectation.upOrSmall.agrees(PairedMeasure(baseline: 100, changed: 99.1)) == true)
        #expect(SignExpectation.upOrSmall.agrees(PairedMeasure(baseline: 100, changed: 98.9)) == false)
        #expect(SignExpectation.upOrSmall.agrees(PairedMeasure(baseline: 100, changed: 140)) == true)
        #expect(SignExpectation.downOrSmall.agrees(PairedMeasure(baseline: 100, changed: 100.9)) == true)
        #expect(SignExpectation.downOrSmall.agrees(PairedMeasure(baseline: 100, changed: 101.1)) == false)
        #expect(SignExpectation.downOrSmall.agrees(PairedMeasure(baseline: 100, changed: 50)) == true)
    }

    @Test func perUnitCellsJudgeTheChangePerHectareAndNeedAPositiveReference() {
        let row1 = Self.cell(1).expectation  // − (small: 0.02–0.1 ha per ha sprayed)
        // −0.05 ha/ha, −2.5%
        #expect(row1.agrees(PairedMeasure(baseline: 60_000, changed: 58_500, reference: 30_000)) == true)
        // −0.2 ha/ha: too large
        #expect(row1.agrees(PairedMeasure(baseline: 60_000, changed: 54_000, reference: 30_000)) == false)
        // wrong sign
        #expect(row1.agrees(PairedMeasure(baseline: 60_000, changed: 60_300, reference: 30_000)) == false)
        // nothing sprayed
        #expect(row1.agrees(PairedMeasure(baseline: 60_000, changed: 58_500, reference: 0)) == false)
        let row10 = Self.cell(10).expectation  // world production falls less than Peru's own
        #expect(row10.agrees(PairedMeasure(baseline: 1_000, changed: 990, reference: -20)) == true)
        #expect(row10.agrees(PairedMeasure(baseline: 1_000, changed: 970, reference: -20)) == false)
    }

    @Test func membersWithoutAMeasureNeverAgree() {
        let measures = Self.members(10, agreeing: 10, 0.2, else: 0).enumerated().map {
            $0.offset < 2 ? nil : $0.element
        }
        let result = ResponseSignEvaluator.assess(Self.cell(4), measures: measures)
        #expect(result.status == .fail)
        #expect(result.computed == 8)
        #expect(result.note.contains("not computable in 2 of 10"))
    }

    @Test func notModelledCellsFailWithTheirReasonAndAmbiguousOnesAreOnlyReported() {
        let channels = ResponseSignEvaluator.assess(Self.cell(15), measures: Self.members(4, agreeing: 4, 0.1, else: 0))
        #expect(channels.status == .notModelled)
        #expect(channels.note.contains("channels not separable"))
        #expect(channels.medianChangePercent != nil, "the net change is still reported")
        let ambiguous = ResponseSignEvaluator.assess(
            Self.cell(17), measures: Self.members(4, agreeing: 4, -0.3, else: 0))
        #expect(ambiguous.status == .reported)
        #expect(ambiguous.agreeingShare == nil)
    }

    @Test func aBandPassesOnlyWhenEveryMedianIsInsideIt() {
        let shortfall = MagnitudeBandCatalog.checks[4]  // price +40–90%, purity −15–35%, recovered within ±10%
        let inside: [[Double?]] = Array(repeating: [0.6, -0.2, 0.02], count: 5)
        #expect(ResponseSignEvaluator.assess(shortfall, values: inside).status == .pass)
        let purityTooHigh: [[Double?]] = Array(repeating: [0.6, -0.05, 0.02], count: 5)
        #expect(ResponseSignEvaluator.assess(shortfall, values: purityTooHigh).status == .fail)
        let mostlyMissing: [[Double?]] = [[0.6, -0.2, 0.02], [nil, nil, nil], [nil, nil, nil]]
        #expect(ResponseSignEvaluator.assess(shortfall, values: mostlyMissing).status == .fail)
    }

    @Test func theLedgerJSONCarriesTheCellsUnderTheDocumentedKeys() throws {
        let cell = ResponseSignEvaluator.assess(Self.cell(4), measures: Self.members(10, agreeing: 10, 0.05, else: 0))
        let band = ResponseSignEvaluator.assess(
            MagnitudeBandCatalog.checks[0], values: Array(repeating: [0.3], count: 4))
        let signs = ResponseSignReport(cells: [cell], bands: [band], members: 10, startYear: 2010)
        let ledger = FactLedgerReport(
            modelVersion: "test", facts: [], fit: [], outOfSample: [], ensembleMembers: 10,
            ensembleKind: "posterior", responseSigns: signs)
        let object = try #require(
            try JSONSerialization.jsonObject(with: JSONEncoder().encode(ledger)) as? [String: Any])
        let written = try #require(object["response_signs"] as? [String: Any])
        #expect(Set(written.keys) == ["summary", "cells", "bands"])
        let summary = try #require(written["summary"] as? [String: Any])
        #expect(
            Set(summary.keys) == [
                "cells_pass", "cells_total", "cells_fail", "cells_not_modelled", "cells_reported",
                "bands_pass", "bands_total", "ensemble_members", "start_year",
            ])
        let writtenCell = try #require((written["cells"] as? [[String: Any]])?.first)
        #expect(
            Set(writtenCell.keys) == [
                "id", "number", "change", "outcome", "horizon", "expected", "basis", "experiment",
                "measured", "rule", "status", "median_change_percent", "lower_change_percent",
                "upper_change_percent", "agreeing_share", "computed", "members", "note",
            ])
        let writtenBand = try #require((written["bands"] as? [[String: Any]])?.first)
        #expect(writtenBand["status"] as? String == "pass")
        #expect(try JSONDecoder().decode(FactLedgerReport.self, from: JSONEncoder().encode(ledger)) == ledger)
    }
}
