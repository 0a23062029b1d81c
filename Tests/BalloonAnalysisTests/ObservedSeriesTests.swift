import BalloonAnalysis
import BalloonData
import BalloonModel
import Testing

struct ObservedSeriesTests {
    @Test func eachUseReadsAModelSeriesThroughOneRuleOnly() {
        for use in [ObservedSeries.Use.fit, .fitWithBias, .outOfSample, .chartOverlay] {
            let keys = ObservedSeries.rows(for: use).map(\.key)
            #expect(Set(keys).count == keys.count, "\(use) has two rows for one model series")
        }
    }

    @Test func calibrationOutOfSampleAndOverlaysAllComeFromTheTable() throws {
        let data = try BundledData.load()
        let targets = ObservedTargets.load(data)
        for code in ["CO", "PE", "BO"] {
            #expect(!(targets.unodcArea[code] ?? [:]).isEmpty, "no UNODC area for \(code)")
        }
        #expect(!targets.colombianSeizures.isEmpty)
        #expect(targets.unodcArea.values.allSatisfy { $0.keys.allSatisfy(ObservedTargets.calibrationYears.contains) })
        let later = OutOfSampleData.load(data)
        let outOfSampleKeys = Set(ObservedSeries.rows(for: .outOfSample).map(\.key))
        #expect(!later.isEmpty && Set(later.keys).isSubset(of: outOfSampleKeys))
        #expect(later.values.allSatisfy { $0.keys.allSatisfy { $0 > ObservedTargets.calibrationYears.upperBound } })
        let overlays = ObservedSeries.rows(for: .chartOverlay)
        #expect(overlays.contains { $0.key == SeriesKey(Indicators.seizures, .world) })
        #expect(!overlays.contains { $0.uses.contains(.fitWithBias) })
    }
}
