import Foundation
import Testing

@testable import BalloonData

@Suite("Bundled data")
struct BundledDataTests {
    let data: BundledData
    init() throws { data = try BundledData.load() }

    @Test func allSeriesLoad() {
        #expect(
            BundledData.seriesNames == [
                "cocaArea", "cocaAreaByRegion", "eradication", "production",
                "seizures", "prices", "homicideRate", "funding", "costs",
                "demand", "yields", "farmAndSourcePrices", "cocaAreaByZone",
                "seizuresMore", "productionMore", "consumerPrices",
            ])
        for name in BundledData.seriesNames {
            #expect(!(data.series(named: name) ?? []).isEmpty, "\(name) is empty")
        }
    }

    /// Data lines of a file: physical lines that are not empty, minus the header.
    /// (No field in these files spans lines; the parser test covers that case.)
    static func dataLineCount(_ file: String) throws -> Int {
        let text = try BundledData.resourceText(file)
        let lines = text.split(omittingEmptySubsequences: true) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        return lines.count - 1
    }

    @Test(arguments: SeriesSchema.all.map(\.name))
    func rowCountMatchesLineCount(series: String) throws {
        let schema = try #require(SeriesSchema.named(series))
        let observations = try #require(data.series(named: series))
        #expect(observations.count == (try Self.dataLineCount(schema.file)), "\(schema.file)")
        // And each observation points at its own line.
        #expect(observations.map(\.line) == Array(2..<2 + observations.count))
    }

    @Test func knownRowCounts() {
        // wc -l of shared/data/*.csv minus the header, at the time of writing; demand.csv has 12 rows added in
        // this project (docs/sources-demand.md).
        let expected = [
            "cocaArea": 102, "cocaAreaByRegion": 10, "eradication": 115, "production": 65,
            "seizures": 39, "prices": 92, "homicideRate": 39, "funding": 105, "costs": 44,
            "demand": 42, "yields": 16, "farmAndSourcePrices": 41, "cocaAreaByZone": 123,
            "seizuresMore": 22, "productionMore": 18, "consumerPrices": 34,
        ]
        for (name, n) in expected { #expect(data.series(named: name)?.count == n, "\(name)") }
        #expect(data.allObservations.count == 907)
    }

    @Test func everyObservationHasASourceURLAndNotesField() {
        for o in data.allObservations {
            #expect(!o.sourceURL.isEmpty, "\(o.id) has no source_url")
            #expect(o.sourceURL.hasPrefix("http://") || o.sourceURL.hasPrefix("https://"), "\(o.id): \(o.sourceURL)")
            #expect(!o.sourceHost.isEmpty, "\(o.id)")
        }
    }

    @Test func everyValueIsTyped() {
        for o in data.allObservations {
            let hasNumber = o.value != nil || (o.low != nil && o.high != nil)
            let qualitative = o.series == "demand" && o.valueText.hasPrefix("\"")
            let countOnly = o.series == "homicideRate" && o.extra["homicides"] != nil
            #expect(hasNumber || qualitative || countOnly, "\(o.id): '\(o.valueText)'")
        }
        // The single qualitative finding in demand.csv.
        #expect(data.demand.filter { $0.value == nil && $0.low == nil }.count == 1)
    }

    @Test func knownValues() throws {
        let co = data.cocaArea(country: "Colombia", source: .unodc)
        #expect(co[2012] == 48_000)
        #expect(data.cocaArea(country: "PE", source: .unodc)[2014] == 42_900)
        #expect(data.cocaArea(country: "CO", source: .usGovernment)[2006] == 157_200)
        #expect(data.cocaArea(country: "Bolivia", source: .unodc)[2003] == 23_600)
        #expect(data.cocaArea(country: "Bolivia", source: .usGovernment)[2003] == 28_500)
        #expect(data.cocaArea(country: "EC")[2010] == 25)

        let row = try #require(data.cocaArea.first { $0.entity == "Colombia" && $0.year == 2012 && $0.value == 48_000 })
        #expect(row.source == "UNODC")
        #expect(
            row.sourceURL
                == "https://dialogo-americas.com/articles/coca-crops-and-cocaine-production-reduced-in-colombia/")
        #expect(row.sourceHost == "dialogo-americas.com")
        #expect(row.notes.contains("AP 2014"))
        #expect(row.line == 18)
    }

    @Test func duplicatesAreKeptAndPreferenceIsDocumented() throws {
        // Colombia 2009, UNODC: headline 68,000; via Bloomberg 68,025; incl. small plots 73,000.
        let rows = try #require(data.cocaAreaObservations(country: "CO", source: .unodc)[2009])
        #expect(rows.map { $0.value! } == [68_000, 68_025, 73_000])
        #expect(data.cocaArea(country: "CO", source: .unodc)[2009] == 68_000)
        // Peru 2019: DEVIDA (national) is preferred by .any over the U.S. 72,000.
        #expect(data.cocaArea(country: "Peru")[2019] == 54_655)
        #expect(data.cocaArea(country: "Peru", source: .national)[2019] == 54_655)
        #expect(data.cocaArea(country: "Peru", source: .usGovernment)[2019] == 72_000)
        // Bolivia 2003: .any prefers UNODC.
        #expect(data.cocaArea(country: "BO")[2003] == 23_600)
        // Colombia 2000: the non-DERIVED citation 160,000 before the acre conversion 163,000.
        #expect(data.cocaArea(country: "CO", source: .unodc)[2000] == 160_000)
        #expect(data.cocaAreaObservations(country: "CO", source: .unodc)[2000]?.count == 2)
    }

    @Test func rangesYearsAndFlags() throws {
        let p = try #require(data.production.first { $0.entity == "Colombia" && $0.year == 2000 })
        #expect(p.value == nil && p.low == 800 && p.high == 900 && p.central == 850)
        let both = try #require(data.production.first { $0.year == 2014 && $0.entity == "Andean/Global" })
        #expect(both.value == 746 && both.low == 746 && both.high == 943)

        let cum = try #require(data.eradication.first { $0.yearText == "1995-2009" })
        #expect(cum.year == 1995 && cum.yearEnd == 2009 && cum.value == 1_447_598)
        #expect(cum.flags.contains(.cumulative) && cum.isMultiYear && !cum.isAnnual)

        let partial = try #require(data.eradication.first { $0.entity == "Peru" && $0.year == 2024 })
        #expect(partial.flags.contains(.partialYear) && !partial.isAnnual)
        let lower = try #require(
            data.eradication.first { $0.entity == "Colombia" && $0.year == 2007 && $0.value == 153_000 })
        #expect(lower.flags.contains(.lowerBound))
        let derived = try #require(
            data.eradication.first { $0.entity == "Peru" && $0.year == 2002 && $0.value == 7_200 })
        #expect(derived.flags.contains(.derived))
        let approxYear = try #require(data.eradication.first { $0.yearText == "c.2023" })
        #expect(approxYear.year == 2023 && approxYear.flags.contains(.approximate))

        let change = try #require(data.prices.first { $0.valueText == "17000 -> 34000" })
        #expect(change.isChange && change.low == 17_000 && change.high == 34_000 && change.central == nil)
        let countOnly = try #require(data.homicideRate.first { $0.entity == "Peru" && $0.year == 2018 })
        #expect(countOnly.value == nil && countOnly.extra["homicides"] == "911")
        let noYear = try #require(data.yields.first { $0.yearText.isEmpty })
        #expect(noYear.year == nil)
        let region = try #require(data.cocaAreaByRegion.first { $0.region == "Meta-Guaviare" && $0.year == 2004 })
        #expect(region.value == 28_500 && region.unit == "ha")
    }

    @Test func seriesLookupByAnyName() {
        #expect(data.series(named: "cocaArea")?.count == 102)
        #expect(data.series(named: "coca-area")?.count == 102)
        #expect(data.series(named: "coca_cultivation_ha")?.count == 102)
        #expect(data.series(named: "HOMICIDE_RATE")?.count == 39)
        #expect(data.series(named: "nonsense") == nil)
    }

    @Test func malformedSeriesCSVNamesTheLine() {
        let csv = """
            country,year,hectares,estimate_by,source_url,notes
            Colombia,2012,48000,UNODC,https://example.org/a,fine
            Peru,2014,42900,UNODC,https://example.org/b
            """
        do {
            _ = try BundledData.parse(series: "cocaArea", csv: csv)
            Issue.record("expected an error")
        } catch {
            #expect("\(error)" == "coca_cultivation_ha.csv, line 3: expected 6 fields (as in the header), found 5")
        }
        let badNumber = "country,year,hectares,estimate_by,source_url,notes\nPeru,2014,lots,UNODC,https://x.org,\n"
        #expect(
            throws: CSVError(
                file: "coca_cultivation_ha.csv", line: 2, field: 3,
                kind: .invalidNumber(column: "hectares", text: "lots"))
        ) {
            try BundledData.parse(series: "cocaArea", csv: badNumber)
        }
        let badYear = "country,year,hectares,estimate_by,source_url,notes\nPeru,someday,1,UNODC,https://x.org,\n"
        #expect(throws: CSVError(file: "coca_cultivation_ha.csv", line: 2, field: 2, kind: .invalidYear("someday"))) {
            try BundledData.parse(series: "cocaArea", csv: badYear)
        }
        let missing = "country,year,ha,estimate_by,source_url,notes\n"
        #expect(throws: CSVError(file: "coca_cultivation_ha.csv", line: 1, kind: .missingColumn("hectares"))) {
            try BundledData.parse(series: "cocaArea", csv: missing)
        }
    }
}
