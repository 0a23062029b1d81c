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

    /// A data check is a finding about the model only if nothing was fitted to it: no model series that is
    /// checked in the fitted years is also a calibration target, and production (the newest check) is read.
    @Test func dataChecksAreNeverCalibrationTargets() throws {
        let checked = ObservedSeries.all.filter { $0.dataCheck != nil }
        let fitted = Set(
            ObservedSeries.all.filter { !$0.uses.isDisjoint(with: [.fit, .fitWithBias]) }.map(\.key))
        #expect(!checked.isEmpty)
        for row in checked { #expect(!fitted.contains(row.key), "\(row.key) is both checked and fitted") }
        let production = try #require(
            checked.first { $0.key == SeriesKey(Indicators.cocaineProduction, .country(.colombia)) })
        let values = production.values(in: try BundledData.load(), years: ObservedTargets.calibrationYears)
        #expect(values.count >= 10, "UNODC's Colombian production rows in 2000–2019")
        #expect(values.keys.allSatisfy(ObservedTargets.calibrationYears.contains))
    }

    /// The consumption checks read UNODC's estimates after the start year only: the start's demand was set from
    /// figures up to 2000 (docs/sources-demand.md), so comparing with them would check an input. Europe's 2008
    /// figure, which also fixed the growth to 2000, is checked and said to be not wholly independent (docs/ledger.md).
    @Test func consumptionIsCheckedAfterTheYearsThatSetTheStart() throws {
        let data = try BundledData.load()
        let checked = ObservedSeries.all.filter { $0.dataCheck != nil }
        let europe = try #require(checked.first { $0.key == SeriesKey(Indicators.consumption, .market(.europe)) })
        let world = try #require(checked.first { $0.key == SeriesKey(Indicators.consumption, .world) })
        let years = try #require(europe.dataCheck?.years)
        #expect(years.lowerBound > ObservedTargets.calibrationYears.lowerBound)
        #expect(europe.values(in: data, years: years) == [2008: 124])
        #expect(world.values(in: data, years: years)[2009] == 440)
        #expect(europe.values(in: data, years: 1990...2019)[1998] == 63, "the 1998 row exists but is not checked")
    }
}
