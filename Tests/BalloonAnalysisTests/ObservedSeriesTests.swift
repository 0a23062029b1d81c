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

    /// Reported seizures are weights as seized; the model counts pure cocaine. The bundled world figures for
    /// 2009 give both, and every reported row is read at their ratio, a purity-adjusted row as it is.
    @Test func reportedSeizuresAreReadAsPureTonnes() throws {
        let data = try BundledData.load()
        let purity = try #require(SeizurePurity(data: data))
        #expect(abs(purity.pureShare - 615.0 / 732.0) < 1e-12)
        #expect(purity.pureTonnes(100, item: "cocaine") == 100 * purity.pureShare)
        #expect(purity.pureTonnes(100, item: "cocaine (not purity-adjusted)") == 100 * purity.pureShare)
        #expect(purity.pureTonnes(100, item: "cocaine (purity-adjusted)") == 100)
        let world = try #require(
            ObservedSeries.all.first { $0.key == SeriesKey(Indicators.seizures, .world) && $0.dataCheck != nil })
        let values = world.values(in: data, years: 2000...2019)
        #expect(abs(values[2010]! - 694 * purity.pureShare) < 1e-9)
        #expect(values[2013] != nil, "seizures_more_t.csv's world row for 2013 is read")
        // Ecuador's 2009 cocaine total is 63 t in seizures_t.csv and 64 t in seizures_more_t.csv: the first file wins.
        // (The world's 2009 rows cannot show which row wins: 732 t read as pure is exactly the 615 t purity-adjusted.)
        let ecuador = try #require(
            ObservedSeries.all.first { $0.key == SeriesKey(Indicators.seizures, .country(.ecuador)) })
        #expect(abs(ecuador.values(in: data, years: 2000...2019)[2009]! - 63 * purity.pureShare) < 1e-9)
    }

    /// Source prices are fitted on every US$ row of UNODC's HCl prices at source: Peru's survey prices come from
    /// farm_and_source_prices_usd.csv, converted to 2015 US$, and its 2011 lower bound is left out.
    @Test func sourcePriceTargetsReadBothPriceFiles() throws {
        let data = try BundledData.load()
        let targets = ObservedTargets.load(data)
        let peru = try #require(targets.sourcePrices["PE"])
        #expect(Set(peru.keys) == [2004, 2005, 2012, 2013, 2017])
        #expect(peru[2004]! > 890, "nominal 2004 dollars are worth more in 2015 US$")
        #expect(Set(try #require(targets.sourcePrices["CO"]).keys) == [2004, 2005, 2014, 2015])
        #expect(targets.colombianSeizures[2017] != nil, "seizures_more_t.csv's Colombian 2017 total is fitted")
        #expect(targets.colombianSeizures[2008] == nil, "a Navy-only total is not the national one")
    }
}
