import Foundation
import Testing

/// `balloon validate` prints the response-sign score and writes the cells into the JSON ledger.
struct ValidateCLITests {
    @Test func validatePrintsTheResponseSignScoreAndTheLedgerCarriesEveryCell() throws {
        let path = CLITests.temporaryDirectory() + "/ledger.json"
        let (status, output, errors) = try CLITests.runBinary(["validate", "--members", "1", "--json", path])
        #expect(status == 0, "\(errors)")
        #expect(output.contains("Fact ledger"))
        #expect(
            output.range(
                of: #"response signs: \d+ of 47 cells pass, \d+ magnitude bands pass"#, options: .regularExpression)
                != nil)
        let object =
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any]
        let signs = try #require(object?["response_signs"] as? [String: Any])
        #expect((signs["cells"] as? [[String: Any]])?.count == 47)
        #expect((signs["bands"] as? [[String: Any]])?.count == 7)
        #expect((signs["summary"] as? [String: Any])?["cells_total"] as? Int == 47)
        // The ensemble fit carries its band width, and the time-split forecast its three countries.
        let fit = try #require(object?["fit"] as? [[String: Any]])
        #expect(fit.allSatisfy { $0["mean_log_band_width"] is Double })
        let forecast = try #require(object?["forecast"] as? [String: Any])
        #expect(
            (forecast["rows"] as? [[String: Any]])?.compactMap { $0["country"] as? String } == [
                "Colombia", "Peru", "Bolivia",
            ])
        #expect(forecast["fit_through"] as? Int == 2013)
        #expect(output.contains("Forecast 2014–2019 from the posterior fitted through 2013"))
    }

    @Test func aWhatIfHoldsTheParameterInEveryMemberAndSaysSoInTheTableAndTheJSON() throws {
        let directory = CLITests.temporaryDirectory()
        func sf1(_ extra: [String], _ file: String) throws -> (String, [String: Any]) {
            let (status, output, errors) = try CLITests.runBinary(
                ["validate", "--members", "1", "--json", directory + "/" + file] + extra)
            #expect(status == 0, "\(errors)")
            let object =
                try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: directory + "/" + file)))
                as? [String: Any]
            return (output, try #require(object))
        }
        let (shippedOutput, shipped) = try sf1([], "shipped.json")
        let (whatIfOutput, whatIf) = try sf1(["--set", "spray_kill_share=0.05"], "what-if.json")
        #expect(!shippedOutput.contains("Every member runs with") && shipped["parameter_overrides"] == nil)
        #expect(whatIfOutput.contains("Every member runs with spray_kill_share = 0.05"))
        let overrides = try #require(whatIf["parameter_overrides"] as? [[String: Any]])
        #expect(overrides.count == 1 && overrides[0]["name"] as? String == "spray_kill_share")
        #expect(overrides[0]["value"] as? Double == 0.05)
        // The value reaches the runs: SF1 (the local effect of spraying) is measured on the set kill share.
        func median(_ ledger: [String: Any], _ id: String) -> Double? {
            (ledger["facts"] as? [[String: Any]])?.first { $0["id"] as? String == id }?["median"] as? Double
        }
        let before = try #require(median(shipped, "SF1")), after = try #require(median(whatIf, "SF1"))
        #expect(before != after)
        // The forecast and the response signs run on the what-if too, not on the shipped draws.
        func forecastPosterior(_ ledger: [String: Any]) -> String? {
            (ledger["forecast"] as? [String: Any])?["posterior"] as? String
        }
        #expect(try #require(forecastPosterior(whatIf)) != forecastPosterior(shipped))
        func spraying(_ ledger: [String: Any]) -> Double? {
            ((ledger["response_signs"] as? [String: Any])?["cells"] as? [[String: Any]])?
                .first { $0["id"] as? String == "S1" }?["median_change_percent"] as? Double
        }
        #expect(try #require(spraying(whatIf)) != spraying(shipped))
        let provenance = whatIf["provenance"] as? [String: Any]
        #expect((provenance?["command"] as? String)?.contains("--set spray_kill_share=0.05") == true)
        #expect(
            provenance?["posterior"] as? String != (shipped["provenance"] as? [String: Any])?["posterior"] as? String)
    }

    @Test func aWhatIfIsRefusedWithRegenerateAndABadSetNamesTheOption() throws {
        let (status, _, errors) = try CLITests.runBinary([
            "validate", "--members", "1", "--set", "spray_kill_share=0.05", "--regenerate",
            CLITests.temporaryDirectory(),
        ])
        #expect(status != 0)
        #expect(errors.contains("--set") && errors.contains("--regenerate"), "\(errors)")
        let (badStatus, _, badErrors) = try CLITests.runBinary(["validate", "--members", "1", "--set", "spray=1"])
        #expect(badStatus != 0)
        #expect(badErrors.contains("--set") && badErrors.contains("unknown parameter 'spray'"), "\(badErrors)")
    }

    @Test func aWhatIfSignsTableInMarkdownSaysItIsOne() throws {
        let (status, output, errors) = try CLITests.runBinary([
            "validate", "--members", "1", "--signs", "--markdown", "--set", "maturation_months=4",
        ])
        #expect(status == 0, "\(errors)")
        #expect(output.hasPrefix("> What-if, not the shipped model: every member ran with maturation_months = 4"))
        let (shippedStatus, shipped, _) = try CLITests.runBinary([
            "validate", "--members", "1", "--signs", "--markdown",
        ])
        #expect(shippedStatus == 0 && !shipped.contains("What-if"))
    }

    @Test func aForecastPosteriorFittedBeyond2013IsRefused() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let full = root.appendingPathComponent("Sources/BalloonAnalysis/Resources/posterior.json").path
        let (status, _, errors) = try CLITests.runBinary([
            "validate", "--members", "1", "--forecast-posterior", full,
        ])
        #expect(status != 0)
        #expect(errors.contains("--forecast-posterior") && errors.contains("--fit-through 2013"))
    }

    @Test func calibrateRefusesParametersFromAFileWithoutACalibrationRecord() throws {
        let directory = CLITests.temporaryDirectory()
        let bare = directory + "/bare.json"
        try Data(#"{"kind": "prior", "provenance": "hand-written", "draws": [{"values": {}}]}"#.utf8)
            .write(to: URL(fileURLWithPath: bare))
        for path in [bare, directory + "/missing.json"] {
            let (status, _, errors) = try CLITests.runBinary([
                "calibrate", "--parameters-from", path, "--out", directory + "/p.json",
            ])
            #expect(status != 0)
            #expect(errors.contains("--parameters-from"), "\(errors)")
        }
    }

    @Test func calibrateRefusesAFitThroughYearOutsideTheWindow() throws {
        for year in ["1999", "2020"] {
            let (status, _, errors) = try CLITests.runBinary([
                "calibrate", "--fit-through", year, "--out", CLITests.temporaryDirectory() + "/p.json",
            ])
            #expect(status != 0)
            #expect(errors.contains("--fit-through"))
        }
    }

    @Test func aSingleRunStatesTheValidationStatusBeforeItsTable() throws {
        let (status, output, errors) = try CLITests.runBinary([
            "run", "history", "--to", "2005", "--out", CLITests.temporaryDirectory(),
        ])
        #expect(status == 0, "\(errors)")
        let first = output.split(separator: "\n").first.map(String.init) ?? ""
        #expect(first.hasPrefix("Validation"), "first line: \(first)")
        #expect(first.contains("emergent facts") || first.contains("unknown"))
    }

    @Test func markdownWithoutSignsIsRefusedWithTheFlagNamed() throws {
        let (status, _, errors) = try CLITests.runBinary(["validate", "--members", "1", "--markdown"])
        #expect(status != 0)
        #expect(errors.contains("--signs"))
    }
}
