import ArgumentParser
import BalloonScenario
import Foundation
import Testing

@testable import balloon

/// The command line end to end: in-process for the commands, as a subprocess for exit codes and stderr.
struct CLITests {
    static func temporaryDirectory() -> String {
        TestStore.isolate()
        let path = NSTemporaryDirectory() + "balloon-cli-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func runWritesTidyCSVAndAJSONSummary() throws {
        let out = Self.temporaryDirectory()
        let command = try RunCommand.parse(["history", "--to", "2012", "--out", out, "--seed", "3"])
        try command.run()
        let csv = try String(contentsOfFile: out + "/history.csv", encoding: .utf8)
        let lines = csv.split(separator: "\n")
        #expect(lines.first == "scenario,seed,year,place,indicator,value,unit")
        #expect(lines.contains { $0.hasPrefix("history,3,2005,CO,coca_area_ha,") })
        #expect(!lines.contains { $0.contains(",2013,") })
        let json = try Data(contentsOf: URL(fileURLWithPath: out + "/history.summary.json"))
        let object = try JSONSerialization.jsonObject(with: json) as? [String: Any]
        #expect(object?["scenario"] as? String == "history")
        #expect(object?["seed"] as? Int == 3)
        let series = object?["series"] as? [String: Any]
        #expect(series?["coca_area_ha|CO"] != nil)
    }

    @Test func theSameScenarioAndSeedGiveByteIdenticalFiles() throws {
        let first = Self.temporaryDirectory(), second = Self.temporaryDirectory()
        let a = try RunCommand.parse(["plan-peru", "--to", "2030", "--out", first])
        let b = try RunCommand.parse(["plan-peru", "--to", "2030", "--out", second])
        try a.run()
        try b.run()
        for file in ["plan-peru.csv", "plan-peru.summary.json"] {
            let x = try Data(contentsOf: URL(fileURLWithPath: first + "/" + file))
            let y = try Data(contentsOf: URL(fileURLWithPath: second + "/" + file))
            #expect(x == y, "\(file) differs between two runs")
        }
    }

    @Test func explainListsWhatAScenarioChanges() throws {
        let text = try ScenarioExplanation(reference: "plan-ecuador", library: .init()).text
        #expect(text.contains("Baseline: history"))
        #expect(text.contains("interdiction"))
        #expect(text.contains("organization_targeting in EC"))
    }

    @Test func aBadScenarioFileExitsNonZeroWithTheErrorOnStandardError() throws {
        let directory = Self.temporaryDirectory()
        let path = directory + "/bad.toml"
        try
            "name = \"bad\"\n[[policy]]\ninstrument = \"manual_eradication\"\ncountry = \"Narnia\"\nyear = 2030\nhectares = 1\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        let (status, output, errors) = try Self.runBinary(["run", path, "--out", directory])
        #expect(status == 2)
        #expect(output.isEmpty)
        #expect(errors.contains("bad.toml:4"))
        #expect(errors.contains("unknown country 'Narnia'"))
        #expect(!FileManager.default.fileExists(atPath: directory + "/bad.csv"))
    }

    @Test func anUnknownScenarioNameAndABadYearAreRefused() throws {
        let (status, _, errors) = try Self.runBinary(["run", "plan-peruu"])
        #expect(status == 2)
        #expect(errors.contains("did you mean 'plan-peru'"))
        let (yearStatus, _, yearErrors) = try Self.runBinary(["run", "history", "--from", "1970"])
        #expect(yearStatus == 2)
        #expect(yearErrors.contains("start year 1970"))
    }

    @Test func scenariosListsEveryBundledScenario() throws {
        let (status, output, _) = try Self.runBinary(["scenarios"])
        #expect(status == 0)
        for name in ["history", "plan-peru", "plan-ecuador", "petro", "demand-side"] { #expect(output.contains(name)) }
    }

    @Test func aRunThatStartsBeforeTheFittedYearsWarnsOnStandardError() throws {
        let out = Self.temporaryDirectory()
        let (early, _, earlyWarning) = try Self.runBinary([
            "run", "history", "--from", "1999", "--to", "2001", "--out", out, "--no-store",
        ])
        #expect(early == 0)
        #expect(earlyWarning.contains("warning: This run starts in 1999, before 2000"))
        let (fitted, _, fittedWarning) = try Self.runBinary([
            "run", "history", "--from", "2000", "--to", "2001", "--out", out, "--no-store",
        ])
        #expect(fitted == 0)
        #expect(!fittedWarning.contains("warning:"))
    }

    /// The `balloon` executable sits next to the test bundle in SwiftPM's build folder.
    static func runBinary(_ arguments: [String]) throws -> (Int32, String, String) {
        TestStore.isolate()
        let process = Process()
        process.executableURL = try binary()
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: outData, as: UTF8.self),
            String(decoding: errData, as: UTF8.self)
        )
    }

    /// The `balloon` executable built beside the tests.
    static func binary() throws -> URL {
        TestStore.isolate()
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("balloon"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("balloon"),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
                "balloon"),
        ]
        return try #require(
            candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) },
            "balloon executable not found next to the tests: \(candidates.map(\.path))")
    }
}
