import Foundation
import Testing

/// The analysis commands end to end through the built executable.
struct AnalysisCLITests {
    @Test func shardedEnsembleRunsMergeIntoExactlyTheSingleMachineFiles() throws {
        let single = CLITests.temporaryDirectory(), sharded = CLITests.temporaryDirectory()
        let common = ["run", "history", "--ensemble", "6", "--to", "2012", "--seed", "4"]
        let (status, _, errors) = try CLITests.runBinary(common + ["--out", single])
        #expect(status == 0, "\(errors)")
        for k in 0..<3 {
            let (shardStatus, _, shardErrors) = try CLITests.runBinary(
                common + ["--shard", "\(k)/3", "--out", sharded])
            #expect(shardStatus == 0, "\(shardErrors)")
        }
        let parts = try FileManager.default.contentsOfDirectory(atPath: sharded).filter { $0.contains("shard-") }
            .sorted()
        #expect(parts.count == 3)
        let (mergeStatus, _, mergeErrors) = try CLITests.runBinary(
            ["merge"] + parts.reversed().map { sharded + "/" + $0 } + ["--out", sharded])
        #expect(mergeStatus == 0, "\(mergeErrors)")
        for file in ["history.ensemble.csv", "history.ensemble.json"] {
            let a = try Data(contentsOf: URL(fileURLWithPath: single + "/" + file))
            let b = try Data(contentsOf: URL(fileURLWithPath: sharded + "/" + file))
            #expect(a == b, "\(file) differs after merging")
        }
    }

    /// The reader of `report --ensemble` and the writer of `run --ensemble` share one type; this runs both.
    @Test func reportReadsTheEnsembleSummaryThatRunWrites() throws {
        let out = CLITests.temporaryDirectory()
        let (status, _, errors) = try CLITests.runBinary(
            ["run", "history", "--ensemble", "3", "--to", "2003", "--out", out])
        #expect(status == 0, "\(errors)")
        let (reportStatus, output, reportErrors) = try CLITests.runBinary(
            ["report", "history", "--to", "2003", "--ensemble", out + "/history.ensemble.json", "--out", out])
        #expect(reportStatus == 0, "\(reportErrors)")
        #expect(output.contains("report_history.html"))
        let html = try String(contentsOfFile: out + "/report_history.html", encoding: .utf8)
        #expect(html.contains("3 runs"), "the report does not use the ensemble")
    }

    @Test func compareReportsPairedDifferencesAndTheProbabilityOfAReduction() throws {
        let out = CLITests.temporaryDirectory()
        let (status, output, errors) = try CLITests.runBinary([
            "compare", "history", "plan-ecuador", "--ensemble", "4", "--to", "2030", "--out", out,
        ])
        #expect(status == 0, "\(errors)")
        #expect(output.contains("plan-ecuador vs history"))
        #expect(output.contains("Probability that cocaine reaching consumers falls by at least 5%"))
        #expect(FileManager.default.fileExists(atPath: out + "/compare-history.csv"))
    }

    @Test func badShardsAndUnknownOutputsAreRefusedWithTheFieldNamed() throws {
        let (status, _, errors) = try CLITests.runBinary(["run", "history", "--ensemble", "4", "--shard", "3/2"])
        #expect(status != 0)
        #expect(errors.contains("--shard"))
        let (sensitivityStatus, _, sensitivityErrors) = try CLITests.runBinary([
            "sensitivity", "history", "--output", "no_such_indicator",
        ])
        #expect(sensitivityStatus != 0)
        #expect(sensitivityErrors.contains("no_such_indicator"))
    }

    @Test func calibrateRefusesImpossibleSettingsBeforeRunning() throws {
        let (status, _, errors) = try CLITests.runBinary(["calibrate", "--particles", "1"])
        #expect(status != 0)
        #expect(errors.contains("--particles"))
        // A one-trajectory screen has no elementary effect to rank by.
        let (screenStatus, _, screenErrors) = try CLITests.runBinary([
            "calibrate", "--screen-only", "--screen-trajectories", "1",
        ])
        #expect(screenStatus != 0)
        #expect(screenErrors.contains("--screen-trajectories"), "\(screenErrors)")
    }

    @Test func calibrateScreenOnlyPrintsTheChoiceAndWritesNothing() throws {
        let directory = CLITests.temporaryDirectory()
        let path = directory + "/not-written.json"
        let (status, output, errors) = try CLITests.runBinary([
            "calibrate", "--screen-only", "--screen-trajectories", "2", "--keep", "3", "--fit-through", "2005",
            "--out", path,
        ])
        #expect(status == 0, "\(errors)")
        #expect(output.contains("Sensitivity screen (Morris, 2 trajectories"))
        let fitted = output.split(separator: "\n").first { $0.contains("runs; fitted: ") }
        // At least the three kept, plus any country's leader outside them.
        #expect((fitted?.split(separator: ",").count ?? 0) >= 3, "\(output)")
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
