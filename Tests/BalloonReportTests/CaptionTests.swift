import BalloonCharts
import BalloonModel
import Testing

@testable import BalloonReport

/// Captions are computed from the numbers drawn: each test recomputes the number from the runs.
struct CaptionTests {
    let context = ReportContext(
        ReportFixtures.input([ReportFixtures.baseline(), ReportFixtures.eradication(), ReportFixtures.interdiction()]))

    @Test func theFocusYearIsTheLastPolicyYearUnlessOneIsAsked() {
        #expect(context.policyWindow == ReportFixtures.policyYears)
        #expect(context.focusYear == ReportFixtures.policyYears.upperBound)
        var input = context.input
        input.focusYear = 2031
        #expect(ReportContext(input).focusYear == 2031)
        input.focusYear = 1900
        #expect(ReportContext(input).focusYear == ReportFixtures.startYear)
    }

    @Test func withoutDeclaredYearsThePolicyWindowIsWhereSpendingDiffers() {
        var surge = ReportFixtures.eradication()
        surge.policyYears = nil
        let window = ReportContext(ReportFixtures.input([ReportFixtures.baseline(), surge])).policyWindow
        let base = ReportFixtures.baselineResults
        let differing = base.years.filter { year in
            abs(
                ReportFixtures.eradicationResults.value("spending_usd", "TOTAL", year: year)!
                    - base.value("spending_usd", "TOTAL", year: year)!) > 1
        }
        #expect(window?.lowerBound == differing.first)
        #expect(window?.upperBound == differing.last)
    }

    @Test func theCocaAreaCaptionQuotesEachCountrysChangeAgainstTheBaseline() throws {
        let year = context.focusYear
        let base = try #require(ReportFixtures.baselineResults.value("coca_area_ha", "PE", year: year))
        let surge = try #require(ReportFixtures.eradicationResults.value("coca_area_ha", "PE", year: year))
        let change = surge / base - 1
        let caption = context.cocaAreaCaption()
        #expect(caption.hasPrefix("In \(year), compared with Status Quo: under Peru Surge, "))
        let expected =
            abs(change) < 0.01 ? "Peru's barely" : "\(Wording.percent(abs(change))) \(change < 0 ? "lower" : "higher")"
        #expect(caption.contains(expected), "\(caption) lacks \(expected)")
        #expect(caption.contains("under Ecuador Ports"))
    }

    @Test func theBalloonSentenceAddsUpTheCountriesThatLostAndGained() throws {
        let sentence = try #require(context.balloonSentence(ReportFixtures.eradication()))
        let year = context.focusYear
        var removed = 0.0
        var added = 0.0
        for country in ["CO", "PE", "BO", "EC"] {
            let base = ReportFixtures.baselineResults.value("coca_area_ha", country, year: year)!
            let change = ReportFixtures.eradicationResults.value("coca_area_ha", country, year: year)! - base
            guard ReportContext.isMove(change, base: base) else { continue }
            if change < 0 { removed -= change } else { added += change }
        }
        #expect(removed > 0, "a Peru eradication surge should remove coca somewhere")
        #expect(sentence.contains("\(Wording.number(removed)) fewer hectares"), "\(sentence)")
        if added > 0 {
            #expect(sentence.contains("\(Wording.number(added)) more stand in"), "\(sentence)")
            #expect(sentence.contains(Wording.percent(added / removed)) || added >= removed, "\(sentence)")
        }
    }

    @Test func theLadderSplitsTheRetailPriceIntoSteps() throws {
        let step = try #require(
            context.ladder(context.baseline, country: .colombia, market: .unitedStates, year: context.focusYear))
        let results = ReportFixtures.baselineResults
        let year = context.focusYear
        #expect(step.retail == results.value("retail_price_usd_per_pure_gram", "US", year: year))
        #expect(step.wholesale * 1_000 == results.value("wholesale_price_usd_per_kg", "US", year: year))
        #expect(step.leaf > 0 && step.leaf < step.source && step.source < step.retail)
        #expect(context.ladderCaption().contains(Wording.money(step.retail)))
    }

    @Test func tradingPlacesAreNamedAndSignedInTheTraffickingCaption() {
        let figure = context.traffickingFigure(ReportFixtures.interdiction(), number: 1)
        #expect(figure.caption.hasPrefix("Under Ecuador Ports"))
        #expect(figure.caption.contains(" t ") || figure.caption.contains("within half a tonne"))
        #expect(figure.svg.contains("Less cocaine than Status Quo"))
    }

    @Test func regionTilesCoverEveryRegionOnItsOwnCell() {
        let regions = Atlas.standard.regions.map(\.id)
        let cells = RegionLayout.cells(for: regions, table: RegionLayout.cells)
        #expect(cells.count == regions.count)
        let positions = regions.map { "\(cells[$0]!.row),\(cells[$0]!.column)" }
        #expect(Set(positions).count == positions.count, "two regions share a tile")
        for region in regions { #expect(RegionLayout.tileNames[region] != nil, "no short name for \(region)") }
        let extra = RegionLayout.cells(for: ["XX.NEW"], table: RegionLayout.cells)["XX.NEW"]
        #expect(extra?.row == (RegionLayout.cells.values.map(\.row).max() ?? 0) + 1)
    }

    @Test func alternativesAreDrawnFromTheYearBeforeTheirPolicies() {
        let series = context.scenarioSeries { $0.line(Indicators.cocaArea, .country(.peru)) }
        #expect(series.last?.name == "Status Quo", "the baseline is drawn last, on top")
        #expect(series.last?.points.first?.x == Double(ReportFixtures.startYear))
        #expect(series.first?.points.first?.x == Double(ReportFixtures.policyYears.lowerBound - 1))
        #expect(series.first?.style == .dashed)
    }
}
