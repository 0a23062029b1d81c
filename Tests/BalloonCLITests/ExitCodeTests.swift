import Foundation
import Testing

/// Every usage or input error exits with 2, as README and docs say; help and version exit 0.
struct ExitCodeTests {
    @Test(arguments: [
        ["run"],
        ["run", "history", "--no-such-option"],
        ["run", "history", "--seed", "minus"],
        ["compare", "history", "plan-peru", "--ensemble", "lots"],
        ["frobnicate"],
    ])
    func argumentErrorsExitWithTwoAndSayWhatIsWrong(_ arguments: [String]) throws {
        let (status, _, errors) = try CLITests.runBinary(arguments)
        #expect(status == 2, "exit \(status) for \(arguments)")
        #expect(errors.contains("Error") || errors.contains("error"), "\(errors)")
    }

    @Test(arguments: [
        (["run", "history", "--ensemble", "-1"], "--ensemble"),
        (["compare", "history", "plan-peru", "--ensemble", "-5"], "--ensemble"),
        (["run", "history", "--from", "-2026"], "-2026"),
        (["validate", "--members", "-3"], "--members"),
    ])
    func aNegativeCountOrYearIsRefusedForWhatItIsNotReportedMissing(_ case: ([String], String)) throws {
        let (status, _, errors) = try CLITests.runBinary(`case`.0)
        #expect(status == 2, "exit \(status) for \(`case`.0)")
        #expect(!errors.contains("Missing value"), "\(errors)")
        #expect(errors.contains(`case`.1), "\(errors)")
    }

    @Test func helpAndVersionExitZero() throws {
        #expect(try CLITests.runBinary(["--help"]).0 == 0)
        #expect(try CLITests.runBinary(["--version"]).0 == 0)
        #expect(try CLITests.runBinary(["run", "--help"]).0 == 0)
    }
}

/// An output folder that cannot take the files is refused before any computation, with exit 2 and a fix.
struct OutputFolderTests {
    @Test func aFileGivenAsTheOutputFolderIsRefusedBeforeTheRun() throws {
        let directory = CLITests.temporaryDirectory()
        let file = directory + "/not-a-folder"
        FileManager.default.createFile(atPath: file, contents: Data("x".utf8))
        for arguments in [
            ["run", "history", "--out", file], ["compare", "history", "plan-peru", "--ensemble", "2", "--out", file],
            ["run", "history", "--out", "/dev/null"], ["run", "history", "--out", ""],
        ] {
            let (status, output, errors) = try CLITests.runBinary(arguments)
            #expect(status == 2, "exit \(status) for \(arguments)")
            #expect(errors.contains("--out") && errors.contains("fix:"), "\(errors)")
            #expect(!errors.contains("NSCocoaErrorDomain"), "\(errors)")
            #expect(output.isEmpty, "the run should not start: \(output)")
        }
    }
}
