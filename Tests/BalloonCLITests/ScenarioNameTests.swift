import ArgumentParser
import BalloonScenario
import Foundation
import Testing

@testable import balloon

/// A scenario's `name` is free text: output files use a safe stem of it and nothing is ever written
/// outside `--out` (issue "Hard to break": `name = "../escaped"` wrote beside the folder).
struct ScenarioNameTests {
    /// Writes a scenario file with `name` into a fresh folder and runs it with `--out` a subfolder.
    static func runNamed(_ name: String) throws -> (root: String, out: String, files: [String]) {
        let root = CLITests.temporaryDirectory()
        let escaped = name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        let file = root + "/scenario.toml"
        try "name = \"\(escaped)\"\nbaseline = \"history\"\n".write(toFile: file, atomically: true, encoding: .utf8)
        let out = root + "/out"
        try RunCommand.parse([file, "--to", "2003", "--out", out]).run()
        let files = try FileManager.default.contentsOfDirectory(atPath: out)
        return (root, out, files)
    }

    /// Every file below `root`, relative to it.
    static func allFiles(below root: String) -> [String] {
        (FileManager.default.enumerator(atPath: root)?.allObjects as? [String] ?? []).sorted()
    }

    @Test(arguments: ["../escaped", "../../etc/escaped", "/tmp/absolute", "", "..", ".hidden", "a/b\\c", "名前 π"])
    func aNameThatLooksLikeAPathWritesOnlyInsideTheOutputFolder(_ name: String) throws {
        let (root, _, files) = try Self.runNamed(name)
        #expect(files.count == 4, "\(files)")  // CSV, summary, provenance, manifest
        let outside = Self.allFiles(below: root).filter { !$0.hasPrefix("out") && $0 != "scenario.toml" }
        #expect(outside.isEmpty, "written outside --out: \(outside)")
        for file in files {
            #expect(!file.hasPrefix("."), "hidden or relative file name \(file)")
            #expect(!file.contains("/"))
        }
    }

    @Test func aLongNameGivesABoundedStemAndTheCSVDoesNotRepeatIt() throws {
        let name = String(repeating: "Plan Perú ", count: 5_000)
        let (_, out, files) = try Self.runNamed(name)
        #expect(files.allSatisfy { $0.utf8.count < 100 }, "\(files)")
        let csvName = try #require(files.first { $0.hasSuffix(".csv") })
        let csv = try String(contentsOfFile: out + "/" + csvName, encoding: .utf8)
        let longest = csv.split(separator: "\n").map(\.utf8.count).max() ?? 0
        #expect(longest < 200, "a CSV row of \(longest) bytes carries the name")
        let summaryName = try #require(files.first { $0.hasSuffix(".summary.json") })
        let summary = try String(contentsOfFile: out + "/" + summaryName, encoding: .utf8)
        #expect(summary.contains("Plan Perú Plan Perú"), "the JSON summary keeps the full name")
    }

    @Test func bundledNamesAreTheirOwnStemsAndDistinctNamesNeverShareOne() {
        for name in ["history", "plan-peru", "plan-peru-spraying", "bolivia-community-control"] {
            #expect(FileStem.make(name) == name)
        }
        let names = [
            "a/b", "a-b", "a b", "a:b", "", " ", "..", "a" + String(repeating: "x", count: 200),
            "a" + String(repeating: "x", count: 201),
        ]
        let stems = names.map(FileStem.make)
        #expect(Set(stems).count == stems.count, "\(stems)")
        #expect(stems.allSatisfy { !$0.isEmpty && $0.utf8.count <= FileStem.maximumLength && !$0.hasPrefix(".") })
    }
}
