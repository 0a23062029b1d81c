import Foundation
import Testing

@testable import BalloonData

@Suite("Plain-text table")
struct DataTableTests {
    let data: BundledData
    init() throws { data = try BundledData.load() }

    @Test func peruEradicationTable() throws {
        let text = try DataTable.render(series: "eradication", in: data, filter: DataFilter(entity: "PE"))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        let header = try #require(lines.first)
        #expect(header.hasPrefix("entity"))
        for column in ["year", "item", "value", "unit", "source", "flags"] {
            #expect(header.contains(column), "missing column \(column)")
        }
        #expect(lines[1].allSatisfy { $0 == "-" || $0 == " " })

        let peru = data.eradication.filter { $0.entity == "Peru" }
        let body = lines.dropFirst(2).dropLast()
        #expect(body.count == peru.count)
        let hosts = Set(peru.map(\.sourceHost)).count
        let urls = Set(peru.map(\.sourceURL)).count
        #expect(lines.last == "\(peru.count) rows, \(hosts) distinct sources (\(urls) distinct URLs)")

        // Columns are aligned: the source column starts at the same offset on every row,
        // and values are right-aligned so they end at the same offset.
        let sourceStart = try #require(header.range(of: "source")).lowerBound.utf16Offset(in: header)
        let valueEnd = try #require(header.range(of: "value")).upperBound.utf16Offset(in: header)
        for (line, o) in zip(body, peru) {
            let chars = Array(line)
            #expect(String(chars[sourceStart...]).hasPrefix(o.sourceHost), "\(line)")
            #expect(String(chars[..<valueEnd]).hasSuffix(o.valueText), "\(line)")
        }
        #expect(text.contains("19981.74"))  // values exactly as written in the CSV
        #expect(text.contains("partial"))  // flags shown
    }

    @Test func filtersAndSmallTables() {
        let one = DataTable.render(
            series: data.cocaArea,
            filter: DataFilter(entity: "Colombia", years: 2012...2012, source: .unodc))
        #expect(one.contains("48000"))
        #expect(one.hasSuffix("1 row, 1 distinct source (1 distinct URL)\n"))

        let none = DataTable.render(series: data.cocaArea, filter: DataFilter(entity: "Atlantis"))
        #expect(none.hasSuffix("0 rows, 0 distinct sources (0 distinct URLs)\n"))

        // Cumulative rows can be kept out, or asked for alone.
        let cumulative = data.eradication.filter(DataFilter(requiredFlags: .cumulative).matches)
        #expect(cumulative.count == 8)
        let annualCO = data.eradication.filter(
            DataFilter(entity: "CO", excludedFlags: [.cumulative, .partialYear]).matches)
        #expect(annualCO.allSatisfy { !$0.isMultiYear })

        // A multi-year row overlaps a year filter.
        let in2005 = data.eradication.filter(DataFilter(entity: "Colombia", years: 2005...2005).matches)
        #expect(in2005.contains { $0.yearText == "1995-2009" })

        // Regions get a column; costs (no entity column) shows "-".
        #expect(DataTable.render(series: data.cocaAreaByRegion).contains("Meta-Guaviare"))
        let costs = DataTable.render(series: data.costs, filter: DataFilter(entity: "Colombia"))
        #expect(costs.contains("\n-  "))
    }

    @Test func unknownSeries() {
        #expect(throws: DataTable.UnknownSeries.self) { try DataTable.render(series: "opium", in: data) }
    }

    @Test func everySeriesRenders() throws {
        for name in BundledData.seriesNames {
            let text = try DataTable.render(series: name, in: data)
            let count = data.series(named: name)!.count
            #expect(text.split(separator: "\n").count == count + 3, "\(name)")
        }
    }
}
