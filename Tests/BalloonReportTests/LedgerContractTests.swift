import BalloonAnalysis
import Foundation
import Testing
@testable import BalloonReport

/// The report reads the ledger JSON with its own tolerant reader; this keeps that reader and the
/// writer (`FactLedgerReport`, what `balloon validate --json` encodes) in step field by field.
struct LedgerContractTests {
    @Test func whatValidateWritesTheReportReadsWithoutLosingAField() throws {
        let entry = LedgerEntry(id: "SF3", statement: "Interdiction beats eradication", target: "ratio 5.4", tolerance: "[3, 10]",
                                source: "A1", role: .emergent, setParameters: [], metric: "ratio", median: 0.12, lower: 0.05,
                                upper: 9.3, pass: false, note: "reroutes")
        let input = LedgerEntry(id: "SF21", statement: "Leaders", target: "+36.5%", tolerance: "+15% to +60%", source: "A20",
                                role: .input, setParameters: ["violence_fragmentation_effect"], metric: "increase",
                                median: 0.365, lower: 0.365, upper: 0.365, pass: true, note: "")
        let written = FactLedgerReport(
            modelVersion: "9.9", facts: [entry, input],
            fit: [SeriesFit(series: "coca_area_ha|CO", rmseLog: 0.41, coverage90: 0.4, observations: 20)],
            outOfSample: [OutOfSampleCheck(series: "seizures_t|CO", year: 2020, observed: 505, median: 264, lower: 65, upper: 457, inside: false)],
            ensembleMembers: 200, ensembleKind: "posterior")
        let read = try FactLedgerFile.decode(try JSONEncoder().encode(written))
        #expect(read.schema == FactLedgerReport.schema)
        #expect(read.modelVersion == "9.9")
        #expect(read.summary?.emergentPass == 0 && read.summary?.emergentTotal == 1)
        #expect(read.summary?.ensembleMembers == 200 && read.summary?.ensembleKind == "posterior")
        #expect(read.facts.map(\.id) == ["SF3", "SF21"])
        #expect(read.facts[0].role == .emergent && read.facts[0].pass == false && read.facts[0].median == 0.12)
        #expect(read.facts[1].setParameters == ["violence_fragmentation_effect"])
        #expect(read.fit.first?.rmseLog == 0.41 && read.fit.first?.coverage90 == 0.4 && read.fit.first?.observations == 20)
        #expect(read.outOfSample.count == 1)
    }
}
