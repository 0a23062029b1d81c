import ArgumentParser
import BalloonModel
import BalloonOutput
import Foundation
import Testing

@testable import balloon

/// Every output records where it came from, and the recorded command reproduces it.
struct ProvenanceTests {
    static func provenance(at path: String) throws -> Provenance {
        try JSONDecoder().decode(Provenance.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    }

    @Test func aRunRecordsACommandThatReproducesItsCSVExactly() throws {
        let first = CLITests.temporaryDirectory(), second = CLITests.temporaryDirectory()
        try RunCommand.parse(["plan-peru", "--to", "2008", "--seed", "5", "--out", first]).run()
        let provenance = try Self.provenance(at: first + "/plan-peru.provenance.json")
        #expect(provenance.seed == 5 && provenance.modelVersion == Balloon.version)
        #expect(provenance.scenarios.map(\.name) == ["plan-peru"])
        #expect(provenance.dataHash.count == 16 && provenance.catalogHash.count == 16)
        let words = provenance.command.split(separator: " ").map(String.init)
        #expect(Array(words.prefix(3)) == ["balloon", "run", "plan-peru"])
        try RunCommand.parse(Array(words.dropFirst(2)) + ["--out", second]).run()
        let a = try Data(contentsOf: URL(fileURLWithPath: first + "/plan-peru.csv"))
        let b = try Data(contentsOf: URL(fileURLWithPath: second + "/plan-peru.csv"))
        #expect(a == b)
        #expect(try Self.provenance(at: second + "/plan-peru.provenance.json") == provenance)
    }

    @Test func theRunSummaryCarriesTheProvenanceAndReadsBackThroughItsOneType() throws {
        let out = CLITests.temporaryDirectory()
        try RunCommand.parse(["history", "--to", "2003", "--out", out]).run()
        let data = try Data(contentsOf: URL(fileURLWithPath: out + "/history.summary.json"))
        let summary = try SummaryJSON.decode(data)
        #expect(summary.provenance == (try Self.provenance(at: out + "/history.provenance.json")))
        #expect(summary.encoded() == String(decoding: data, as: UTF8.self))
        #expect(summary.series["coca_area_ha|CO"]?.values.count == summary.years.count)
    }

    @Test func aDifferentScenarioFileGivesADifferentContentHash() throws {
        let directory = CLITests.temporaryDirectory()
        for (name, hectares) in [("a", 1000), ("b", 2000)] {
            try
                "name = \"\(name)\"\nbaseline = \"history\"\n[[policy]]\ninstrument = \"manual_eradication\"\ncountry = \"PE\"\nyear = 2001\nhectares = \(hectares)\n"
                .write(toFile: directory + "/\(name).toml", atomically: true, encoding: .utf8)
            try RunCommand.parse([directory + "/\(name).toml", "--to", "2002", "--out", directory]).run()
        }
        let a = try Self.provenance(at: directory + "/a.provenance.json")
        let b = try Self.provenance(at: directory + "/b.provenance.json")
        #expect(a.scenarios[0].contentHash != b.scenarios[0].contentHash)
        #expect(a.dataHash == b.dataHash && a.catalogHash == b.catalogHash)
    }
}
