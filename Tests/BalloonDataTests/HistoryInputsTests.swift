import Foundation
import Testing

@testable import BalloonData

/// Re-checks scripts/history-inputs.toml (the eradication inputs of the history scenario) against the bundled CSV.
enum HistoryInputsFile {
    static let url: URL? = {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("scripts/history-inputs.toml")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }()
}

@Suite("history-inputs.toml")
struct HistoryInputsTests {
    static var tomlURL: URL? { HistoryInputsFile.url }

    struct Entry: Hashable {
        var instrument = "", country = "", year = 0, hectares = 0, comment = "", line = 0
    }

    /// Reads the fragment's fixed layout: [[policy]] blocks of four `key = value` lines.
    static func entries() throws -> [Entry] {
        let text = try String(contentsOf: tomlURL!, encoding: .utf8)
        var out: [Entry] = []
        var current: Entry?
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(raw)
            if line.hasPrefix("#") || line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            if line == "[[policy]]" {
                if let c = current { out.append(c) }
                current = Entry(line: n + 1)
                continue
            }
            var body = line, comment = ""
            if let hash = line.firstIndex(of: "#") {
                body = String(line[..<hash]);
                comment = String(line[line.index(after: hash)...])
                    .trimmingCharacters(in: .whitespaces)
            }
            let parts = body.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            try #require(parts.count == 2, "line \(n + 1): \(line)")
            let value = parts[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            switch parts[0] {
            case "instrument": current?.instrument = value
            case "country": current?.country = value
            case "year": current?.year = try #require(Int(value))
            case "hectares": current?.hectares = try #require(Int(value)); current?.comment = comment
            default: Issue.record("unexpected key on line \(n + 1): \(parts[0])")
            }
        }
        if let c = current { out.append(c) }
        return out
    }

    @Test func shapeOfEveryEntry() throws {
        let entries = try Self.entries()
        #expect(entries.count > 100)
        var seen = Set<String>()
        for e in entries {
            #expect(["aerial_spraying", "manual_eradication", "concerted_eradication"].contains(e.instrument), "\(e)")
            #expect(["CO", "PE", "BO", "EC"].contains(e.country), "\(e)")
            #expect((1994...2024).contains(e.year), "\(e)")
            #expect(e.hectares > 0, "\(e)")
            #expect(!e.comment.isEmpty, "entry at line \(e.line) has no comment")
            #expect(seen.insert("\(e.instrument)/\(e.country)/\(e.year)").inserted, "duplicate \(e)")
        }
    }

    @Test func colombianSprayingSpans1994To2015() throws {
        let aerial = try Self.entries().filter { $0.country == "CO" && $0.instrument == "aerial_spraying" }
        #expect(aerial.map(\.year) == Array(1994...2015))
        #expect(aerial.last?.hectares == 36_494)
    }

    @Test func cumulativeTotalsThatAreHeld() throws {
        let data = try BundledData.load()
        let entries = try Self.entries()
        func total(_ text: String, _ country: String = "Colombia") throws -> Int {
            let o = try #require(data.eradication.first { $0.yearText == text && $0.entity == country })
            return Int(try #require(o.value))
        }
        let aerial = Dictionary(
            uniqueKeysWithValues:
                entries
                .filter { $0.country == "CO" && $0.instrument == "aerial_spraying" }.map { ($0.year, $0.hectares) })
        #expect((1995...2009).reduce(0) { $0 + aerial[$1]! } == (try total("1995-2009")))
        // 1992-1993 are outside the scenario: the ramp gives them 140,858/28 x (1, 2).
        let early = Int((140_858.0 / 28).rounded()) + Int((140_858.0 / 28 * 2).rounded())
        #expect((1994...1998).reduce(early) { $0 + aerial[$1]! } == (try total("1992-1998")))

        var bolivia: [Int: Int] = [:]
        for e in entries where e.country == "BO" { bolivia[e.year, default: 0] += e.hectares }
        #expect((2006...2014).reduce(0) { $0 + bolivia[$1]! } == (try total("2006-2014", "Bolivia")))
        #expect((1998...2001).reduce(0) { $0 + bolivia[$1]! } == (try total("1998-2001", "Bolivia")))
    }

    /// Every "data:" value is the (rounded) value of the CSV row its comment cites.
    @Test func dataEntriesMatchTheirCSVRow() throws {
        let data = try BundledData.load()
        let country = ["CO": "Colombia", "PE": "Peru", "BO": "Bolivia"]
        var bolivianTotals: [Int: Int] = [:]
        for e in try Self.entries() where e.country == "BO" { bolivianTotals[e.year, default: 0] += e.hectares }

        var checked = 0
        for e in try Self.entries() where e.comment.contains("data:") {
            let ref = try #require(e.comment.range(of: "eradication_ha.csv:"), "\(e)")
            let lineText = e.comment[ref.upperBound...].prefix { $0.isNumber }
            let line = try #require(Int(lineText))
            let row = try #require(data.eradication.first { $0.line == line })
            #expect(row.entity == country[e.country], "\(e)")
            #expect(row.year == e.year, "\(e)")
            let expected = Int((row.value ?? -1).rounded())
            // Bolivian entries are parts of a total: the data row is the total.
            let compared = e.country == "BO" ? bolivianTotals[e.year]! : e.hectares
            #expect(compared == expected, "\(e) vs row \(line) = \(row.valueText)")
            checked += 1
        }
        #expect(checked > 60)
    }
}
